package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for layout strings, which clients send in select-layout. A normal test run replays
 * the inputs under {@code src/test/resources/dev/weft/server/LayoutFuzzTestInputs/<method>/}; run
 * with {@code JAZZER_FUZZ=1} to search for new ones.
 */
class LayoutFuzzTest {
    /**
     * Any string either lays out the panes soundly or is refused with a one-line cause and no
     * change. The checksum is recomputed half the time so the fuzzer gets past it.
     */
    @FuzzTest(maxDuration = "60s")
    void layoutStrings(FuzzedDataProvider data) {
        int panes = data.consumeInt(1, 6);
        boolean fixChecksum = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        LayoutTree tree = new LayoutTree(0, 80, 24);
        for (int i = 1; i < panes; i++) {
            tree.split(i - 1, i, i % 2 == 0, -1, false, false);
        }
        if (fixChecksum) {
            text = String.format("%04x,%s", LayoutString.checksum(text), text);
        }
        String before = tree.describe();
        try {
            tree.selectLayout(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotEmpty().doesNotContain("\n");
            assertThat(tree.describe()).isEqualTo(before);
            return;
        }
        assertThat(tree.panes()).hasSize(panes);
        assertThat(LayoutInvariants.check(tree)).isNull();
    }
}
