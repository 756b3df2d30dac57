package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * PaneHistory on a real emulator (a pane's screen without its PTY): absolute line numbers over
 * history and screen, trimming, the 1,000-line cap, and search in every direction.
 */
class PaneHistoryTest {

    private static PaneScreen screen(int cols, int rows, int scrollback, String output) {
        PaneScreen s = new PaneScreen(cols, rows, scrollback);
        byte[] b = output.getBytes(StandardCharsets.UTF_8);
        s.feed(b, 0, b.length);
        return s;
    }

    /** "1\r\n2\r\n...n\r\n": on an 80x24 screen rows 0-22 show n-22..n, the cursor sits on row 23. */
    private static String numbers(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String text(Pdu.StyledLine line) {
        StringBuilder sb = new StringBuilder();
        for (Pdu.StyledRun run : line.runs()) {
            run.cells().forEach(sb::append);
        }
        return sb.toString().stripTrailing();
    }

    private static Pdu.HistoryLines get(PaneScreen s, long first, int count, boolean fromScreen) {
        return PaneHistory.lines(s, new Pdu.GetHistory(7, 3, first, count, fromScreen));
    }

    private static Pdu.SearchResult search(PaneScreen s, String q, long line, int col, boolean backward,
                                           boolean regex, boolean ignoreCase, long endLine) throws MuxException {
        return PaneHistory.search(s, new Pdu.SearchHistory(9, 3, q, line, col, backward, regex, ignoreCase, endLine));
    }

    @Test
    void absoluteNumbersCoverHistoryThenScreen() {
        PaneScreen s = screen(80, 24, 10_000, numbers(3000));
        Pdu.HistoryLines all = get(s, 0, 1000, false);
        // 2977 lines went into history; line n shows the number n + 1.
        assertThat(all.historyStart()).isZero();
        assertThat(all.historyEnd()).isEqualTo(2977);
        assertThat(all.screenRows()).isEqualTo(24);
        assertThat(all.cursorRow()).isEqualTo(23);
        assertThat(all.cursorCol()).isZero();
        assertThat(all.requestId()).isEqualTo(7);
        assertThat(all.paneId()).isEqualTo(3);
        assertThat(all.first()).isZero();
        assertThat(all.lines()).hasSize(1000);
        assertThat(text(all.lines().get(0))).isEqualTo("1");
        assertThat(text(all.lines().get(999))).isEqualTo("1000");

        // across the history/screen boundary
        Pdu.HistoryLines edge = get(s, 2970, 20, false);
        assertThat(edge.lines()).hasSize(20);
        assertThat(edge.lines().stream().map(PaneHistoryTest::text).toList())
                .startsWith("2971", "2972").contains("2978", "2990");
        assertThat(text(edge.lines().get(7))).isEqualTo("2978"); // line 2977: screen row 0

        // past the screen's end: left out
        Pdu.HistoryLines tail = get(s, 2990, 50, false);
        assertThat(tail.first()).isEqualTo(2990);
        assertThat(tail.lines()).hasSize(2977 + 24 - 2990);
        assertThat(text(tail.lines().get(tail.lines().size() - 1))).isEmpty(); // the cursor's empty row
        assertThat(get(s, 5000, 10, false).lines()).isEmpty();
        assertThat(get(s, 10, -5, false).lines()).isEmpty();
    }

    @Test
    void fromScreenCountsFromRowZero() {
        PaneScreen s = screen(80, 24, 10_000, numbers(3000));
        Pdu.HistoryLines r = get(s, -5, 10, true);
        assertThat(r.first()).isEqualTo(2972);
        assertThat(r.lines().stream().map(PaneHistoryTest::text).toList())
                .containsExactly("2973", "2974", "2975", "2976", "2977", "2978", "2979", "2980", "2981", "2982");
        assertThat(text(get(s, 0, 1, true).lines().get(0))).isEqualTo("2978");
    }

    @Test
    void trimmedHistoryIsLeftOutAndNumbersStayPut() {
        PaneScreen s = screen(80, 24, 1000, numbers(3000));
        Pdu.HistoryLines r = get(s, 1977, 5000, false);
        assertThat(r.historyStart()).isEqualTo(1977);
        assertThat(r.historyEnd()).isEqualTo(2977);
        assertThat(r.first()).isEqualTo(1977);
        assertThat(r.lines()).hasSize(1000); // the cap
        assertThat(text(r.lines().get(0))).isEqualTo("1978");
        // asked from line 1900: the trimmed 77 are left out
        Pdu.HistoryLines early = get(s, 1900, 5000, false);
        assertThat(early.first()).isEqualTo(1977);
        assertThat(early.lines()).hasSize(1000 - 77);
        assertThat(get(s, 0, 1000, false).lines()).isEmpty();
        // a line's number does not change as more output arrives
        byte[] more = "more\r\n".getBytes(StandardCharsets.UTF_8);
        s.feed(more, 0, more.length);
        Pdu.HistoryLines after = get(s, 2000, 1, false);
        assertThat(after.historyStart()).isEqualTo(1978);
        assertThat(text(after.lines().get(0))).isEqualTo("2001");
        assertThat(get(s, 1900, 200, false).first()).isEqualTo(1978);
        assertThat(get(s, 1900, 50, false).lines()).isEmpty();
    }

    @Test
    void searchForwardBackwardAndWrap() throws Exception {
        PaneScreen s = screen(80, 24, 10_000, numbers(3000));
        Pdu.SearchResult r = search(s, "2500", 0, 0, false, false, false, -1);
        assertThat(r.found()).isTrue();
        assertThat(r).isEqualTo(new Pdu.SearchResult(9, 3, true, 2499, 0, 4, false));
        // "250" next after line 2499 col 0: 2500 itself starts at col 0 (not after), so 2501's
        Pdu.SearchResult next = search(s, "250", 2499, 0, false, false, false, -1);
        assertThat(next.line()).isEqualTo(2500);
        // backward from line 2500: 2500 (line 2499)
        assertThat(search(s, "250", 2500, 0, true, false, false, -1).line()).isEqualTo(2499);
        // line 111 shows "112": backward from its start the previous "12" is line 11's; forward, its own at col 1
        assertThat(search(s, "12", 111, 0, true, false, false, -1).line()).isEqualTo(11);
        Pdu.SearchResult within = search(s, "12", 111, 0, false, false, false, -1);
        assertThat(within.line()).isEqualTo(111);
        assertThat(within.col()).isEqualTo(1);
        // wrap forward: nothing after the last "2999" -> the first "1" in the history
        Pdu.SearchResult wrapped = search(s, "2999", 2998, 0, false, false, false, -1);
        assertThat(wrapped).isEqualTo(new Pdu.SearchResult(9, 3, true, 2998, 0, 4, true));
        Pdu.SearchResult wrapBack = search(s, "3000", 100, 0, true, false, false, -1);
        assertThat(wrapBack.line()).isEqualTo(2999);
        assertThat(wrapBack.wrapped()).isTrue();
        assertThat(search(s, "nothere", 100, 0, false, false, false, -1).found()).isFalse();
        assertThat(search(s, "", 100, 0, false, false, false, -1).found()).isFalse();
    }

    @Test
    void endLineLimitsTheSearch() throws Exception {
        PaneScreen s = screen(80, 24, 10_000, numbers(3000));
        // with the screen frozen at line 2000, "2500" is not there
        assertThat(search(s, "2500", 0, 0, false, false, false, 2000).found()).isFalse();
        Pdu.SearchResult r = search(s, "1999", 0, 0, false, false, false, 2000);
        assertThat(r.line()).isEqualTo(1998);
        // backward from beyond the limit starts at the last line searched
        Pdu.SearchResult back = search(s, "^2\\d*$", 5000, 0, true, true, false, 2000);
        assertThat(back.line()).isEqualTo(1999); // "2000"
        assertThat(back.wrapped()).isFalse();
    }

    @Test
    void regexAndIgnoreCase() throws Exception {
        PaneScreen s = screen(40, 6, 100, "alpha Beta\r\ngamma beta\r\nBETA x\r\n");
        Pdu.SearchResult exact = search(s, "beta", 0, -1, false, false, false, -1);
        assertThat(exact.line()).isEqualTo(1);
        assertThat(exact.col()).isEqualTo(6);
        Pdu.SearchResult any = search(s, "beta", 0, -1, false, false, true, -1);
        assertThat(any.line()).isZero();
        assertThat(any.col()).isEqualTo(6);
        Pdu.SearchResult re = search(s, "^[A-Z]+\\b", 0, 5, false, true, false, -1);
        assertThat(re).isEqualTo(new Pdu.SearchResult(9, 3, true, 2, 0, 4, false));
        // plain text is literal
        assertThat(search(s, "a.p", 0, -1, false, false, false, -1).found()).isFalse();
        assertThat(search(s, "a.p", 0, -1, false, true, false, -1).found()).isTrue();
        // an empty match is skipped: "x*" finds the x
        Pdu.SearchResult x = search(s, "x*", 0, -1, false, true, false, -1);
        assertThat(x.line()).isEqualTo(2);
        assertThat(x.col()).isEqualTo(5);
        // backward picks the last match on a line, overlapping ones included
        PaneScreen aaa = screen(20, 3, 10, "aaaa\r\n");
        Pdu.SearchResult last = search(aaa, "aa", 0, 10, true, false, false, -1);
        assertThat(last.col()).isEqualTo(2);
        assertThat(search(aaa, "aa", 0, 2, true, false, false, -1).col()).isEqualTo(1);
    }

    @Test
    void wideCharactersCountTwoCells() throws Exception {
        PaneScreen s = screen(20, 3, 10, "日本語 text\r\n");
        Pdu.SearchResult r = search(s, "本語", 0, -1, false, false, false, -1);
        assertThat(r.col()).isEqualTo(2);
        assertThat(r.cells()).isEqualTo(4);
        Pdu.SearchResult t = search(s, "語 t", 0, -1, false, false, false, -1);
        assertThat(t.col()).isEqualTo(4);
        assertThat(t.cells()).isEqualTo(4);
    }

    @Test
    void wrappedRowsAreSearchedAsOneLine() throws Exception {
        // 10 columns: "0123456789abcdef" wraps after 9; "89ab" spans rows 0 and 1
        PaneScreen s = screen(10, 4, 10, "0123456789abcdef\r\n");
        Pdu.SearchResult r = search(s, "89ab", 0, -1, false, false, false, -1);
        assertThat(r).isEqualTo(new Pdu.SearchResult(9, 3, true, 0, 8, 4, false));
        Pdu.SearchResult c = search(s, "cd", 0, 9, false, false, false, -1);
        assertThat(c.line()).isEqualTo(1);
        assertThat(c.col()).isEqualTo(2);
        assertThat(search(s, "cd", 1, 2, true, false, false, -1).wrapped()).isTrue();
    }

    @Test
    void badRegexIsOneLine() {
        PaneScreen s = screen(20, 3, 10, "x\r\n");
        assertThatThrownBy(() -> search(s, "a(b", 0, 0, false, true, false, -1))
                .isInstanceOf(MuxException.class)
                .hasMessageStartingWith("bad regex \"a(b\": Unclosed group")
                .satisfies(e -> assertThat(((MuxException) e).code()).isEqualTo("bad-regex"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        // the same text as plain text is fine
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> search(s, "a(b", 0, 0, false, false, false, -1))).isNull();
    }

    @Test
    void catastrophicBacktrackingIsStopped() {
        PaneScreen s = screen(200, 50, 100, ("a".repeat(60) + "!\r\n").repeat(40));
        assertThatThrownBy(() -> search(s, "(.*a){12}b", 0, 0, false, true, false, -1))
                .isInstanceOf(MuxException.class)
                .satisfies(e -> assertThat(((MuxException) e).code()).isEqualTo("search-too-slow"));
    }
}
