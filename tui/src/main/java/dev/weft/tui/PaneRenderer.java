package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies a pane mirror's rows into the Lanterna screen at the pane's place. A row is drawn over its
 * whole width: cells the server did not send are blank in the default style. A wide character is
 * followed by an empty continuation cell in the protocol; Lanterna pads a double-width character
 * itself, so continuation cells are skipped (and a wide character that would straddle the pane's
 * right edge is drawn as a blank).
 *
 * <p>Cells are made once per style and printable ASCII character and reused: Lanterna's
 * {@code TextCharacter.fromString} runs a BreakIterator per call, which made a full 200x50 frame
 * several times slower. Used by the render thread only.
 */
final class PaneRenderer {
    static final TextCharacter BLANK = new KnownWidthCharacter(' ', TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
            EnumSet.noneOf(SGR.class));
    private static final int MAX_STYLES = 512;

    private record Style(int fg, int bg, int attrs) {}

    /** One style's colours, SGRs and its ASCII cells, made on first use. */
    private static final class Pen {
        final TextColor fg;
        final TextColor bg;
        final EnumSet<SGR> sgr;
        final boolean hidden;
        final TextCharacter[] ascii = new TextCharacter[128];

        Pen(Style s) {
            fg = CellStyle.color(s.fg());
            bg = CellStyle.color(s.bg());
            sgr = CellStyle.sgr(s.attrs());
            hidden = CellStyle.hidden(s.attrs());
        }

        /** The cell showing {@code text} in this style (hidden or not: callers decide). */
        TextCharacter cell(String text) {
            if (text.isEmpty()) {
                return ascii(' ');
            }
            char c = text.charAt(0);
            if (text.length() == 1) {
                if (c < 0x20 || c == 0x7f) {
                    return ascii(' ');
                }
                return c < 128 ? ascii(c) : new KnownWidthCharacter(c, fg, bg, sgr);
            }
            TextCharacter[] chars = TextCharacter.fromString(text, fg, bg, sgr);
            return chars.length == 0 ? ascii(' ') : chars[0];
        }

        TextCharacter ascii(char c) {
            TextCharacter t = ascii[c];
            if (t == null) {
                t = new KnownWidthCharacter(c, fg, bg, sgr);
                ascii[c] = t;
            }
            return t;
        }
    }

    private final Map<Style, Pen> pens = new HashMap<>();

    /** Draw the rows in {@code rows} (all rows when null) of {@code pane} into {@code place}. */
    void draw(Screen screen, Pdu.PaneGeometry place, PaneMirror pane, BitSet rows) {
        draw(screen, place, pane, rows, 0, 0);
    }

    /**
     * Draw part of a pane: {@code place} is where its visible part goes on the screen (and how big
     * that part is); {@code skipCols}/{@code skipRows} are the pane's cells left of and above it (a
     * session larger than the terminal, shown from an offset). {@code rows} counts pane rows.
     */
    void draw(Screen screen, Pdu.PaneGeometry place, PaneMirror pane, BitSet rows, int skipCols, int skipRows) {
        int height = place.rows();
        int first = skipRows;
        int end = skipRows + height;
        for (int r = rows == null ? first : rows.nextSetBit(first); r >= 0 && r < end;
                r = rows == null ? r + 1 : rows.nextSetBit(r + 1)) {
            Pdu.StyledLine line = r < pane.rows() ? pane.line(r) : null;
            drawRow(screen, place.x(), place.y() + r - skipRows, place.cols(), line, skipCols);
        }
    }

    /** Draw one row: {@code width} cells from (x, y). {@code line} null: a blank row. */
    void drawRow(Screen screen, int x, int y, int width, Pdu.StyledLine line) {
        drawRow(screen, x, y, width, line, 0);
    }

    /** Draw one row's cells {@code skip} to {@code skip + width} at (x, y). {@code line} null: a blank row. */
    void drawRow(Screen screen, int x, int y, int width, Pdu.StyledLine line, int skip) {
        int col = 0; // the line's column
        int end = skip + width;
        boolean padded = false; // the previous cell was drawn double-width: Lanterna padded this one
        if (line != null) {
            for (Pdu.StyledRun run : line.runs()) {
                Pen pen = pen(run);
                for (String cell : run.cells()) {
                    if (col >= end) {
                        return;
                    }
                    if (cell.isEmpty() && padded) {
                        padded = false;
                        col++;
                        continue;
                    }
                    TextCharacter glyph = pen.cell(cell);
                    boolean wide = glyph.isDoubleWidth();
                    if (col < skip) {
                        if (wide && col + 1 == skip) {
                            screen.setCharacter(x, y, pen.ascii(' ')); // its right half only would show
                        }
                        padded = wide;
                        col++;
                        continue;
                    }
                    int sx = x + col - skip;
                    if (wide && col + 1 >= end) {
                        screen.setCharacter(sx, y, pen.ascii(' ')); // half of it does not fit
                        col++;
                        padded = false;
                        continue;
                    }
                    TextCharacter c = pen.hidden ? pen.ascii(' ') : glyph;
                    screen.setCharacter(sx, y, c);
                    if (wide && pen.hidden) {
                        screen.setCharacter(sx + 1, y, c); // two blanks keep the width
                        padded = true;
                    } else {
                        padded = wide;
                    }
                    col++;
                }
            }
        }
        for (col = Math.max(col, skip); col < end; col++) {
            screen.setCharacter(x + col - skip, y, BLANK);
        }
    }

    private Pen pen(Pdu.StyledRun run) {
        Style style = new Style(run.fg(), run.bg(), run.attrs());
        Pen pen = pens.get(style);
        if (pen == null) {
            if (pens.size() >= MAX_STYLES) {
                pens.clear(); // truecolor gradients: do not grow without bound
            }
            pen = new Pen(style);
            pens.put(style, pen);
        }
        return pen;
    }
}
