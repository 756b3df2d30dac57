package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.protocol.Pdu;

/**
 * Fuzz target for what the outer terminal can send. A normal test run replays the inputs under
 * {@code src/test/resources/dev/weft/tui/InputRouterFuzzTestInputs/<method>/}; run with
 * {@code JAZZER_FUZZ=1} and {@code -Djazzer.hooks=true} to search for new ones.
 */
class InputRouterFuzzTest {

    /** Any bytes, read boundaries, pane modes and timeouts: never throws, sends only non-empty input to the active pane. */
    @FuzzTest(maxDuration = "60s")
    void anyTerminalInput(FuzzedDataProvider data) {
        FakePane pane = new FakePane(3, 80, 24);
        pane.modes = new Pdu.PaneModes(data.consumeInt(0, 127), 0, 0, data.consumeInt(0, 31));
        FakeSession session = new FakeSession(pane);
        InputRouter router = new Routing(session, 3).router;
        int chunk = data.consumeInt(1, 33);
        boolean timeouts = data.consumeBoolean();
        byte[] input = data.consumeRemainingAsBytes();

        for (int i = 0; i < input.length; i += chunk) {
            router.feed(input, i, Math.min(chunk, input.length - i));
            if (timeouts && router.hasPending()) {
                router.timeout();
            }
        }
        router.timeout();
        router.endPaste();

        assertThat(router.inPaste()).isFalse();
        for (FakeSession.Sent sent : session.sent) {
            assertThat(sent.paneId()).isEqualTo(3);
            assertThat(sent.data()).isNotEmpty();
        }
    }
}
