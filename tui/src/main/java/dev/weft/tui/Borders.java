package dev.weft.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.config.Style;
import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * The lines between panes, as tmux 3.3 draws them ({@code screen-redraw.c}). A border cell is a
 * cell of the pane area next to a pane but inside none; its glyph joins the border cells around it
 * ({@code │ ─ ┼ ├ ┤ ┬ ┴ ┌ ┐ └ ┘}). It is drawn in {@code border.active_style} when it is on the
 * active pane's edge, else in {@code border.style}. With exactly two panes, tmux splits their
 * shared border in half: the left (top) pane owns the cells up to half its height (width), the
 * other pane the rest, so only the half next to the active pane is coloured.
 */
final class Borders {
    private static final char[] GLYPHS = new char[16];

    static {
        // index: up 1, down 2, left 4, right 8
        GLYPHS[0] = '─';
        GLYPHS[1] = '│';
        GLYPHS[2] = '│';
        GLYPHS[3] = '│';
        GLYPHS[4] = '─';
        GLYPHS[8] = '─';
        GLYPHS[12] = '─';
        GLYPHS[1 | 2 | 4 | 8] = '┼';
        GLYPHS[1 | 2 | 8] = '├';
        GLYPHS[1 | 2 | 4] = '┤';
        GLYPHS[2 | 4 | 8] = '┬';
        GLYPHS[1 | 4 | 8] = '┴';
        GLYPHS[2 | 8] = '┌';
        GLYPHS[2 | 4] = '┐';
        GLYPHS[1 | 8] = '└';
        GLYPHS[1 | 4] = '┘';
    }

    private Borders() {}

    /** Which border cells there are in a cols x rows pane area. */
    static boolean[][] cells(List<Pdu.PaneGeometry> places, int cols, int rows) {
        boolean[][] inside = new boolean[rows][cols];
        for (Pdu.PaneGeometry p : places) {
            for (int y = Math.max(0, p.y()); y < Math.min(rows, p.y() + p.rows()); y++) {
                for (int x = Math.max(0, p.x()); x < Math.min(cols, p.x() + p.cols()); x++) {
                    inside[y][x] = true;
                }
            }
        }
        boolean[][] border = new boolean[rows][cols];
        for (Pdu.PaneGeometry p : places) {
            for (int y = p.y() - 1; y <= p.y() + p.rows(); y++) {
                for (int x = p.x() - 1; x <= p.x() + p.cols(); x++) {
                    if (y >= 0 && y < rows && x >= 0 && x < cols && !inside[y][x]) {
                        border[y][x] = true;
                    }
                }
            }
        }
        return border;
    }

    /** The glyph of border cell (x, y). */
    static char glyph(boolean[][] border, int x, int y) {
        int rows = border.length;
        int cols = rows == 0 ? 0 : border[0].length;
        int bits = (y > 0 && border[y - 1][x] ? 1 : 0)
                | (y + 1 < rows && border[y + 1][x] ? 2 : 0)
                | (x > 0 && border[y][x - 1] ? 4 : 0)
                | (x + 1 < cols && border[y][x + 1] ? 8 : 0);
        char c = GLYPHS[bits];
        return c == 0 ? '─' : c;
    }

    /** Whether border cell (x, y) is drawn in the active style. */
    static boolean active(List<Pdu.PaneGeometry> places, int activePaneId, int x, int y) {
        Pdu.PaneGeometry a = null;
        for (Pdu.PaneGeometry p : places) {
            if (p.paneId() == activePaneId) {
                a = p;
            }
        }
        if (a == null) {
            return false;
        }
        if (places.size() == 2) {
            Pdu.PaneGeometry first = places.get(0);
            Pdu.PaneGeometry second = places.get(1);
            Pdu.PaneGeometry left = first.x() <= second.x() ? first : second;
            Pdu.PaneGeometry right = left == first ? second : first;
            if (left.x() + left.cols() + 1 == right.x() && x == left.x() + left.cols()) {
                boolean leftOwns = y - left.y() <= left.rows() / 2;
                return (leftOwns ? left : right).paneId() == activePaneId;
            }
            Pdu.PaneGeometry upper = first.y() <= second.y() ? first : second;
            Pdu.PaneGeometry lower = upper == first ? second : first;
            if (upper.y() + upper.rows() + 1 == lower.y() && y == upper.y() + upper.rows()) {
                boolean upperOwns = x - upper.x() <= upper.cols() / 2;
                return (upperOwns ? upper : lower).paneId() == activePaneId;
            }
        }
        return x >= a.x() - 1 && x <= a.x() + a.cols() && y >= a.y() - 1 && y <= a.y() + a.rows();
    }

    static void paint(Screen screen, List<Pdu.PaneGeometry> places, int activePaneId, int cols, int top, int rows,
                      Style normal, Style activeStyle) {
        boolean[][] border = cells(places, cols, rows);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (border[y][x]) {
                    Style style = active(places, activePaneId, x, y) ? activeStyle : normal;
                    TextCharacter c = Styles.cell(String.valueOf(glyph(border, x, y)), style);
                    screen.setCharacter(x, top + y, c);
                }
            }
        }
    }
}
