package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Options, option tables and key bindings in weft.toml. */
class ConfigOptionsTest {

    private static ConfigLoader.Result parse(String toml) {
        return ConfigLoader.parse(toml, "weft.toml");
    }

    private static List<String> messages(ConfigLoader.Result r) {
        return r.problems().stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void readsEveryOptionAndItsTables() {
        ConfigLoader.Result r = parse("""
                mouse = false
                mode_keys = "vi"
                set_clipboard = false
                buffer_limit = 20
                window_size = "smallest"
                repeat_time = 300
                display_time = 2000
                display_panes_time = 1500
                automatic_rename = false
                base_index = 1
                pane_base_index = 1
                renumber_windows = true

                [status]
                enabled = true
                position = "top"
                interval = 5
                left = "#[bold][#S]#[default] "
                right = "#H %H:%M"
                left_length = 20
                right_length = 50
                style = "bg=colour235,fg=colour250"
                tab_format = "#I:#W"
                tab_current_format = "#[reverse]#I:#W#F"
                tab_style = "fg=colour244"
                tab_current_style = "fg=white,bold"
                message_style = "bg=red,fg=white"

                [border]
                style = "fg=colour238"
                active_style = "fg=#ff8700"

                [display_panes]
                style = "fg=green"
                active_style = "fg=brightred"

                [clock_mode]
                style = "fg=magenta"
                """);
        assertThat(messages(r)).isEmpty();
        Options o = r.config().options();
        assertThat(o.getBool("mouse")).isFalse();
        assertThat(o.get("mode_keys")).isEqualTo("vi");
        assertThat(o.getBool("set_clipboard")).isFalse();
        assertThat(o.getInt("buffer_limit")).isEqualTo(20);
        assertThat(o.get("window_size")).isEqualTo("smallest");
        assertThat(o.getInt("repeat_time")).isEqualTo(300);
        assertThat(o.getInt("display_time")).isEqualTo(2000);
        assertThat(o.getInt("display_panes_time")).isEqualTo(1500);
        assertThat(o.getBool("automatic_rename")).isFalse();
        assertThat(o.getInt("base_index")).isEqualTo(1);
        assertThat(o.getInt("pane_base_index")).isEqualTo(1);
        assertThat(o.getBool("renumber_windows")).isTrue();
        assertThat(o.getBool("status")).isTrue();
        assertThat(o.get("status.position")).isEqualTo("top");
        assertThat(o.getInt("status.interval")).isEqualTo(5);
        assertThat(o.get("status.left")).isEqualTo("#[bold][#S]#[default] ");
        assertThat(o.get("status.right")).isEqualTo("#H %H:%M");
        assertThat(o.getInt("status.left_length")).isEqualTo(20);
        assertThat(o.getInt("status.right_length")).isEqualTo(50);
        assertThat(o.get("status.style")).isEqualTo("bg=colour235,fg=colour250");
        assertThat(o.get("status.tab_format")).isEqualTo("#I:#W");
        assertThat(o.get("status.tab_current_format")).isEqualTo("#[reverse]#I:#W#F");
        assertThat(o.getStyle("status.tab_style")).isEqualTo(Style.parse("fg=colour244"));
        assertThat(o.getStyle("status.tab_current_style")).isEqualTo(Style.parse("fg=white,bold"));
        assertThat(o.get("status.message_style")).isEqualTo("bg=red,fg=white");
        assertThat(o.get("border.style")).isEqualTo("fg=colour238");
        assertThat(o.get("border.active_style")).isEqualTo("fg=#ff8700");
        assertThat(o.get("display_panes.style")).isEqualTo("fg=green");
        assertThat(o.get("display_panes.active_style")).isEqualTo("fg=brightred");
        assertThat(o.get("clock_mode.style")).isEqualTo("fg=magenta");
        assertThat(o.changed()).hasSize(OptionTable.all().size() - 5)
                .doesNotContain("prefix", "escape_time", "scrollback_lines", "default_prog", "term");
    }

    @Test
    void theSkeletonSettingsAreOptionsTooAndTheFieldsFollow() {
        ConfigLoader.Result r = parse("""
                prefix = "C-a"
                escape_time = 0
                scrollback_lines = 2000
                term = "screen-256color"
                default_prog = ["/bin/zsh", "-l"]
                status = false
                """);
        assertThat(r.problems()).isEmpty();
        WeftConfig c = r.config();
        assertThat(c.prefix()).isEqualTo("C-a").isEqualTo(c.options().get("prefix"));
        assertThat(c.escapeTimeMs()).isZero().isEqualTo(c.options().getInt("escape-time"));
        assertThat(c.scrollbackLines()).isEqualTo(2000).isEqualTo(c.options().getInt("history-limit"));
        assertThat(c.term()).isEqualTo("screen-256color").isEqualTo(c.options().get("default-terminal"));
        assertThat(c.defaultProg()).containsExactly("/bin/zsh", "-l").isEqualTo(c.options().getArgv("default_prog"));
        assertThat(c.options().getBool("status")).isFalse();
        assertThat(c.options().changed()).containsExactlyInAnyOrder("prefix", "escape_time", "scrollback_lines", "term",
                "default_prog", "status");
    }

    @Test
    void emptyConfigChangesNothing() {
        ConfigLoader.Result r = parse("");
        assertThat(r.config().options().changed()).isEmpty();
        assertThat(r.config().options().asMap()).isEqualTo(Options.defaults().asMap());
        assertThat(r.config().keys()).isEmpty();
    }

    @Test
    void badOptionValuesPointAtTheValueAndKeepTheDefault() {
        ConfigLoader.Result r = parse("""
                mouse = "yes"
                mode_keys = "vim"
                repeat_time = -1
                base_index = 3
                [status]
                position = "left"
                left = "#{S"
                style = "fg=purplish"
                interval = 1.5
                lenght = 3
                [border]
                active_style = 3
                """);
        assertThat(messages(r)).containsExactly(
                "weft.toml:1:9: mouse must be true or false, got \"yes\"",
                "weft.toml:2:13: mode_keys must be \"vi\" or \"emacs\", got \"vim\"",
                "weft.toml:3:15: repeat_time must be a whole number, 0 or more, got -1",
                "weft.toml:6:12: status.position must be \"top\" or \"bottom\", got \"left\"",
                "weft.toml:7:8: status.left: #{ at column 1 is not closed by }",
                "weft.toml:8:9: status.style: bad colour \"purplish\" in \"fg=purplish\": use a name (red, brightred),"
                        + " colour0..colour255, #rrggbb or default",
                "weft.toml:9:12: status.interval must be a whole number, 0 or more, got 1.5",
                "weft.toml:10:1: unknown key \"lenght\" in [status] (see docs/weft.example.toml for the settings weft knows)",
                "weft.toml:12:16: border.active_style must be a style such as \"fg=red,bold\", got 3");
        Options o = r.config().options();
        Options d = Options.defaults();
        for (String name : List.of("mouse", "mode_keys", "repeat_time", "status.position", "status.left",
                "status.style", "status.interval", "border.active_style")) {
            assertThat(o.get(name)).as(name).isEqualTo(d.get(name));
        }
        assertThat(o.getInt("base_index")).as("the rest applies").isEqualTo(3);
        assertThat(o.changed()).containsExactly("base_index");
        assertThat(messages(parse("status = \"off\"\n"))).containsExactly(
                "weft.toml:1:10: status must be true or false, or a [status] table, got \"off\"");
        assertThat(messages(parse("[status]\nenabled = \"no\"\n"))).containsExactly(
                "weft.toml:2:11: status.enabled must be true or false, got \"no\"");
        assertThat(parse("[status]\nenabled = false\n").config().options().getBool("status")).isFalse();
    }

    @Test
    void optionTablesMustBeTablesAndTmuxNamesGetTheirWeftName() {
        ConfigLoader.Result r = parse("""
                border = "red"
                history-limit = 5
                status-left = "x"
                [status]
                postion = "top"
                """);
        assertThat(messages(r)).containsExactly(
                "weft.toml:1:1: border must be a table: write [border] and its keys below it, got \"red\"",
                "weft.toml:2:1: unknown key \"history-limit\" (tmux's history-limit is scrollback_lines in weft.toml)",
                "weft.toml:3:1: unknown key \"status-left\" (tmux's status-left is left in [status] in weft.toml)",
                "weft.toml:5:1: unknown key \"postion\" in [status] (did you mean \"position\"?)");
    }

    @Test
    void prefixGoesThroughTheKeyNameCheck() {
        ConfigLoader.KeyNameCheck check = name -> name.startsWith("C-") ? null : "unknown key name \"" + name + "\"";
        ConfigLoader.Result r = ConfigLoader.parse("prefix = \"Q-x\"\n", "weft.toml", check);
        assertThat(messages(r)).containsExactly("weft.toml:1:10: prefix \"Q-x\": unknown key name \"Q-x\"; keeping \"C-b\"");
        assertThat(r.config().options().get("prefix")).isEqualTo("C-b");
    }

    @Test
    void bindingsAreReadInFileOrderWithTheirPlace() {
        ConfigLoader.Result r = parse("""
                [keys.prefix]
                "|" = "split-window -h"
                "C-Up" = { command = "resize-pane -U", repeat = true }
                "x" = ""                      # unbind
                [keys.root]
                "M-Left" = "select-pane -L"
                [keys.copy-mode-vi]
                v = { command = "send -X begin-selection" }
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.config().keys()).containsExactly(
                new KeyBindingConfig("prefix", "|", false, "split-window -h", "weft.toml", 2, 1),
                new KeyBindingConfig("prefix", "C-Up", true, "resize-pane -U", "weft.toml", 3, 1),
                new KeyBindingConfig("prefix", "x", false, "", "weft.toml", 4, 1),
                new KeyBindingConfig("root", "M-Left", false, "select-pane -L", "weft.toml", 6, 1),
                new KeyBindingConfig("copy-mode-vi", "v", false, "send -X begin-selection", "weft.toml", 8, 1));
    }

    @Test
    void badBindingsAreReportedAtTheKeyOrTheCommandAndTheOthersKept() {
        ConfigLoader.KeyNameCheck keys = name -> name.equals("Q-q") ? "unknown key name \"Q-q\"" : null;
        ConfigLoader.CommandCheck commands = text -> text.startsWith("splt") ? "unknown command: splt" : null;
        ConfigLoader.Result r = ConfigLoader.parse("""
                [keys.prefix]
                "Q-q" = "kill-pane"
                "a" = "splt -h"
                "b" = { command = "splt -v", repeat = true }
                "c" = { repeat = true }
                "d" = { command = "x", repeat = "yes" }
                "e" = 3
                "f" = { command = "y", again = true }
                "g" = "new-window"
                [keys]
                loose = "x"
                """, "weft.toml", keys, commands);
        assertThat(messages(r)).containsExactly(
                "weft.toml:2:1: binding \"Q-q\" in [keys.prefix]: unknown key name \"Q-q\"; binding ignored",
                "weft.toml:3:7: binding \"a\" in [keys.prefix]: unknown command: splt; binding ignored",
                "weft.toml:4:19: binding \"b\" in [keys.prefix]: unknown command: splt; binding ignored",
                "weft.toml:5:1: binding \"c\" in [keys.prefix] needs command = \"...\"; binding ignored",
                "weft.toml:6:33: repeat must be true or false, got \"yes\"",
                "weft.toml:7:7: binding \"e\" in [keys.prefix] must be a command such as \"split-window -h\","
                        + " or { command = \"...\", repeat = true }, got 3",
                "weft.toml:8:24: unknown key \"again\" in binding \"f\" in [keys.prefix] (see docs/weft.example.toml"
                        + " for the settings weft knows)",
                "weft.toml:11:1: keys.loose must be a table of bindings: write [keys.loose] with lines such as"
                        + " \"|\" = \"split-window -h\", got \"x\"");
        assertThat(r.config().keys()).extracting(KeyBindingConfig::key).containsExactly("f", "g");
    }

    @Test
    void aCommandCheckThatThrowsIsTakenAtItsWordAndLenientRefusesOnlyBlank() {
        ConfigLoader.CommandCheck throwing = text -> {
            throw new IllegalArgumentException("unknown command: " + text.split(" ")[0]);
        };
        ConfigLoader.Result r = ConfigLoader.parse("[keys.prefix]\n\"a\" = \"frob x\"\n", "weft.toml",
                ConfigLoader.KeyNameCheck.LENIENT, throwing);
        assertThat(messages(r)).containsExactly(
                "weft.toml:2:7: binding \"a\" in [keys.prefix]: unknown command: frob; binding ignored");
        assertThat(ConfigLoader.CommandCheck.LENIENT.problem("  ")).isNotNull();
        assertThat(ConfigLoader.CommandCheck.LENIENT.problem("anything at all")).isNull();
        assertThat(messages(parse("keys = 3\n"))).containsExactly(
                "weft.toml:1:1: keys must hold tables of bindings such as [keys.prefix], got 3");
        assertThat(messages(parse("[keys.\"bad table\"]\nx = \"y\"\n"))).singleElement().asString()
                .contains("key table name \"bad table\" must be letters, digits");
    }
}
