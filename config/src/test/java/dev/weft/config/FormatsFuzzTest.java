package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A normal test run replays {@code src/test/resources/dev/weft/config/FormatsFuzzTestInputs/expand/};
 * {@code JAZZER_FUZZ=1} searches for new inputs.
 */
class FormatsFuzzTest {
    private static final Map<String, String> VARS = Map.of("session_name", "work", "window_flags", "*Z",
            "pane_title", "日本語 title #{x} %H #[bold]", "zero", "0", "empty", "");

    /**
     * Any text: check answers null or one line with a column; expansion never throws (the inner
     * expander is called directly, so the public method's safety net cannot hide a bug), text
     * without '#' or '%' comes back unchanged, and the output stays bounded.
     */
    @FuzzTest(maxDuration = "60s")
    void expand(byte[] data) {
        String format = new String(data, StandardCharsets.UTF_8);
        String problem = Formats.check(format);
        if (problem != null) {
            assertThat(problem).contains("column").doesNotContain("\n");
        }
        String out = new FormatExpander(VARS::get, FormatsTest.NOW).expand(format, 0);
        assertThat(Formats.expand(format, VARS::get, FormatsTest.NOW)).isEqualTo(out);
        if (format.indexOf('#') < 0 && format.indexOf('%') < 0) {
            assertThat(out).isEqualTo(format);
        }
        assertThat(out.length()).isLessThanOrEqualTo((format.length() + 1) * 1100);
        Cells.width(out);
    }
}
