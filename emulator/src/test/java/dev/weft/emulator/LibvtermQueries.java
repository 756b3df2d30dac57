package dev.weft.emulator;

import java.nio.charset.StandardCharsets;

/**
 * Answers libvterm harness {@code ?queries} from weft's state, in the harness's output format.
 * Where libvterm folds presentation into its cells (DECSCNM reverses every cell, indexed colours
 * are resolved through its palette), this does the same fold from weft's mode and colour data.
 */
final class LibvtermQueries {
    /** libvterm's default palette for the 16 ANSI colours. */
    private static final int[][] ANSI = {
        {0, 0, 0}, {224, 0, 0}, {0, 224, 0}, {224, 224, 0}, {0, 0, 224}, {224, 0, 224}, {0, 224, 224},
        {224, 224, 224}, {128, 128, 128}, {255, 64, 64}, {64, 255, 64}, {255, 255, 64}, {64, 64, 255},
        {255, 64, 255}, {64, 255, 255}, {255, 255, 255},
    };
    private static final int[] RAMP6 = {0x00, 0x33, 0x66, 0x99, 0xCC, 0xFF};
    private static final int[] RAMP24 = {0x00, 0x0B, 0x16, 0x21, 0x2C, 0x37, 0x42, 0x4D, 0x58, 0x63, 0x6E, 0x79,
        0x85, 0x90, 0x9B, 0xA6, 0xB1, 0xBC, 0xC7, 0xD2, 0xDD, 0xE8, 0xF3, 0xFF};

    int[] defaultFg = {240, 240, 240};
    int[] defaultBg = {0, 0, 0};

