package dev.weft.emulator;

/**
 * SGR (CSI ... m): the full xterm set, colours in 16, 256 and 24-bit forms, both
 * {@code 38;2;r;g;b} and {@code 38:2:[colourspace:]r:g:b}, underline styles {@code 4:n}.
 */
final class Sgr {
    private Sgr() {}

    static void apply(CsiParams p, Pen pen) {
        int n = p.size();
        if (n == 0) {
            reset(pen);
            return;
        }
        int i = 0;
        while (i < n) {
            int v = p.get(i, 0);
            int next = i + 1;
            switch (v) {
                case 0 -> reset(pen);
                case 1 -> pen.attrs |= CellAttrs.BOLD;
                case 2 -> pen.attrs |= CellAttrs.DIM;
                case 3 -> pen.attrs |= CellAttrs.ITALIC;
                case 4 -> {
                    int style = 1;
                    if (p.hasMore(i)) {
                        style = p.get(i + 1, 0);
                        next = skipSubParams(p, i);
                        if (style > 5) {
                            style = 1;
                        }
                    }
                    pen.attrs = (pen.attrs & ~CellAttrs.UNDERLINE_MASK) | (style << CellAttrs.UNDERLINE_SHIFT);
                }
                case 5, 6 -> pen.attrs |= CellAttrs.BLINK;
                case 7 -> pen.attrs |= CellAttrs.INVERSE;
                case 8 -> pen.attrs |= CellAttrs.HIDDEN;
                case 9 -> pen.attrs |= CellAttrs.STRIKE;
                case 21 -> pen.attrs = (pen.attrs & ~CellAttrs.UNDERLINE_MASK) | (2 << CellAttrs.UNDERLINE_SHIFT);
                case 22 -> pen.attrs &= ~(CellAttrs.BOLD | CellAttrs.DIM);
                case 23 -> pen.attrs &= ~CellAttrs.ITALIC;
                case 24 -> pen.attrs &= ~CellAttrs.UNDERLINE_MASK;
                case 25 -> pen.attrs &= ~CellAttrs.BLINK;
                case 27 -> pen.attrs &= ~CellAttrs.INVERSE;
                case 28 -> pen.attrs &= ~CellAttrs.HIDDEN;
                case 29 -> pen.attrs &= ~CellAttrs.STRIKE;
                case 30, 31, 32, 33, 34, 35, 36, 37 -> pen.fg = Colors.indexed(v - 30);
                case 38 -> {
                    long r = extendedColor(p, i);
                    if (r >= 0) {
                        pen.fg = (int) r;
                    }
                    next = nextIndex(p, i);
                }
                case 39 -> pen.fg = Colors.DEFAULT;
                case 40, 41, 42, 43, 44, 45, 46, 47 -> pen.bg = Colors.indexed(v - 40);
                case 48 -> {
                    long r = extendedColor(p, i);
                    if (r >= 0) {
                        pen.bg = (int) r;
                    }
                    next = nextIndex(p, i);
                }
                case 49 -> pen.bg = Colors.DEFAULT;
                case 53 -> pen.attrs |= CellAttrs.OVERLINE;
                case 55 -> pen.attrs &= ~CellAttrs.OVERLINE;
                case 58 -> {
                    long r = extendedColor(p, i);
                    if (r >= 0) {
                        pen.ul = (int) r;
                    }
                    next = nextIndex(p, i);
                }
                case 59 -> pen.ul = Colors.DEFAULT;
                case 90, 91, 92, 93, 94, 95, 96, 97 -> pen.fg = Colors.indexed(v - 90 + 8);
                case 100, 101, 102, 103, 104, 105, 106, 107 -> pen.bg = Colors.indexed(v - 100 + 8);
                default -> next = skipSubParams(p, i);
            }
            if (next == i + 1 && p.hasMore(i)) {
                next = skipSubParams(p, i);
            }
            i = next;
        }
    }

    private static void reset(Pen pen) {
        pen.fg = 0;
        pen.bg = 0;
        pen.ul = 0;
        pen.attrs &= Row.PROTECTED;
    }

    /** Index after parameter {@code i} and all its colon sub-parameters. */
    private static int skipSubParams(CsiParams p, int i) {
        int j = i;
        while (p.hasMore(j)) {
            j++;
        }
        return j + 1;
    }

    /** Index after an extended colour starting at {@code i} (38/48/58). */
    private static int nextIndex(CsiParams p, int i) {
        if (p.hasMore(i)) {
            return skipSubParams(p, i);
        }
        int mode = p.get(i + 1, -1);
        if (mode == 5) {
            return i + 3;
        }
        if (mode == 2) {
            return i + 5;
        }
        return i + 2;
    }

    /** The colour of an extended colour at {@code i}, or -1 if malformed. */
    private static long extendedColor(CsiParams p, int i) {
        if (p.hasMore(i)) {
            int end = skipSubParams(p, i); // exclusive
            int subs = end - i - 1;
            int mode = p.get(i + 1, -1);
            if (mode == 5 && subs >= 2) {
                return Colors.indexed(p.get(i + 2, 0));
            }
            if (mode == 2 && subs >= 4) {
                int base = subs >= 5 ? i + 3 : i + 2; // 38:2:cs:r:g:b or 38:2:r:g:b
                return Colors.rgb(p.get(base, 0), p.get(base + 1, 0), p.get(base + 2, 0));
            }
            return -1;
        }
        int mode = p.get(i + 1, -1);
        if (mode == 5 && i + 2 < p.size()) {
            return Colors.indexed(p.get(i + 2, 0));
        }
        if (mode == 2 && i + 4 < p.size()) {
            return Colors.rgb(p.get(i + 2, 0), p.get(i + 3, 0), p.get(i + 4, 0));
        }
        return -1;
    }
}
