package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static ConfigLoader.Result parse(String toml) {
        return ConfigLoader.parse(toml, "weft.toml");
    }

    private static List<String> messages(ConfigLoader.Result r) {
        return r.problems().stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void emptyConfigIsAllDefaults() {
        ConfigLoader.Result r = parse("");
        assertThat(r.problems()).isEmpty();
        assertThat(r.config()).isEqualTo(WeftConfig.DEFAULTS);
        assertThat(r.config().escapeTimeMs()).isEqualTo(10);
        assertThat(r.config().prefix()).isEqualTo("C-b");
        assertThat(r.config().unixDomains()).containsExactly(UnixDomainConfig.DEFAULT);
    }

    @Test
    void readsEverySetting() {
        ConfigLoader.Result r = parse("""
                default_prog = ["/bin/zsh", "-l"]
                term = "screen-256color"
                scrollback_lines = 50000
                escape_time = 0
                prefix = "C-a"

                [[unix_domains]]
                name = "default"
                skip_permissions_check = true

                [[unix_domains]]
                name = "work"
                socket_path = "/run/weft/work.sock"
                no_serve_automatically = true
                connect_automatically = true
                proxy_command = ["ssh", "-T", "host", "weft", "cli", "proxy"]
                serve_command = ["weft", "mux-server", "--daemonize"]
                local_echo_threshold_ms = 40
                """);
        assertThat(r.problems()).isEmpty();
        WeftConfig c = r.config();
        assertThat(c.defaultProg()).containsExactly("/bin/zsh", "-l");
        assertThat(c.term()).isEqualTo("screen-256color");
        assertThat(c.scrollbackLines()).isEqualTo(50000);
        assertThat(c.escapeTimeMs()).isZero();
        assertThat(c.prefix()).isEqualTo("C-a");
        assertThat(c.unixDomains()).containsExactly(
                new UnixDomainConfig("default", null, false, true),
                new UnixDomainConfig("work", "/run/weft/work.sock", true, false,
                        List.of("ssh", "-T", "host", "weft", "cli", "proxy"),
                        List.of("weft", "mux-server", "--daemonize"), 40, true));
        assertThat(c.unixDomain("work").socketPath()).isEqualTo("/run/weft/work.sock");
        assertThat(c.unixDomain("other")).isEqualTo(new UnixDomainConfig("other", null, false, false));
    }

    @Test
    void badValueNamesFileLineColumnAndKeepsItsDefaultWhileTheRestApplies() {
        ConfigLoader.Result r = parse("""
                term = "xterm"

                scrollback_lines = "lots"
                escape_time = 25
                """);
        assertThat(messages(r)).containsExactly(
                "weft.toml:3:20: scrollback_lines must be a positive integer, got \"lots\"");
        assertThat(r.config().scrollbackLines()).isEqualTo(WeftConfig.DEFAULTS.scrollbackLines());
        assertThat(r.config().term()).isEqualTo("xterm");
        assertThat(r.config().escapeTimeMs()).isEqualTo(25);
    }

    @Test
    void scrollbackMustBePositiveAndIsCapped() {
        assertThat(messages(parse("scrollback_lines = 0"))).containsExactly(
                "weft.toml:1:20: scrollback_lines must be a positive integer, got 0");
        assertThat(messages(parse("scrollback_lines = -3"))).containsExactly(
                "weft.toml:1:20: scrollback_lines must be a positive integer, got -3");
        assertThat(messages(parse("scrollback_lines = 1.5"))).containsExactly(
                "weft.toml:1:20: scrollback_lines must be a positive integer, got 1.5");
        ConfigLoader.Result big = parse("scrollback_lines = 5_000_000");
        assertThat(messages(big)).containsExactly(
                "weft.toml:1:20: scrollback_lines 5000000 is more than the maximum 1000000; using 1000000");
        assertThat(big.config().scrollbackLines()).isEqualTo(1_000_000);
    }

    @Test
    void escapeTimeAndTermAreChecked() {
        ConfigLoader.Result r = parse("escape_time = -1\nterm = \"has space\"\n");
        assertThat(messages(r)).containsExactly(
                "weft.toml:1:15: escape_time must be a whole number of milliseconds, 0 or more, got -1",
                "weft.toml:2:8: term must be a terminal name such as \"xterm-256color\", got \"has space\"");
        assertThat(r.config().escapeTimeMs()).isEqualTo(10);
        assertThat(r.config().term()).isEqualTo("xterm-256color");
    }

    @Test
    void defaultProgMustBeAnArrayOfStrings() {
        assertThat(messages(parse("default_prog = \"zsh\""))).containsExactly(
                "weft.toml:1:16: default_prog must be an array of strings such as [\"/bin/zsh\", \"-l\"], got \"zsh\"");
        ConfigLoader.Result r = parse("default_prog = [\"zsh\", 3]");
        assertThat(messages(r)).containsExactly("weft.toml:1:24: default_prog[1] must be a non-empty string, got 3");
        assertThat(r.config().defaultProg()).isEmpty();
    }

    @Test
    void prefixIsCheckedByTheGivenKeyNameCheck() {
        ConfigLoader.KeyNameCheck onlyCb = name -> name.equals("C-a") ? null : "unknown key name \"" + name + "\"";
        ConfigLoader.Result r = ConfigLoader.parse("prefix = \"C-Q-x\"", "weft.toml", onlyCb);
        assertThat(messages(r)).containsExactly(
                "weft.toml:1:10: prefix \"C-Q-x\": unknown key name \"C-Q-x\"; keeping \"C-b\"");
        assertThat(r.config().prefix()).isEqualTo("C-b");
        assertThat(ConfigLoader.parse("prefix = \"C-a\"", "weft.toml", onlyCb).config().prefix()).isEqualTo("C-a");
        // A check that throws, as one wrapping KeyNames.parse would, is taken at its word.
        ConfigLoader.KeyNameCheck throwing = name -> {
            throw new IllegalArgumentException("unknown key name \"" + name + "\"");
        };
        assertThat(messages(ConfigLoader.parse("prefix = \"X-y\"", "weft.toml", throwing))).containsExactly(
                "weft.toml:1:10: prefix \"X-y\": unknown key name \"X-y\"; keeping \"C-b\"");
        // Without a check only blank or spaced names are refused.
        assertThat(messages(parse("prefix = \"C- b\""))).hasSize(1);
        assertThat(messages(parse("prefix = 1"))).containsExactly(
                "weft.toml:1:10: prefix must be a key name such as \"C-b\", got 1");
    }

    @Test
    void unknownKeysSuggestTheNearestKnownKey() {
        ConfigLoader.Result r = parse("scrollbak_lines = 5\nfrobnicate = true\nlocal_echo_threshold_ms = 50\n[[ssh_domains]]\nx = 1\n");
        assertThat(messages(r)).containsExactly(
                "weft.toml:1:1: unknown key \"scrollbak_lines\" (did you mean \"scrollback_lines\"?)",
                "weft.toml:2:1: unknown key \"frobnicate\" (see docs/weft.example.toml for the settings weft knows)");
        assertThat(r.config().scrollbackLines()).isEqualTo(WeftConfig.DEFAULTS.scrollbackLines());
    }

    @Test
    void syntaxErrorCarriesTomljPositionAndTheRestStillApplies() {
        ConfigLoader.Result r = parse("term = \"vt220\"\nthis is not toml\nscrollback_lines = 42\n");
        assertThat(r.problems()).hasSize(1);
        ConfigProblem p = r.problems().get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(6);
        assertThat(p.message()).startsWith("TOML syntax error: ").doesNotContain("\n");
        assertThat(r.config().term()).isEqualTo("vt220");
        assertThat(r.config().scrollbackLines()).isEqualTo(42);
    }

    @Test
    void unixDomainProblemsAreReportedAndGoodEntriesKept() {
        ConfigLoader.Result r = parse("""
                [[unix_domains]]
                name = "a"
                sokcet_path = "/x"
                no_serve_automatically = "yes"

                [[unix_domains]]
                socket_path = "/y"

                [[unix_domains]]
                name = "../evil"

                [[unix_domains]]
                name = "a"
                """);
        assertThat(messages(r)).containsExactly(
                "weft.toml:3:1: unknown key \"sokcet_path\" in [[unix_domains]] (did you mean \"socket_path\"?)",
                "weft.toml:4:26: no_serve_automatically must be true or false, got \"yes\"",
                "weft.toml:6:1: a [[unix_domains]] entry needs name = \"...\"; this one is ignored",
                "weft.toml:10:8: name must be a domain name (letters, digits, '.', '_' or '-'), got \"../evil\"",
                "weft.toml:12:1: unix domain \"a\" is defined twice (first at line 1); this one is ignored");
        assertThat(r.config().unixDomains()).containsExactly(UnixDomainConfig.DEFAULT,
                new UnixDomainConfig("a", null, false, false));
    }

    @Test
    void unixDomainsWrittenAsOneTableIsExplained() {
        ConfigLoader.Result r = parse("[unix_domains]\nname = \"x\"\n");
        assertThat(messages(r)).singleElement().asString()
                .startsWith("weft.toml:1:")
                .contains("unix_domains must be a list of tables: write each entry as [[unix_domains]]");
        assertThat(r.config().unixDomains()).containsExactly(UnixDomainConfig.DEFAULT);
    }

    @Test
    void theOriginalConstructorsKeepTheirMeaning() {
        WeftConfig c = new WeftConfig(List.of("sh"), "vt100", 5, List.of());
        assertThat(c.escapeTimeMs()).isEqualTo(WeftConfig.DEFAULT_ESCAPE_TIME_MS);
        assertThat(c.prefix()).isEqualTo("C-b");
        UnixDomainConfig d = new UnixDomainConfig("x", "/s", true, true);
        assertThat(d.proxyCommand()).isEmpty();
        assertThat(d.localEchoThresholdMs()).isNull();
        assertThat(d.resolveSocketPath(java.util.Map.of(), 5)).isEqualTo(Path.of("/s"));
        assertThat(UnixDomainConfig.DEFAULT.resolveSocketPath(java.util.Map.of(), 5))
                .isEqualTo(Path.of("/tmp/weft-5/default.sock"));
    }

    @Test
    void loadTreatsAMissingFileAsDefaults(@TempDir Path tmp) {
        ConfigLoader.Result r = ConfigLoader.load(tmp.resolve("nope/weft.toml"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.config()).isEqualTo(WeftConfig.DEFAULTS);
    }

    @Test
    void loadReadsARealFileAndNamesItInProblems(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("weft.toml");
        Files.writeString(f, "term = \"vt220\"\nscrollback_lines = true\n");
        ConfigLoader.Result r = ConfigLoader.load(f);
        assertThat(r.config().term()).isEqualTo("vt220");
        assertThat(messages(r)).containsExactly(f + ":2:20: scrollback_lines must be a positive integer, got true");
    }

    @Test
    void loadReportsAnUnreadableFileAtOneOne(@TempDir Path tmp) throws Exception {
        ConfigLoader.Result dir = ConfigLoader.load(tmp);
        assertThat(messages(dir)).singleElement().asString().startsWith(tmp + ":1:1: cannot read the config (it is a directory)");
        assertThat(dir.config()).isEqualTo(WeftConfig.DEFAULTS);

        Path latin1 = tmp.resolve("latin1.toml");
        Files.write(latin1, "term = \"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(messages(ConfigLoader.load(latin1))).singleElement().asString().contains("not valid UTF-8");

        Path huge = tmp.resolve("huge.toml");
        Files.write(huge, new byte[ConfigLoader.MAX_FILE_BYTES + 1]);
        assertThat(messages(ConfigLoader.load(huge))).singleElement().asString().contains("larger than 1 MiB");
    }

    @Test
    void problemsAreOneLineEvenForHostileValues() {
        ConfigLoader.Result r = parse("term = \"a\\nb\\u2028c\"\nprefix = \"\"\n");
        assertThat(r.problems()).hasSize(2).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n", "\u2028"));
    }

    @Test
    void theExampleConfigParsesWithoutProblems() throws Exception {
        Path example = Path.of("..", "docs", "weft.example.toml");
        ConfigLoader.Result r = ConfigLoader.load(example);
        assertThat(Files.exists(example)).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.config().unixDomains()).extracting(UnixDomainConfig::name).contains("default");
        assertThat(r.config().keys()).extracting(KeyBindingConfig::key).contains("|", "C-Up", "M-Left");
        assertThat(r.config().options().get("status.tab_current_style")).isEqualTo("bold");
        // every option is documented there, with its default and its tmux name
        String text = Files.readString(example);
        Options d = Options.defaults(java.util.Map.of());
        for (OptionSpec s : OptionTable.all()) {
            String key = s.name().contains(".") ? s.name().substring(s.name().indexOf('.') + 1) : s.name();
            if (s.name().equals("status")) {
                key = "status";
            }
            assertThat(text).as(s.name()).containsPattern("(?m)^#? ?" + java.util.regex.Pattern.quote(key) + " = ");
            for (String t : s.tmuxNames()) {
                assertThat(text).as(s.name()).contains("[" + t);
            }
        }
    }

    @Test
    void aFileTomljStumblesOnStillGivesPositionedProblemsAndTheRestOfTheConfig() throws Exception {
        // Found by fuzzing: with assertions on, tomlj's parser asserted on this file.
        String text = new String(getClass().getResourceAsStream("ConfigFuzzTestInputs/parse/tomlj-header-assertion")
                .readAllBytes(), StandardCharsets.UTF_8);
        ConfigLoader.Result r = parse(text);
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
        assertThat(r.problems().get(0).toString()).startsWith("weft.toml:1:11: TOML syntax error: ");
        assertThat(r.config().unixDomains()).extracting(UnixDomainConfig::name).contains("default");
    }

    @Test
    void deeplyNestedValuesAreASyntaxErrorNotACrash() {
        ConfigLoader.Result r = parse("a = " + "[".repeat(100_000));
        assertThat(r.problems()).isNotEmpty();
        assertThat(r.config()).isEqualTo(WeftConfig.DEFAULTS);
    }

    @Test
    void suggestionsNeedToBeClose() {
        assertThat(Suggestions.nearest("scrollbak_lines", ConfigLoader.TOP_LEVEL_KEYS)).isEqualTo("scrollback_lines");
        assertThat(Suggestions.nearest("TERM", ConfigLoader.TOP_LEVEL_KEYS)).isEqualTo("term");
        assertThat(Suggestions.nearest("escpae_time", ConfigLoader.TOP_LEVEL_KEYS)).isEqualTo("escape_time");
        assertThat(Suggestions.nearest("zzz", ConfigLoader.TOP_LEVEL_KEYS)).isNull();
    }
}
