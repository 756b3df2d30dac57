package dev.weft.config;

/**
 * Terminal cell widths of status text, without a full width table: East Asian wide and
 * fullwidth ranges and emoji count 2, combining marks and controls 0, the rest 1. Style markers
 * ({@code #[...]}) take no cells and are never cut.
 */
public final class Cells {
    private Cells() {}

    /** Cells one code point takes. */
    public static int width(int cp) {
        if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x200b) {
            return 0;
        }
        if (cp < 0x300) {
            return 1;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f) || cp == 0x2329 || cp == 0x232a
                || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xa000 && cp <= 0xa4cf) || (cp >= 0xa960 && cp <= 0xa97f)
                || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe10 && cp <= 0xfe19) || (cp >= 0xfe30 && cp <= 0xfe6f)
                || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff)
                || (cp >= 0x1f680 && cp <= 0x1f6ff) || (cp >= 0x20000 && cp <= 0x3fffd);
    }

    /** Cells {@code s} takes, style markers not counted. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int end = markerEnd(s, i);
            if (end > i) {
                i = end;
                continue;
            }
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The start of {@code s} that fits in {@code cells} (a wide character that would not fit is dropped). */
    public static String keepStart(String s, int cells) {
        StringBuilder out = new StringBuilder();
        int w = 0;
        boolean full = false;
        for (int i = 0; i < s.length(); ) {
            int end = markerEnd(s, i);
            if (end > i) {
                out.append(s, i, end);
                i = end;
                continue;
            }
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (full || w + cw > cells) {
                full = true;
            } else {
                out.appendCodePoint(cp);
                w += cw;
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The end of {@code s} that fits in {@code cells}. */
    public static String keepEnd(String s, int cells) {
        int total = width(s);
        if (total <= cells) {
            return s;
        }
        int skip = total - cells; // cells to drop from the front
        StringBuilder out = new StringBuilder();
        int dropped = 0;
        for (int i = 0; i < s.length(); ) {
            int end = markerEnd(s, i);
            if (end > i) {
                out.append(s, i, end);
                i = end;
                continue;
            }
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (dropped < skip) {
                dropped += cw; // a wide character straddling the cut goes too
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** End (exclusive) of a style marker starting at {@code i}, or {@code i} when there is none. */
    private static int markerEnd(String s, int i) {
        if (s.charAt(i) != '#' || i + 1 >= s.length() || s.charAt(i + 1) != '[') {
            return i;
        }
        int close = s.indexOf(']', i + 2);
        return close < 0 ? i : close + 1;
    }
}
