package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** capture-pane semantics on a real emulator. */
class PaneCaptureTest {

    private static Terminal terminal(int cols, int rows, String output) {
        Terminal t = new Terminal(cols, rows, 1000, TerminalListener.NONE);
        byte[] b = output.getBytes(StandardCharsets.UTF_8);
        t.feed(b, 0, b.length);
        return t;
    }

    private static String seq(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> i + "\n").collect(Collectors.joining());
    }

    @Test
    void visibleRowsByDefault() {
        Terminal t = terminal(20, 10, seq(1, 50));
        // 50 lines and the empty line the cursor sits on: rows show 42..50 and a blank row.
        assertThat(PaneCapture.capture(t, 0, Integer.MAX_VALUE, false, false)).isEqualTo(lines(42, 50) + "\n");
    }

    @Test
    void dashStartsAtTheOldestHistoryLine() {
        Terminal t = terminal(20, 10, seq(1, 50));
        assertThat(PaneCapture.capture(t, Integer.MIN_VALUE, Integer.MAX_VALUE, false, false))
                .isEqualTo(lines(1, 50) + "\n");
    }

    @Test
    void negativeNumbersCountBackIntoHistoryAndRangesClamp() {
        Terminal t = terminal(20, 10, seq(1, 50));
        assertThat(PaneCapture.capture(t, -2, 1, false, false)).isEqualTo(lines(40, 43));
        assertThat(PaneCapture.capture(t, -1000, -40, false, false)).isEqualTo(lines(1, 2));
        // A reversed range is swapped, as tmux does.
        assertThat(PaneCapture.capture(t, 1, 0, false, false)).isEqualTo(lines(42, 43));
    }

    @Test
    void trailingSpacesTrimmedUnlessJoining() {
        Terminal t = terminal(10, 3, "abcdefghijkl  \r\nx   ");
        assertThat(PaneCapture.capture(t, 0, Integer.MAX_VALUE, false, false)).isEqualTo("abcdefghij\nkl\nx\n");
        assertThat(PaneCapture.capture(t, 0, Integer.MAX_VALUE, false, true)).isEqualTo("abcdefghijkl\nx\n");
    }

    @Test
    void escapesKeepSgr() {
        Terminal t = terminal(20, 2, "a\u001b[1;31mred\u001b[0m b");
        String out = PaneCapture.capture(t, 0, 0, true, false);
        assertThat(out).isEqualTo("a\u001b[0;1;31mred\u001b[0m b\n");
        assertThat(PaneCapture.capture(t, 0, 0, false, false)).isEqualTo("ared b\n");
    }
}
