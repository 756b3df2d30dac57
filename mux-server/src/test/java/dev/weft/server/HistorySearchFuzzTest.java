package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.protocol.Pdu;

/**
 * Fuzz target for copy mode's search requests, which come from clients: any query (regex or not),
 * any start position and limit over any screen either finds a match inside the searched lines
 * or not, or fails with a one-line bad-regex / search-too-slow error; never anything else.
 * A normal test run replays {@code src/test/resources/dev/weft/server/HistorySearchFuzzTestInputs/};
 * run with {@code JAZZER_FUZZ=1} to search for new inputs.
 */
class HistorySearchFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void searchRequests(FuzzedDataProvider data) {
        int cols = data.consumeInt(1, 30);
        int rows = data.consumeInt(1, 8);
        String query = data.consumeString(40);
        long fromLine = data.consumeLong();
        int fromCol = data.consumeInt();
        boolean backward = data.consumeBoolean();
        boolean regex = data.consumeBoolean();
        boolean ignoreCase = data.consumeBoolean();
        long endLine = data.consumeBoolean() ? -1 : data.consumeLong(-5, 200);
        byte[] output = data.consumeRemainingAsBytes();
        PaneScreen screen = new PaneScreen(cols, rows, 100);
        screen.feed(output, 0, output.length);
        long start = screen.read(t -> t.scrollbackPushedTotal() - t.scrollbackSize());
        long end = screen.read(t -> t.scrollbackPushedTotal() + t.rows());
        try {
            Pdu.SearchResult r = PaneHistory.search(screen,
                    new Pdu.SearchHistory(1, 2, query, fromLine, fromCol, backward, regex, ignoreCase, endLine));
            if (r.found()) {
                long limit = endLine < 0 ? end : Math.min(end, endLine);
                assertThat(r.line()).isBetween(start, limit - 1);
                assertThat(r.col()).isBetween(0, cols - 1);
                assertThat(r.cells()).isPositive();
            }
        } catch (MuxException e) {
            assertThat(e.code()).isIn("bad-regex", "search-too-slow");
            assertThat(e.getMessage()).isNotEmpty().doesNotContain("\n");
        }
    }

    /** Any history request over any screen: lines within the bounds, at most 1,000. */
    @FuzzTest(maxDuration = "60s")
    void historyRequests(FuzzedDataProvider data) {
        int cols = data.consumeInt(1, 30);
        int rows = data.consumeInt(1, 8);
        long first = data.consumeLong();
        int count = data.consumeInt();
        boolean fromScreen = data.consumeBoolean();
        byte[] output = data.consumeRemainingAsBytes();
        PaneScreen screen = new PaneScreen(cols, rows, 50);
        screen.feed(output, 0, output.length);
        Pdu.HistoryLines r = PaneHistory.lines(screen, new Pdu.GetHistory(1, 2, first, count, fromScreen));
        assertThat(r.lines().size()).isBetween(0, PaneHistory.MAX_LINES);
        if (!r.lines().isEmpty()) {
            assertThat(r.first()).isGreaterThanOrEqualTo(r.historyStart());
            assertThat(r.first() + r.lines().size()).isLessThanOrEqualTo(r.historyEnd() + r.screenRows());
        }
    }
}
