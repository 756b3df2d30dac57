package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsTest {
    private static final Options D = Options.defaults(Map.of());

    @Test
    void everyOptionHasItsDefaultAndIsFoundByBothNames() {
        assertThat(D.asMap()).hasSize(OptionTable.all().size());
        assertThat(D.asMap().keySet()).containsExactlyElementsOf(OptionTable.all().stream().map(OptionSpec::name).toList());
        assertThat(D.get("prefix")).isEqualTo("C-b");
        assertThat(D.getInt("escape-time")).isEqualTo(10);
        assertThat(D.getInt("history-limit")).isEqualTo(10_000);
        assertThat(D.get("default-terminal")).isEqualTo("xterm-256color");
        assertThat(D.getArgv("default_prog")).isEmpty();
        assertThat(D.getBool("mouse")).isTrue();
        assertThat(D.get("mode-keys")).isEqualTo("emacs");
        assertThat(D.getBool("set-clipboard")).isTrue();
        assertThat(D.get("window-size")).isEqualTo("latest");
        assertThat(D.getInt("repeat-time")).isEqualTo(500);
        assertThat(D.getInt("display-time")).isEqualTo(750);
        assertThat(D.getInt("display-panes-time")).isEqualTo(1000);
        assertThat(D.getBool("automatic-rename")).isTrue();
        assertThat(D.getInt("base-index")).isZero();
        assertThat(D.getInt("pane-base-index")).isZero();
        assertThat(D.getBool("renumber-windows")).isFalse();
        assertThat(D.getBool("status")).isTrue();
        assertThat(D.get("status-position")).isEqualTo("bottom");
        assertThat(D.getInt("status-interval")).isEqualTo(15);
        assertThat(D.get("status-left")).isEqualTo("[#S] ");
        assertThat(D.get("status-right")).isEqualTo("\"#{=21:pane_title}\" %H:%M %d-%b-%y");
        assertThat(D.getInt("status-left-length")).isEqualTo(10);
        assertThat(D.getInt("status-right-length")).isEqualTo(40);
        assertThat(D.get("status-style")).isEqualTo("bg=green,fg=black");
        assertThat(D.get("window-status-format")).isEqualTo("#I:#W#{?window_flags,#{window_flags}, }");
        assertThat(D.get("window-status-current-format")).isEqualTo("#I:#W#{?window_flags,#{window_flags}, }");
        assertThat(D.get("window-status-style")).isEqualTo("default");
        assertThat(D.get("window-status-current-style")).isEqualTo("default");
        assertThat(D.get("message-style")).isEqualTo("bg=yellow,fg=black");
        assertThat(D.get("pane-border-style")).isEqualTo("default");
        assertThat(D.get("pane-active-border-style")).isEqualTo("fg=green");
        assertThat(D.get("display_panes.style")).isEqualTo("fg=blue");
        assertThat(D.get("display_panes.active_style")).isEqualTo("fg=red");
        assertThat(D.get("clock_mode.style")).isEqualTo("fg=blue");
        assertThat(D.changed()).isEmpty();
    }

    @Test
    void everyDefaultIsAValueItsOwnOptionAccepts() {
        for (OptionSpec s : OptionTable.all()) {
            assertThat(D.with(s.name(), s.defaultValue()).get(s.name())).as(s.name()).isEqualTo(s.defaultValue());
            assertThat(OptionTable.find(s.name())).isSameAs(s);
            for (String t : s.tmuxNames()) {
                assertThat(OptionTable.find(t)).as(t).isSameAs(s);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VISUAL=nvim                 | vi",
        "VISUAL=/usr/bin/vim         | vi",
        "EDITOR=vi                   | vi",
        "EDITOR=nano                 | emacs",
        "VISUAL=emacs,EDITOR=vim     | emacs",
        "VISUAL=/opt/vi/bin/nano     | emacs",
        "''                          | emacs",
    })
    void modeKeysFollowVisualThenEditorAsTmux(String env, String expected) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String kv : env.split(",")) {
            if (!kv.isEmpty()) {
                m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        Options o = Options.defaults(m);
        assertThat(o.get("mode_keys")).isEqualTo(expected);
        assertThat(o.changed()).isEmpty();
        assertThat(o.with("mode_keys", "emacs").reset("mode-keys").get("mode_keys")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mouse            | off      | off",
        "mouse            | FALSE    | off",
        "mouse            | no       | off",
        "mouse            | 0        | off",
        "renumber-windows | on       | on",
        "renumber-windows | true     | on",
        "renumber-windows | Yes      | on",
        "renumber-windows | 1        | on",
        "escape-time      | 0        | 0",
        "escape-time      | 0020     | 20",
        "status-position  | top      | top",
        "status-position  | TOP      | top",
        "window-size      | smallest | smallest",
        "mode-keys        | vi       | vi",
        "status-left      | '#[bold]#S#[default] ' | '#[bold]#S#[default] '",
        "status-style     | 'fg=red bold' | 'fg=red bold'",
        "prefix           | C-a      | C-a",
        "default-terminal | screen   | screen",
        "default-command  | vim x    | '[\"/bin/sh\", \"-c\", \"vim x\"]'",
        "default-command  | ''       | []",
        "default-command  | '[ -f x ] && vim' | '[\"/bin/sh\", \"-c\", \"[ -f x ] && vim\"]'",
        "default-command  | '[ ]'    | []",
        "default_prog     | '[\"/bin/zsh\",\"-l\"]' | '[\"/bin/zsh\", \"-l\"]'",
        "clock-mode-colour | red    | red",
        "clock-mode-colour | colour33 | colour33",
    })
    void withValidatesAndStoresTheNormalForm(String name, String value, String stored) {
        Options o = D.with(name, value);
        assertThat(o.get(name)).isEqualTo(stored);
        assertThat(o.changed()).containsExactly(OptionTable.find(name).name());
        assertThat(D.get(name)).as("the original is unchanged").isEqualTo(D.defaultValue(name).startsWith("fg=") && OptionTable.colourAlias(name)
                ? D.defaultValue(name).substring(3) : D.defaultValue(name));
    }

    @Test
    void argvAndColourAliasesReadBackTyped() {
        assertThat(D.with("default-command", "vim x").getArgv("default_prog")).containsExactly("/bin/sh", "-c", "vim x");
        assertThat(D.with("default_prog", "[\"a\\\"b\", \"c\"]").getArgv("default_prog")).containsExactly("a\"b", "c");
        Options c = D.with("clock-mode-colour", "red");
        assertThat(c.get("clock_mode.style")).isEqualTo("fg=red");
        assertThat(c.getStyle("clock_mode.style")).isEqualTo(Style.parse("fg=red"));
        assertThat(D.get("display-panes-active-colour")).isEqualTo("red");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status.position | left  | status.position must be \"top\" or \"bottom\", got \"left\"",
        "window-size | tiny | window-size must be \"latest\", \"smallest\", \"largest\" or \"manual\", got \"tiny\"",
        "mouse | maybe | mouse must be on or off, got \"maybe\"",
        "repeat-time | -5 | repeat-time must be a whole number, 0 or more, got \"-5\"",
        "escape_time | 20000 | escape_time must be a whole number from 0 to 10000, got \"20000\"",
        "display-panes-time | 0 | display-panes-time must be a whole number, 1 or more, got \"0\"",
        "history-limit | lots | history-limit must be a whole number from 1 to 1000000, got \"lots\"",
        "status-left-length | 99999 | status-left-length must be a whole number from 0 to 32767, got \"99999\"",
        "default-terminal | has space | default-terminal must be a terminal name such as \"xterm-256color\", got \"has space\"",
        "prefix | '' | prefix must be a key name such as \"C-b\", got \"\"",
        "status-left | '#{S' | status-left: #{ at column 1 is not closed by }",
        "status-style | fg=purplish | status-style: bad colour \"purplish\" in \"fg=purplish\": use a name (red, brightred), colour0..colour255, #rrggbb or default",
        "status-style | bolt | status-style: unknown style item \"bolt\" (did you mean \"bold\"?)",
        "default_prog | '[\"a\", 3]' | default_prog must be a shell command, or an array such as [\"/bin/zsh\", \"-l\"], got \"[\\\"a\\\", 3]\"",
        "clock-mode-colour | nope | clock-mode-colour: bad colour \"nope\" in \"nope\": use a name (red, brightred), colour0..colour255, #rrggbb or default",
        "status-lft | x | unknown option: status-lft (did you mean status-left?)",
        "frobnicate | x | unknown option: frobnicate",
    })
    void badValuesAreRefusedWithOneLineSayingWhatTheOptionTakes(String name, String value, String message) {
        assertThatThrownBy(() -> D.with(name, value)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void unknownNamesAreRefusedEverywhere() {
        assertThatThrownBy(() -> D.get("scrollback")).hasMessage("unknown option: scrollback");
        assertThatThrownBy(() -> D.reset("mouze")).hasMessage("unknown option: mouze (did you mean mouse?)");
        assertThatThrownBy(() -> D.getInt("mouse")).hasMessage("mouse is not a number option");
        assertThatThrownBy(() -> D.getBool("prefix")).hasMessage("prefix is not an on/off option");
        assertThatThrownBy(() -> D.with("st\n=to", "x")).hasMessage("unknown option: \"st\\u000a=to\"");
        assertThat(OptionTable.find("nope")).isNull();
        assertThat(OptionTable.find(null)).isNull();
    }

    @Test
    void changedTracksExplicitSetsAndOverlayAppliesOnlyThose() {
        Options live = D.with("mouse", "off").with("status-left", "L");
        Options sourced = D.with("status-right", "R").with("status.left", "[#S]");
        Options merged = live.overlay(sourced);
        assertThat(merged.get("mouse")).isEqualTo("off");
        assertThat(merged.get("status.left")).isEqualTo("[#S]");
        assertThat(merged.get("status.right")).isEqualTo("R");
        assertThat(merged.changed()).containsExactly("mouse", "status.left", "status.right");
        Options back = merged.reset("mouse");
        assertThat(back.get("mouse")).isEqualTo("on");
        assertThat(back.changed()).containsExactly("status.left", "status.right");
        assertThat(D.with("mouse", "on")).isNotEqualTo(D).satisfies(o -> assertThat(o.asMap()).isEqualTo(D.asMap()));
    }

    @Test
    void describeSaysWhatAnOptionIsTakesAndDefaultsTo() {
        assertThat(D.describe("status-position")).isEqualTo(
                "status.position (status-position): where the status line is; \"top\" or \"bottom\", default \"bottom\"");
        assertThat(D.describe("prefix")).isEqualTo("prefix: the prefix key; a key name such as \"C-b\", default \"C-b\"");
        assertThat(D.defaultValue("mode_keys")).isEqualTo("emacs");
    }

    @Test
    void weftConfigKeepsItsFieldsAndOptionsInStep() {
        WeftConfig d = WeftConfig.DEFAULTS;
        assertThat(d.options().changed()).isEmpty();
        assertThat(d.keys()).isEmpty();
        WeftConfig c = new WeftConfig(List.of("/bin/zsh", "-l"), "vt220", 500, List.of(), 0, "C-a");
        assertThat(c.options().getArgv("default_prog")).containsExactly("/bin/zsh", "-l");
        assertThat(c.options().get("term")).isEqualTo("vt220");
        assertThat(c.options().getInt("scrollback_lines")).isEqualTo(500);
        assertThat(c.options().getInt("escape_time")).isZero();
        assertThat(c.options().get("prefix")).isEqualTo("C-a");
        assertThat(c.options().changed()).containsExactly("prefix", "escape_time", "scrollback_lines", "default_prog", "term");
        Options given = Options.defaults().with("mouse", "off");
        WeftConfig g = new WeftConfig(List.of(), "xterm-256color", 10_000, List.of(), 10, "C-b", given, List.of());
        assertThat(g.options()).isEqualTo(given);
    }
}
