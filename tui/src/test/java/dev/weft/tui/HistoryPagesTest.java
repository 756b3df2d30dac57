package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The page cache under copy mode: ranges on demand, never the whole history, blanks until a page arrives. */
class HistoryPagesTest {
    /** A pane with 5,000 history lines "h0".."h4999" (absolute numbers 0..4999) and a 3-row screen. */
    static final long HISTORY_END = 5000;

    record Asked(long first, int count, boolean fromScreen, CompletableFuture<Pdu.HistoryLines> answer) {}

    final List<Asked> asked = new ArrayList<>();
    final AtomicInteger changes = new AtomicInteger();

    HistoryPages pages() {
        List<Pdu.StyledLine> screen = List.of(line("s0"), line("s1"), line("s2"));
        return new HistoryPages(20, screen, (first, count, fromScreen) -> {
            CompletableFuture<Pdu.HistoryLines> f = new CompletableFuture<>();
            asked.add(new Asked(first, count, fromScreen, f));
            return f;
        }, changes::incrementAndGet);
    }

    static Pdu.StyledLine line(String text) {
        List<String> cells = new ArrayList<>();
        for (char c : text.toCharArray()) {
            cells.add(String.valueOf(c));
        }
        return new Pdu.StyledLine(false, List.of(new Pdu.StyledRun(0, 0, 0, 0, cells)));
    }

    /** Answer a request as a server would: the lines asked for that exist, from their absolute number. */
    static void answer(Asked a) {
        long first = a.fromScreen() ? HISTORY_END + a.first() : a.first();
        List<Pdu.StyledLine> lines = new ArrayList<>();
        for (long n = Math.max(0, first); n < first + a.count() && n < HISTORY_END + 3; n++) {
            lines.add(line(n < HISTORY_END ? "h" + n : "s" + (n - HISTORY_END)));
        }
        a.answer().complete(new Pdu.HistoryLines(1, 7, Math.max(0, first), 0, HISTORY_END, 3, 2, 0, lines));
    }

    @Test
    void theFirstRequestCountsFromTheScreenAndTellsTheBounds() {
        HistoryPages p = pages();
        CompletableFuture<Void> ready = p.start();
        assertThat(p.historySize()).as("unknown until answered").isZero();
        assertThat(p.line(-1)).isNull();
        assertThat(p.line(0)).isEqualTo(line("s0"));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).fromScreen()).isTrue();
        assertThat(asked.get(0).first()).isNegative();
        answer(asked.get(0));
        assertThat(ready).isDone();
        assertThat(changes.get()).isEqualTo(1);
        assertThat(p.historySize()).isEqualTo(5000);
        assertThat(p.historyEnd()).isEqualTo(5000);
        assertThat(CopyLines.trimmed(p.line(-1))).isEqualTo("h4999");
        assertThat(CopyLines.trimmed(p.line(-HistoryPages.PAGE))).isEqualTo("h" + (5000 - HistoryPages.PAGE));
    }

    @Test
    void pagesAroundTheViewComeOnDemandAndMissingLinesAreBlankUntilThen() {
        HistoryPages p = pages();
        p.start();
        answer(asked.remove(0));
        p.want(-2600, -2590);
        assertThat(asked).isNotEmpty().allSatisfy(a -> {
            assertThat(a.fromScreen()).isFalse();
            assertThat(a.count()).isEqualTo(HistoryPages.PAGE);
            assertThat(a.first() % HistoryPages.PAGE).isZero();
        });
        assertThat(asked).extracting(Asked::first).contains(2400L);
        assertThat(p.line(-2600)).isNull();
        int before = changes.get();
        int n = asked.size();
        p.want(-2600, -2590);
        assertThat(asked).as("in flight: not asked again").hasSize(n);
        asked.forEach(HistoryPagesTest::answer);
        assertThat(changes.get()).isGreaterThan(before);
        assertThat(CopyLines.trimmed(p.line(-2600))).isEqualTo("h2400");
        assertThat(CopyLines.trimmed(p.line(-2590))).isEqualTo("h2410");
    }

    @Test
    void neverHoldsTheWholeHistory() {
        HistoryPages p = pages();
        p.start();
        answer(asked.remove(0));
        for (long y = -5000; y < 0; y += 50) {
            p.want(y, y + 10);
            List<Asked> now = new ArrayList<>(asked);
            asked.clear();
            now.forEach(HistoryPagesTest::answer);
            assertThat(p.pagesHeld()).isLessThanOrEqualTo(HistoryPages.MAX_PAGES);
        }
        assertThat(CopyLines.trimmed(p.line(-20))).isEqualTo("h4980");
        assertThat(p.line(-4990)).as("far from the view: dropped").isNull();
    }

    @Test
    void withoutHistoryFromTheServerTheScreenIsAll() {
        HistoryPages p = pages();
        p.start();
        asked.get(0).answer().completeExceptionally(new IllegalStateException("history is not supported here"));
        assertThat(p.ready()).isDone();
        assertThat(p.historySize()).isZero();
        assertThat(p.line(2)).isEqualTo(line("s2"));
    }
}
