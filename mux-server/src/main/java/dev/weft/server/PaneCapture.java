package dev.weft.server;

import dev.weft.emulator.Line;
import dev.weft.emulator.Terminal;
import java.util.ArrayList;
import java.util.List;

/**
 * tmux capture-pane. Line numbers: 0 is the first visible row, negative numbers are history
 * (-1 the newest history line); start {@link Integer#MIN_VALUE} is "-" (the oldest history line),
 * end {@link Integer#MAX_VALUE} the last visible row. Out-of-range numbers are clamped and a
 * reversed range is swapped, as tmux does. One line per row, each ending in "\n".
 *
 * <p>Without -J trailing blanks are trimmed. With -J a wrapped row is kept whole (the program
 * filled it to the margin) and joined with the next; the last row of a joined group is trimmed of
 * blanks, since unlike tmux the emulator does not track which blank cells were written.
 * With -e each style change is written as a full SGR sequence and a styled line ends with ESC[0m.
 */
final class PaneCapture {

    static String capture(Terminal t, int start, int end, boolean escapes, boolean joinWrapped) {
        int history = t.scrollbackSize();
        int rows = t.rows();
        int first = start == Integer.MIN_VALUE ? -history : clamp(start, -history, rows - 1);
        int last = end == Integer.MAX_VALUE ? rows - 1 : clamp(end, -history, rows - 1);
        if (last < first) {
            int tmp = first;
            first = last;
            last = tmp;
        }
        List<Line> lines = new ArrayList<>(last - first + 1);
        for (int n = first; n <= last; n++) {
            lines.add(n < 0 ? t.scrollbackLine(history + n) : t.line(n));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean join = joinWrapped && line.wrapped() && i + 1 < lines.size();
            appendLine(out, line, escapes, !join);
            if (!join) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static void appendLine(StringBuilder out, Line line, boolean escapes, boolean trim) {
        int endCol = line.cols();
        if (trim) {
            while (endCol > 0 && isBlank(line, endCol - 1)) {
                endCol--;
            }
        }
        int fg = 0;
        int bg = 0;
        int ul = 0;
        int attrs = 0;
        for (int col = 0; col < endCol; col++) {
            if (line.width(col) == 0) {
                continue;
            }
            if (escapes) {
                int cf = line.fg(col);
                int cb = line.bg(col);
                int cu = line.underlineColor(col);
                int ca = line.attrs(col);
                if (cf != fg || cb != bg || cu != ul || ca != attrs) {
                    out.append(Sgr.of(cf, cb, cu, ca));
                    fg = cf;
                    bg = cb;
                    ul = cu;
                    attrs = ca;
                }
            }
            String text = line.text(col);
            out.append(text.isEmpty() ? " " : text);
        }
        if (escapes && !Sgr.isDefault(fg, bg, ul, attrs)) {
            out.append("\u001b[0m");
        }
    }

    /** tmux trims trailing spaces whatever their style. */
    private static boolean isBlank(Line line, int col) {
        String text = line.text(col);
        return text.equals(" ") || text.isEmpty();
    }

    private PaneCapture() {}
}
