package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GetHistory and SearchHistory through a real connection to a real pane that printed 3,000
 * numbered lines, with history-limit 1000: the answers, and the errors as ErrorReplies that leave
 * the connection open.
 */
class HistoryRequestsTest {
    @TempDir
    Path tmp;
    private ServerHarness h;
    private TestClient c;
    private int pane;

    @BeforeEach
    void start() throws Exception {
        h = new ServerHarness(tmp);
        c = h.client();
        c.run(-1, "set-option", "-g", "history-limit", "1000");
        pane = h.newSession(c, "w", 80, 24, "/bin/sh", "-c", "seq 1 3000; exec cat").paneId();
        ServerHarness.awaitText(c, "w", "\n3000\n");
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private static String text(Pdu.StyledLine line) {
        StringBuilder sb = new StringBuilder();
        line.runs().forEach(r -> r.cells().forEach(sb::append));
        return sb.toString().stripTrailing();
    }

    @Test
    void historyByAbsoluteNumber() throws Exception {
        c.send(new Pdu.GetHistory(c.nextRequestId(), pane, -3, 5, true));
        Pdu.HistoryLines r = c.expect(Pdu.HistoryLines.class);
        assertThat(r.historyEnd()).isEqualTo(2977);
        assertThat(r.historyStart()).isEqualTo(1977);
        assertThat(r.first()).isEqualTo(2974);
        assertThat(r.lines().stream().map(HistoryRequestsTest::text).toList())
                .containsExactly("2975", "2976", "2977", "2978", "2979");
        assertThat(r.cursorRow()).isEqualTo(23);

        c.send(new Pdu.GetHistory(c.nextRequestId(), pane, 0, 5000, false));
        Pdu.HistoryLines trimmed = c.expect(Pdu.HistoryLines.class);
        assertThat(trimmed.lines()).isEmpty(); // lines 0-999 were trimmed
        c.send(new Pdu.GetHistory(c.nextRequestId(), pane, 1977, 5000, false));
        Pdu.HistoryLines capped = c.expect(Pdu.HistoryLines.class);
        assertThat(capped.lines()).hasSize(1000);
        assertThat(text(capped.lines().get(0))).isEqualTo("1978");
    }

    @Test
    void searchAndItsErrors() throws Exception {
        long id = c.nextRequestId();
        c.send(new Pdu.SearchHistory(id, pane, "^24\\d9$", 2977, 0, true, true, false, -1));
        assertThat(c.expect(Pdu.SearchResult.class)).isEqualTo(new Pdu.SearchResult(id, pane, true, 2498, 0, 4, false));

        long bad = c.nextRequestId();
        c.send(new Pdu.SearchHistory(bad, pane, "[", 0, 0, false, true, false, -1));
        Pdu.ErrorReply e = c.expect(Pdu.ErrorReply.class);
        assertThat(e.requestId()).isEqualTo(bad);
        assertThat(e.code()).isEqualTo("bad-regex");
        assertThat(e.message()).startsWith("bad regex \"[\": Unclosed character class").doesNotContain("\n");

        long missing = c.nextRequestId();
        c.send(new Pdu.SearchHistory(missing, 999, "x", 0, 0, false, false, false, -1));
        assertThat(c.expect(Pdu.ErrorReply.class).requestId()).isEqualTo(missing);

        // the connection goes on
        long again = c.nextRequestId();
        c.send(new Pdu.SearchHistory(again, pane, "1978", 0, 0, false, false, false, -1));
        assertThat(c.expect(Pdu.SearchResult.class).line()).isEqualTo(1977);
    }
}
