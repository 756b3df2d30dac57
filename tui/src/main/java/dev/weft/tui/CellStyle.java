package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * Maps the protocol's cell colours and attribute bits to Lanterna colours and SGRs.
 *
 * <p>Colours: {@code 0} default, {@code 0x1000000 | index} palette, {@code 0x2000000 | 0xRRGGBB}
 * truecolor. Palette 0-7 and 8-15 become Lanterna's ANSI colours (SGR 30-37 / 90-97, which every
 * outer terminal honours), 16-255 {@code 38;5;n}. Attribute bits are the emulator's
 * {@code CellAttrs} (copied: tui does not depend on the emulator). Lanterna has no SGR for dim,
 * hidden or overline: dim is dropped, hidden cells are drawn blank.
 */
final class CellStyle {
    static final int BOLD = 1;
    static final int DIM = 1 << 1;
    static final int ITALIC = 1 << 2;
    static final int UNDERLINE_SHIFT = 3;
    static final int UNDERLINE_MASK = 7 << UNDERLINE_SHIFT;
    static final int BLINK = 1 << 6;
    static final int INVERSE = 1 << 7;
    static final int HIDDEN = 1 << 8;
    static final int STRIKE = 1 << 9;
    static final int OVERLINE = 1 << 10;

    static final int PALETTE = 0x1000000;
    static final int RGB = 0x2000000;
    private static final int KIND_MASK = 0x3000000;

    private static final TextColor.ANSI[] NORMAL = {
        TextColor.ANSI.BLACK, TextColor.ANSI.RED, TextColor.ANSI.GREEN, TextColor.ANSI.YELLOW,
        TextColor.ANSI.BLUE, TextColor.ANSI.MAGENTA, TextColor.ANSI.CYAN, TextColor.ANSI.WHITE,
    };
    private static final TextColor.ANSI[] BRIGHT = {
        TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.RED_BRIGHT, TextColor.ANSI.GREEN_BRIGHT,
        TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE_BRIGHT, TextColor.ANSI.MAGENTA_BRIGHT,
        TextColor.ANSI.CYAN_BRIGHT, TextColor.ANSI.WHITE_BRIGHT,
    };
    private static final TextColor.Indexed[] INDEXED = new TextColor.Indexed[256];

    static {
        for (int i = 16; i < 256; i++) {
            INDEXED[i] = new TextColor.Indexed(i);
        }
    }

    static TextColor color(int value) {
        switch (value & KIND_MASK) {
            case PALETTE: {
                int index = value & 0xFF;
                if (index < 8) {
                    return NORMAL[index];
                }
                if (index < 16) {
                    return BRIGHT[index - 8];
                }
                return INDEXED[index];
            }
            case RGB:
                return new TextColor.RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
            default:
                return TextColor.ANSI.DEFAULT;
        }
    }

    static EnumSet<SGR> sgr(int attrs) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        if ((attrs & BOLD) != 0) {
            set.add(SGR.BOLD);
        }
        if ((attrs & ITALIC) != 0) {
            set.add(SGR.ITALIC);
        }
        if ((attrs & UNDERLINE_MASK) != 0) {
            set.add(SGR.UNDERLINE);
        }
        if ((attrs & BLINK) != 0) {
            set.add(SGR.BLINK);
        }
        if ((attrs & INVERSE) != 0) {
            set.add(SGR.REVERSE);
        }
        if ((attrs & STRIKE) != 0) {
            set.add(SGR.CROSSED_OUT);
        }
        return set;
    }

    static boolean hidden(int attrs) {
        return (attrs & HIDDEN) != 0;
    }

    private CellStyle() {}
}
