package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.config.Style;
import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * Draws a chooser over the pane area as tmux's mode_tree_draw does:
 * <pre>
 *   (0) - alpha: 2 windows (attached)        the list: shortcut, tree prefix, name: text;
 *   (1) ├─>   0: bash*                       the current line in mode-style, tagged ones bold
 *   (2) └─> + 1: vim-
 *   ┌ 1 (sort: index) (filter: active) ──┐   the preview box: the item's name, the sort, the filter
 *   │ $ make                             │   the previewed screen (its cursor reversed) or text,
 *   │            ┌───┐                   │   with the window or pane number in the middle
 *   │            │ 0 │                   │
 *   └────────────────────────────────────┘
 * </pre>
 * Used by the render thread under the chooser's lock.
 */
final class ChooserPainter {
    /** What the preview box shows. */
    sealed interface Preview {
        /** A pane's screen rows and cursor (cursorRow -1: none). */
        record Screen(List<Pdu.StyledLine> lines, int cursorRow, int cursorCol) implements Preview {}

        /** Plain text (a buffer). */
        record Text(List<String> lines) implements Preview {}
    }

    /** What else the box's top line says: the {@code -f}/{@code f} filter and the typed one. */
    record Filters(boolean format, boolean formatNoMatches, String typed, boolean typing) {
        static final Filters NONE = new Filters(false, false, null, false);
    }

    private final PaneRenderer panes = new PaneRenderer();

    void paint(Screen screen, int top, int cols, int rows, ChooserTree tree, Preview preview, Filters filters,
               Style mode, Style label) {
        tree.rows(rows);
        int h = Math.min(rows, tree.height());
        List<ChooserTree.Line> lines = tree.lines();
        int keyLength = keyLength(lines.size());
        for (int r = 0; r < rows; r++) {
            int i = tree.offset() + r;
            StatusRow row = new StatusRow(cols, Style.NONE);
            if (r < h && i < lines.size()) {
                boolean selected = i == tree.current();
                ChooserTree.Line line = lines.get(i);
                Style style = selected ? mode : Style.NONE;
                if (line.item().tagged) {
                    style = new Style(style.fg(), style.bg(), style.attrs() ^ Style.BOLD, 0);
                }
                row = new StatusRow(cols, selected ? mode : Style.NONE);
                row.put(0, text(line, i, keyLength, lines), style, cols);
            }
            OverlayPainter.draw(screen, row, top + r);
        }
        boolean box = tree.preview() && rows > 4 && h > 4 && rows - h > 4 && cols > 4;
        if (box) {
            box(screen, 0, top + h, cols, rows - h);
            ChooserItem item = tree.currentItem();
            title(screen, top + h, cols, item, tree, filters, mode);
            if (item != null) {
                content(screen, 2, top + h + 1, cols - 4, rows - h - 2, preview, item.label, label);
            }
        } else if (filters.typed() != null || filters.typing()) {
            StatusRow row = new StatusRow(cols, Style.NONE);
            filterText(row, 0, cols, tree, filters, mode);
            OverlayPainter.draw(screen, row, top + rows - 1);
        }
    }

    /** tmux's keylen: the longest shortcut plus "()" and a space; 0 when no line has one. */
    static int keyLength(int lineCount) {
        if (lineCount == 0) {
            return 0;
        }
        return ChooserTree.shortcut(Math.min(lineCount, 36) - 1).length() + 3;
    }

    /** A list line without its styles: {@code (0) ├─> + name*: text}. */
    static String text(ChooserTree.Line line, int index, int keyLength, List<ChooserTree.Line> lines) {
        StringBuilder s = new StringBuilder();
        String key = ChooserTree.shortcut(index);
        String shown = key.isEmpty() ? "" : "(" + key + ")";
        s.append(shown).append(" ".repeat(Math.max(0, keyLength - shown.length())));
        ChooserItem item = line.item();
        String symbol = line.flat() ? "" : item.children.isEmpty() ? "  " : line.open() ? "- " : "+ ";
        if (line.depth() > 0) {
            boolean parentLast = parentLast(line, lines);
            for (int j = 1; j < line.depth(); j++) {
                s.append(parentLast ? "    " : "│   ");
            }
            s.append(line.last() ? "└─> " : "├─> ");
        }
        s.append(symbol).append(item.name).append(item.tagged ? "*" : "").append(": ")
                .append(ChooserItem.plain(item.text));
        return s.toString();
    }

    private static boolean parentLast(ChooserTree.Line line, List<ChooserTree.Line> lines) {
        for (ChooserTree.Line l : lines) {
            if (l.item() == line.item().parent) {
                return l.last();
            }
        }
        return false;
    }

    private static void box(Screen screen, int x, int y, int w, int h) {
        for (int c = 0; c < w; c++) {
            String edge = c == 0 ? "┌" : c == w - 1 ? "┐" : "─";
            String bottom = c == 0 ? "└" : c == w - 1 ? "┘" : "─";
            screen.setCharacter(x + c, y, plain(edge));
            screen.setCharacter(x + c, y + h - 1, plain(bottom));
        }
        for (int r = 1; r < h - 1; r++) {
            screen.setCharacter(x, y + r, plain("│"));
            for (int c = 1; c < w - 1; c++) {
                screen.setCharacter(x + c, y + r, PaneRenderer.BLANK);
            }
            screen.setCharacter(x + w - 1, y + r, plain("│"));
        }
    }

