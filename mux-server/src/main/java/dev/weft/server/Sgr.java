package dev.weft.server;

import dev.weft.emulator.CellAttrs;
import dev.weft.emulator.Colors;

/** A cell style as one SGR sequence that starts from a reset ({@code ESC[0;...m}). */
final class Sgr {

    static boolean isDefault(int fg, int bg, int ul, int attrs) {
        return fg == 0 && bg == 0 && ul == 0 && attrs == 0;
    }

    static String of(int fg, int bg, int ul, int attrs) {
        StringBuilder sb = new StringBuilder("\u001b[0");
        if ((attrs & CellAttrs.BOLD) != 0) {
            sb.append(";1");
        }
        if ((attrs & CellAttrs.DIM) != 0) {
            sb.append(";2");
        }
        if ((attrs & CellAttrs.ITALIC) != 0) {
            sb.append(";3");
        }
        int underline = CellAttrs.underline(attrs);
        if (underline == 1) {
            sb.append(";4");
        } else if (underline > 1) {
            sb.append(";4:").append(underline);
        }
        if ((attrs & CellAttrs.BLINK) != 0) {
            sb.append(";5");
        }
        if ((attrs & CellAttrs.INVERSE) != 0) {
            sb.append(";7");
        }
        if ((attrs & CellAttrs.HIDDEN) != 0) {
            sb.append(";8");
        }
        if ((attrs & CellAttrs.STRIKE) != 0) {
            sb.append(";9");
        }
        if ((attrs & CellAttrs.OVERLINE) != 0) {
            sb.append(";53");
        }
        color(sb, fg, 30, 90, 38);
        color(sb, bg, 40, 100, 48);
        if (ul != 0) {
            color(sb, ul, -1, -1, 58);
        }
        return sb.append('m').toString();
    }

    private static void color(StringBuilder sb, int c, int base, int brightBase, int extended) {
        if (Colors.isRgb(c)) {
            sb.append(';').append(extended).append(";2;").append(c >> 16 & 0xFF).append(';')
                    .append(c >> 8 & 0xFF).append(';').append(c & 0xFF);
        } else if (Colors.isIndexed(c)) {
            int i = c & 0xFF;
            if (base >= 0 && i < 8) {
                sb.append(';').append(base + i);
            } else if (brightBase >= 0 && i < 16) {
                sb.append(';').append(brightBase + i - 8);
            } else {
                sb.append(';').append(extended).append(";5;").append(i);
            }
        }
    }

    private Sgr() {}
}
