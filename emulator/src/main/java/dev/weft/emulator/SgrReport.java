package dev.weft.emulator;

/** The pen as SGR parameters, for DECRQSS; libvterm's order, colon forms for extended colours. */
final class SgrReport {
    private SgrReport() {}

    static String of(Pen pen) {
        StringBuilder sb = new StringBuilder();
        int a = pen.attrs;
        flag(sb, a, CellAttrs.BOLD, "1");
        flag(sb, a, CellAttrs.DIM, "2");
        flag(sb, a, CellAttrs.ITALIC, "3");
        int u = CellAttrs.underline(a);
        if (u == 1) {
            add(sb, "4");
        } else if (u == 2) {
            add(sb, "21");
        } else if (u > 2) {
            add(sb, "4:" + u);
        }
        flag(sb, a, CellAttrs.BLINK, "5");
        flag(sb, a, CellAttrs.INVERSE, "7");
        flag(sb, a, CellAttrs.HIDDEN, "8");
        flag(sb, a, CellAttrs.STRIKE, "9");
        flag(sb, a, CellAttrs.OVERLINE, "53");
        color(sb, pen.fg, 30, 90, "38");
        color(sb, pen.bg, 40, 100, "48");
        if (pen.ul != 0) {
            color(sb, pen.ul, -1, -1, "58");
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    private static void flag(StringBuilder sb, int attrs, int bit, String code) {
        if ((attrs & bit) != 0) {
            add(sb, code);
        }
    }

    private static void add(StringBuilder sb, String code) {
        if (sb.length() > 0) {
            sb.append(';');
        }
        sb.append(code);
    }

    private static void color(StringBuilder sb, int c, int base, int brightBase, String ext) {
        if (Colors.isIndexed(c)) {
            int i = c & 0xFF;
            if (base >= 0 && i < 8) {
                add(sb, Integer.toString(base + i));
            } else if (base >= 0 && i < 16) {
                add(sb, Integer.toString(brightBase + i - 8));
            } else {
                add(sb, ext + ":5:" + i);
            }
        } else if (Colors.isRgb(c)) {
            add(sb, ext + ":2:" + (c >> 16 & 0xFF) + ":" + (c >> 8 & 0xFF) + ":" + (c & 0xFF));
        }
    }
}
