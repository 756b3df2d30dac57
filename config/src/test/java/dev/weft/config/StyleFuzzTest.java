package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * A normal test run replays {@code src/test/resources/dev/weft/config/StyleFuzzTestInputs/parse/};
 * {@code JAZZER_FUZZ=1} searches for new inputs.
 */
class StyleFuzzTest {

    /**
     * Any text: only IllegalArgumentException escapes parse, with a one-line message; a parsed
     * style prints as text that parses back to it; segments never throw and lose no text
     * without markers.
     */
    @FuzzTest(maxDuration = "60s")
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            Style s = Style.parse(text);
            assertThat(Style.parse(s.format())).isEqualTo(s);
            assertThat(s.attrs() & s.clearedAttrs()).isZero();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
        Style base = Style.parse("bg=green,fg=black");
        StringBuilder all = new StringBuilder();
        for (Style.Segment seg : Style.segments(text, base)) {
            assertThat(seg.text()).isNotEmpty();
            all.append(seg.text());
        }
        if (text.indexOf('#') < 0) {
            assertThat(all.toString()).isEqualTo(text);
        }
    }
}
