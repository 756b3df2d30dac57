package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.util.BitSet;
import java.util.EnumSet;

/**
 * Copies a pane mirror's rows into the Lanterna screen at the pane's place. A row is drawn over its
 * whole width: cells the server did not send are blank in the default style. A wide character is
 * followed by an empty continuation cell in the protocol; Lanterna pads a double-width character
 * itself, so continuation cells are skipped (and a wide character that would straddle the pane's
 * right edge is drawn as a blank).
 */
final class PaneRenderer {
    static final TextCharacter BLANK = TextCharacter.DEFAULT_CHARACTER;

    private PaneRenderer() {}

    /** Draw the rows in {@code rows} (all rows when null) of {@code pane} into {@code place}. */
    static void draw(Screen screen, Pdu.PaneGeometry place, PaneMirror pane, BitSet rows) {
        int height = place.rows();
        for (int r = rows == null ? 0 : rows.nextSetBit(0); r >= 0 && r < height;
                r = rows == null ? r + 1 : rows.nextSetBit(r + 1)) {
            Pdu.StyledLine line = r < pane.rows() ? pane.line(r) : null;
            drawRow(screen, place.x(), place.y() + r, place.cols(), line);
        }
    }

    /** Draw one row: {@code width} cells from (x, y). {@code line} null: a blank row. */
    static void drawRow(Screen screen, int x, int y, int width, Pdu.StyledLine line) {
        int col = 0;
        boolean padded = false; // the previous cell was drawn double-width: Lanterna padded this one
        if (line != null) {
            for (Pdu.StyledRun run : line.runs()) {
                TextColor fg = CellStyle.color(run.fg());
                TextColor bg = CellStyle.color(run.bg());
                EnumSet<SGR> sgr = CellStyle.sgr(run.attrs());
                boolean hidden = CellStyle.hidden(run.attrs());
                for (String cell : run.cells()) {
                    if (col >= width) {
                        return;
                    }
                    if (cell.isEmpty() && padded) {
                        padded = false;
                        col++;
                        continue;
                    }
                    TextCharacter c = character(cell, fg, bg, sgr);
                    if (c.isDoubleWidth() && (hidden || col + 1 >= width)) {
                        // keep the width, lose the glyph: two blanks (or one at the right edge)
                        TextCharacter space = character(" ", fg, bg, sgr);
                        screen.setCharacter(x + col, y, space);
                        if (col + 1 < width) {
                            screen.setCharacter(x + col + 1, y, space);
                        }
                        col++;
                        padded = true; // the continuation cell that follows is already blank
                        continue;
                    }
                    if (hidden) {
                        c = character(" ", fg, bg, sgr);
                    }
                    screen.setCharacter(x + col, y, c);
                    padded = c.isDoubleWidth();
                    col++;
                }
            }
        }
        for (; col < width; col++) {
            screen.setCharacter(x + col, y, BLANK);
        }
    }

    private static TextCharacter character(String cell, TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
        String text = cell.isEmpty() || cell.codePointAt(0) < 0x20 || cell.codePointAt(0) == 0x7f
                ? " " : cell;
        TextCharacter[] chars = TextCharacter.fromString(text, fg, bg, sgr);
        return chars.length == 0 ? TextCharacter.fromString(" ", fg, bg, sgr)[0] : chars[0];
    }
}
