package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * A normal test run replays {@code src/test/resources/dev/weft/config/ConfigFuzzTestInputs/parse/};
 * {@code JAZZER_FUZZ=1} searches for new inputs.
 */
class ConfigFuzzTest {

    /** Any text: never throws, always a usable config, every problem one line with a position. */
    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ConfigLoader.Result r = ConfigLoader.parse(text, "weft.toml");
        WeftConfig c = r.config();
        assertThat(c.scrollbackLines()).isBetween(1, ConfigLoader.MAX_SCROLLBACK_LINES);
        assertThat(c.escapeTimeMs()).isBetween(0, ConfigLoader.MAX_ESCAPE_TIME_MS);
        assertThat(c.term()).isNotEmpty();
        assertThat(c.prefix()).isNotEmpty();
        assertThat(c.unixDomains()).extracting(UnixDomainConfig::name).contains("default").doesNotHaveDuplicates();
        Options o = c.options();
        assertThat(o.getInt("scrollback_lines")).isEqualTo(c.scrollbackLines());
        assertThat(o.getInt("escape_time")).isEqualTo(c.escapeTimeMs());
        assertThat(o.get("prefix")).isEqualTo(c.prefix());
        assertThat(o.get("term")).isEqualTo(c.term());
        assertThat(o.getArgv("default_prog")).isEqualTo(c.defaultProg());
        for (String name : o.changed()) {
            // whatever the file set is a value set-option would accept too
            assertThat(Options.defaults().with(name, o.get(name)).get(name)).isEqualTo(o.get(name));
        }
        for (KeyBindingConfig b : c.keys()) {
            assertThat(b.line()).isPositive();
            assertThat(b.column()).isPositive();
            assertThat(b.key()).isNotEmpty();
            assertThat(b.command()).isNotNull();
        }
        for (ConfigProblem p : r.problems()) {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.toString()).doesNotContain("\n", "\r");
        }
    }
}
