package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets. A normal test run replays the inputs under
 * {@code src/test/resources/dev/weft/keymaps/KeymapsFuzzTestInputs/<method>/}; run with
 * {@code JAZZER_FUZZ=1} to search for new ones.
 */
class KeymapsFuzzTest {

    /** Any bytes, any read boundaries: never throws, and the events do not depend on the boundaries. */
    @FuzzTest(maxDuration = "60s")
    void inputDecoder(FuzzedDataProvider data) {
        int chunk = data.consumeInt(1, 17);
        byte[] input = data.consumeRemainingAsBytes();

        List<String> whole = new ArrayList<>();
        InputDecoder one = new InputDecoder();
        one.feed(input, 0, input.length, e -> whole.add(InputDecoderTest.describe(e)));
        one.flush(e -> whole.add(InputDecoderTest.describe(e)));
        one.endPaste(e -> whole.add(InputDecoderTest.describe(e)));
        assertThat(one.hasPending()).isFalse();

        List<String> split = new ArrayList<>();
        InputDecoder many = new InputDecoder();
        for (int i = 0; i < input.length; i += chunk) {
            many.feed(input, i, Math.min(chunk, input.length - i), e -> split.add(InputDecoderTest.describe(e)));
        }
        many.flush(e -> split.add(InputDecoderTest.describe(e)));
        many.endPaste(e -> split.add(InputDecoderTest.describe(e)));
        assertThat(split).isEqualTo(whole);
    }

    /** parse either returns a key that formats and parses back to itself, or throws IAE with one line. */
    @FuzzTest(maxDuration = "60s")
    void keyNames(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        KeyEvent key;
        try {
            key = KeyNames.parse(name);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
            return;
        }
        assertThat(KeyNames.parse(KeyNames.format(key))).isEqualTo(key);
        for (int flags = 0; flags < 32; flags++) {
            KeyEncoder.encode(key, new KeyModes(flags % 2 == 0, flags % 3 == 0, false, flags));
        }
        SendKeys.encode(List.of(name), false, KeyModes.DEFAULT);
    }

    /**
     * Any event, cell and modes: never throws; what it writes decodes back to one mouse event at
     * that cell (clamped the way each encoding clamps), or nothing is written.
     */
    @FuzzTest(maxDuration = "60s")
    void mouseEncoder(FuzzedDataProvider data) {
        int tracking = data.pickValue(new int[] {0, 9, 1000, 1002, 1003, data.consumeInt()});
        int encoding = data.pickValue(new int[] {0, 1005, 1006, 1015, 1016, data.consumeInt()});
        InputEvent.Mouse event = new InputEvent.Mouse(data.consumeInt(0, 255) & ~0x1c, 0, 0, data.consumeBoolean(),
                data.consumeInt(0, 7));
        int col = data.consumeInt(-5, 5000);
        int row = data.consumeInt(-5, 5000);
        byte[] bytes = MouseEncoder.encode(event, col, row, tracking, encoding);
        if (bytes.length == 0) {
            return;
        }
        List<InputEvent> back = new ArrayList<>();
        InputDecoder d = new InputDecoder();
        d.feed(bytes, back::add);
        d.flush(back::add);
        if (encoding != 1005) { // UTF-8 reports are read back as X10 bytes (we never ask for 1005)
            assertThat(back).hasSize(1);
            assertThat(back.get(0)).isInstanceOf(InputEvent.Mouse.class);
        }
    }
}
