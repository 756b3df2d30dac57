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
        for (ConfigProblem p : r.problems()) {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.toString()).doesNotContain("\n", "\r");
        }
    }
}
