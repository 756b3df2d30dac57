package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.config.Style;
import java.util.EnumSet;

/**
 * The part of the pane area a smaller session does not cover, drawn as tmux 3.3 does (checked
 * against tmux here): a border column just right of the session ({@code │}), a border row just
 * below it ({@code ─}), {@code ┘} where they meet, all in {@code border.style}; every cell beyond
 * is {@code ·} (U+00B7) in the default style.
 */
final class OutsideArea {
    static final char FILL = '\u00b7';
    private static final TextCharacter FILL_CELL = new KnownWidthCharacter(FILL, TextColor.ANSI.DEFAULT,
            TextColor.ANSI.DEFAULT, EnumSet.noneOf(SGR.class));

    private OutsideArea() {}

    /** Paint the outside of {@code v} into the pane area starting at screen row {@code top}. */
    static void paint(Screen screen, Viewport v, int top, Style borderStyle) {
        if (!v.outsideRight() && !v.outsideBelow()) {
            return;
        }
        int sessionCols = v.visibleCols();
        int sessionRows = v.visibleRows();
        for (int y = 0; y < v.areaRows(); y++) {
            for (int x = 0; x < v.areaCols(); x++) {
                if (x < sessionCols && y < sessionRows) {
                    continue;
                }
                String glyph;
                if (v.outsideRight() && x == sessionCols && y < sessionRows) {
                    glyph = "│";
                } else if (v.outsideBelow() && y == sessionRows && x < sessionCols) {
                    glyph = "─";
                } else if (v.outsideRight() && v.outsideBelow() && x == sessionCols && y == sessionRows) {
                    glyph = "┘";
                } else {
                    screen.setCharacter(x, top + y, FILL_CELL);
                    continue;
                }
                screen.setCharacter(x, top + y, Styles.cell(glyph, borderStyle));
            }
        }
    }
}
