package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines copy mode looks at, frozen at entry: line {@code y} runs from {@code -historySize()}
 * (the oldest history line) to {@code rows() - 1}; 0 is the screen's first row (so history line
 * {@code y} is the server's absolute line {@code historyEnd + y}). A line not fetched yet is null.
 */
interface CopyLines {
    int cols();

    int rows();

    /** History lines above the screen (0 until the server said). */
    long historySize();

    /** Line {@code y}, or null while it is not here (it is drawn blank). */
    Pdu.StyledLine line(long y);

    // ---- cells of a line -------------------------------------------------------------------

    /** The line's cells, one string per cell ("" for the right half of a wide character). */
    static List<String> cells(Pdu.StyledLine line) {
        List<String> out = new ArrayList<>();
        if (line != null) {
            for (Pdu.StyledRun run : line.runs()) {
                out.addAll(run.cells());
            }
        }
        return out;
    }

    /** tmux's find_length: the columns up to the last cell that is not blank. */
    static int length(List<String> cells) {
        int n = cells.size();
        while (n > 0 && blank(cells.get(n - 1))) {
            n--;
        }
        return n;
    }

    static boolean blank(String cell) {
        return cell.isEmpty() || cell.equals(" ");
    }

    /** Cells {@code from} (inclusive) to {@code to} (exclusive) as text; a wide character's continuation cell adds nothing. */
    static String text(List<String> cells, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int x = Math.max(0, from); x < Math.min(to, cells.size()); x++) {
            b.append(cells.get(x));
        }
        return b.toString();
    }

    /** The row's text with trailing blanks trimmed (for matching and copying). */
    static String trimmed(Pdu.StyledLine line) {
        List<String> c = cells(line);
        return text(c, 0, length(c));
    }
}
