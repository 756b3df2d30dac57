package dev.weft.tui;

import java.util.List;

/**
 * The text of a copy-mode selection, as tmux copies it: each row's selected cells with trailing
 * blanks trimmed, rows joined with a newline except where a row wrapped into the next (then they
 * join without one and nothing is trimmed); a rectangle takes the same columns of every row. In vi
 * mode a selection whose end reaches past the last row's text (after {@code $}, or select-line)
 * ends with a newline, as tmux 3.3's window_copy_get_selection keeps it ("unless at end in vi mode").
 */
final class CopyText {
    private CopyText() {}

    static String of(CopyLines lines, CopyMode.Selection s) {
        StringBuilder out = new StringBuilder();
        int cols = lines.cols();
        for (long y = s.startY(); y <= s.endY(); y++) {
            var line = lines.line(y);
            List<String> cells = CopyLines.cells(line);
            int[] range = s.columns(y, cols);
            String part = range == null ? "" : CopyLines.text(cells, range[0], range[1]);
            boolean joins = s.kind() != CopyMode.Kind.RECT && line != null && line.wrapped() && y < s.endY();
            if (joins) {
                out.append(part);
                continue;
            }
            out.append(part.stripTrailing());
            if (y < s.endY()) {
                out.append('\n');
            }
        }
        if (s.inclusive()) {
            long last = s.endY();
            int[] range = s.columns(last, cols);
            if (range != null && range[1] - 1 >= CopyLines.length(CopyLines.cells(lines.line(last)))) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