    /** The box's top line: {@code " NAME (sort: SORT)"}, then the filters when they fit. */
    private static void title(Screen screen, int y, int cols, ChooserItem item, ChooserTree tree, Filters filters,
                              Style mode) {
        String text = " " + (item == null ? "" : item.name) + " (sort: " + tree.sortName()
                + (tree.reversed() ? ", reversed" : "") + ") ";
        if (cols - 2 < StatusRow.width(text)) {
            return;
        }
        StatusRow row = new StatusRow(cols - 2, Style.NONE);
        for (int c = 0; c < row.cols(); c++) {
            row.put(c, "─", Style.NONE, row.cols());
        }
        int x = row.put(0, text, Style.NONE, row.cols());
        if (filters.format()) {
            String state = filters.formatNoMatches() ? "no matches" : "active";
            if (row.cols() >= x + 9 + state.length() + 2) {
                x = row.put(x, "(filter: ", Style.NONE, row.cols());
                x = row.put(x, state, filters.formatNoMatches() ? mode : Style.NONE, row.cols());
                x = row.put(x, ") ", Style.NONE, row.cols());
            }
        }
        filterText(row, x, row.cols(), tree, filters, mode);
        for (int c = 0; c < row.cols(); c++) {
            if (!row.glyph(c).isEmpty()) {
                screen.setCharacter(1 + c, y, Styles.cell(row.glyph(c), row.style(c)));
            }
        }
    }

    /** The typed filter, {@code (filter: TEXT)} (a reversed cell after it while typing; "no matches" when nothing matched). */
    private static void filterText(StatusRow row, int x, int limit, ChooserTree tree, Filters filters, Style mode) {
        if (filters.typed() == null && !filters.typing()) {
            return;
        }
        String typed = filters.typed() == null ? "" : filters.typed();
        x = row.put(x, "(filter: " + typed, Style.NONE, limit);
        if (filters.typing() && x < limit) {
            x = row.put(x, " ", new Style(Style.UNSET, Style.UNSET, Style.INVERSE, 0), limit);
        }
        if (tree.noMatches()) {
            x = row.put(x, " ", Style.NONE, limit);
            x = row.put(x, "no matches", mode, limit);
        }
        row.put(x, ") ", Style.NONE, limit);
    }

    /** The preview inside the box: {@code w} x {@code h} from (x, y). */
    private void content(Screen screen, int x, int y, int w, int h, Preview preview, String label, Style labelStyle) {
        if (w <= 0 || h <= 0) {
            return;
        }
        if (preview instanceof Preview.Screen s) {
            // tmux's screen_write_preview: from the top, scrolled so the cursor shows
            int first = s.cursorRow() > h - 1 ? s.cursorRow() - h + 1 : 0;
            for (int r = 0; r < h; r++) {
                int i = first + r;
                panes.drawRow(screen, x, y + r, w, i < s.lines().size() ? s.lines().get(i) : null);
            }
            int cr = s.cursorRow() - first;
            if (s.cursorRow() >= 0 && cr < h && s.cursorCol() >= 0 && s.cursorCol() < w) {
                TextCharacter c = screen.getBackCharacter(x + s.cursorCol(), y + cr);
                screen.setCharacter(x + s.cursorCol(), y + cr,
                        (c == null ? PaneRenderer.BLANK : c).withModifier(SGR.REVERSE));
            }
            if (!label.isEmpty()) {
                label(screen, x, y, w, h, label, labelStyle);
            }
        } else if (preview instanceof Preview.Text t) {
            for (int r = 0; r < h; r++) {
                StatusRow row = new StatusRow(w, Style.NONE);
                if (r < t.lines().size()) {
                    row.put(0, t.lines().get(r).replace("\t", "        "), Style.NONE, w);
                }
                for (int c = 0; c < w; c++) {
                    if (!row.glyph(c).isEmpty()) {
                        screen.setCharacter(x + c, y + r, Styles.cell(row.glyph(c), row.style(c)));
                    }
                }
            }
        }
    }

    /** tmux's window_tree_draw_label: the label in a small box in the middle, when it fits. */
    private static void label(Screen screen, int px, int py, int w, int h, String label, Style style) {
        int len = StatusRow.width(label);
        int ox = (w - len + 1) / 2;
        int oy = (h + 1) / 2;
        if (ox > 1 && ox + len < w - 1 && h >= 3) {
            box(screen, px + ox - 1, py + oy - 1, len + 2, 3);
            Style fgOnly = new Style(style.fg(), Style.UNSET, style.attrs(), 0);
            for (int i = 0; i < label.length(); i++) {
                screen.setCharacter(px + ox + i, py + oy, Styles.cell(String.valueOf(label.charAt(i)), fgOnly));
            }
        }
    }

    private static TextCharacter plain(String glyph) {
        return Styles.cell(glyph, Style.NONE);
    }
}