    /** Answer one query (the text between '?' and '='), or null if it is not one weft can answer. */
    String answer(Terminal term, String query) {
        Emulator e = term.emulator();
        String[] parts = query.strip().split("\\s+", 2);
        String name = parts[0];
        String args = parts.length > 1 ? parts[1].strip() : "";
        return switch (name) {
            case "cursor" -> e.cy + "," + e.cx;
            case "screen_row" -> {
                int r = Integer.parseInt(args);
                yield chars(e, r, 0, r + 1, e.cols);
            }
            case "screen_chars" -> {
                int[] a = ints(args);
                yield chars(e, a[0], a[1], a[2], a[3]);
            }
            case "screen_text" -> {
                int[] a = ints(args);
                byte[] b = chars(e, a[0], a[1], a[2], a[3]).getBytes(StandardCharsets.UTF_8);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < b.length; i++) {
                    sb.append(i == 0 ? "" : ",").append(String.format("0x%02x", b[i] & 0xFF));
                }
                yield sb.toString();
            }
            case "screen_cell" -> {
                int[] a = ints(args);
                yield cell(e, a[0], a[1]);
            }
            case "screen_eol" -> {
                int[] a = ints(args);
                Row row = e.grid[a[0]];
                int eol = 1;
                for (int c = a[1]; c < e.cols; c++) {
                    if (row.cp[c] != Row.BLANK) {
                        eol = 0;
                        break;
                    }
                }
                yield Integer.toString(eol);
            }
            case "lineinfo" -> {
                int r = Integer.parseInt(args);
                boolean cont = r > 0 ? e.grid[r - 1].wrapped
                        : !e.altActive && e.scrollback.size() > 0
                                && e.scrollback.get(e.scrollback.size() - 1).wrapped();
                yield cont ? "cont" : "";
            }
            case "pen" -> pen(e, args);
            default -> null;
        };
    }

    private static int[] ints(String s) {
        String[] p = s.split(",");
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i].strip());
        }
        return out;
    }

    /** libvterm's _get_chars: erased cells are padding, emitted only before later text; rows joined by \n. */
    static String chars(Emulator e, int r0, int c0, int r1, int c1) {
        StringBuilder sb = new StringBuilder();
        for (int r = r0; r < r1 && r < e.rows; r++) {
            int padding = 0;
            Row row = e.grid[r];
            for (int c = c0; c < c1 && c < e.cols; c++) {
                int cp = row.cp[c];
                if (cp == Row.BLANK) {
                    padding++;
                } else if (cp != Row.WIDE_TAIL) {
                    sb.append(" ".repeat(padding));
                    padding = 0;
                    sb.appendCodePoint(cp);
                    if (row.marks != null && row.marks[c] != null) {
                        sb.append(row.marks[c]);
                    }
                }
            }
            if (r < r1 - 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private String cell(Emulator e, int r, int c) {
        Row row = e.grid[r];
        StringBuilder sb = new StringBuilder("{");
        int cp = row.cp[c];
        if (cp != Row.BLANK && cp != Row.WIDE_TAIL) {
            sb.append(String.format("0x%x", cp));
            if (row.marks != null && row.marks[c] != null) {
                row.marks[c].codePoints().forEach(m -> sb.append(String.format(",0x%x", m)));
            }
        }
        int at = row.attrs[c];
        sb.append("} width=").append((at & Row.WIDE) != 0 ? 2 : 1).append(" attrs={");
        boolean reverse = ((at & CellAttrs.INVERSE) != 0) ^ e.modes.reverseVideo;
        if ((at & CellAttrs.BOLD) != 0) {
            sb.append('B');
        }
        if (CellAttrs.underline(at) != 0) {
            sb.append('U').append(libvtermUnderline(CellAttrs.underline(at)));
        }
        if ((at & CellAttrs.ITALIC) != 0) {
            sb.append('I');
        }
        if ((at & CellAttrs.BLINK) != 0) {
            sb.append('K');
        }
        if (reverse) {
            sb.append('R');
        }
        sb.append("} ");
        sb.append("fg=").append(rgb(row.fg[c], true)).append(' ');
        sb.append("bg=").append(rgb(row.bg[c], false));
        return sb.toString();
    }

    /** libvterm numbers underline styles 1 single, 2 double, 3 curly. */
    private static int libvtermUnderline(int u) {
        return u;
    }

    private String rgb(int color, boolean fg) {
        int[] v;
        if (Colors.isRgb(color)) {
            v = new int[] {color >> 16 & 0xFF, color >> 8 & 0xFF, color & 0xFF};
        } else if (Colors.isIndexed(color)) {
            v = palette(color & 0xFF);
        } else {
            v = fg ? defaultFg : defaultBg;
        }
        return "rgb(" + v[0] + "," + v[1] + "," + v[2] + ")";
    }

    static int[] palette(int i) {
        if (i < 16) {
            return ANSI[i];
        }
        if (i < 232) {
            int x = i - 16;
            return new int[] {RAMP6[x / 36], RAMP6[x / 6 % 6], RAMP6[x % 6]};
        }
        int g = RAMP24[i - 232];
        return new int[] {g, g, g};
    }

    private String pen(Emulator e, String attr) {
        Pen p = e.pen;
        return switch (attr) {
            case "bold" -> onOff((p.attrs & CellAttrs.BOLD) != 0);
            case "italic" -> onOff((p.attrs & CellAttrs.ITALIC) != 0);
            case "blink" -> onOff((p.attrs & CellAttrs.BLINK) != 0);
            case "reverse" -> onOff((p.attrs & CellAttrs.INVERSE) != 0);
            case "underline" -> Integer.toString(libvtermUnderline(CellAttrs.underline(p.attrs)));
            case "foreground" -> penColor(p.fg, true);
            case "background" -> penColor(p.bg, false);
            default -> "(" + attr + " not supported by weft)";
        };
    }

    private String penColor(int c, boolean fg) {
        if (Colors.isIndexed(c)) {
            return "idx(" + (c & 0xFF) + ")";
        }
        if (Colors.isRgb(c)) {
            return "rgb(" + (c >> 16 & 0xFF) + "," + (c >> 8 & 0xFF) + "," + (c & 0xFF) + ")";
        }
        int[] v = fg ? defaultFg : defaultBg;
        return "rgb(" + v[0] + "," + v[1] + "," + v[2] + (fg ? ",is_default_fg)" : ",is_default_bg)");
    }

    private static String onOff(boolean b) {
        return b ? "on" : "off";
    }
}
