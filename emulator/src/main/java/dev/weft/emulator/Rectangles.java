package dev.weft.emulator;

/**
 * Rectangular area operations (VT420): DECCRA copy, DECFRA fill, DECERA erase, DECSERA
 * selective erase, DECCARA change and DECRARA reverse attributes. Coordinates are 1-based and
 * relative to the margins in origin mode; DECSACE chooses stream or rectangle extent for
 * DECCARA/DECRARA.
 */
final class Rectangles {
    private Rectangles() {}

    static void dispatch(Emulator e, CsiParams p, int f) {
        switch (f) {
            case 'v' -> copy(e, p);
            case 'x' -> fill(e, p);
            case 'z' -> erase(e, p, false);
            case '{' -> erase(e, p, true);
            case 'r' -> changeAttrs(e, p, false);
            case 't' -> changeAttrs(e, p, true);
            default -> { }
        }
    }

    /**
     * The rectangle given by parameters {@code at..at+3} (top, left, bottom, right) as
     * {top, left, bottom+1, right+1} in screen coordinates, clamped; null if empty.
     */
    static int[] rect(Emulator e, CsiParams p, int at) {
        int top = p.getNonZero(at, 1) - 1;
        int left = p.getNonZero(at + 1, 1) - 1;
        int bottom = p.getNonZero(at + 2, e.rows);
        int right = p.getNonZero(at + 3, e.cols);
        if (e.modes.originMode) {
            top += e.top;
            bottom += e.top;
            left += e.left;
            right += e.left;
            bottom = Math.min(bottom, e.bottom);
            right = Math.min(right, e.right);
        }
        bottom = Math.min(bottom, e.rows);
        right = Math.min(right, e.cols);
        if (top >= bottom || left >= right) {
            return null;
        }
        return new int[] {top, left, bottom, right};
    }

    private static void fill(Emulator e, CsiParams p) {
        int ch = p.get(0, 0);
        if (!((ch >= 32 && ch <= 126) || (ch >= 160 && ch <= 255))) {
            return;
        }
        int[] r = rect(e, p, 1);
        if (r == null) {
            return;
        }
        Pen pen = e.pen;
        for (int row = r[0]; row < r[2]; row++) {
            Row line = e.grid[row];
            e.fixWide(line, r[1], r[3] - r[1]);
            for (int c = r[1]; c < r[3]; c++) {
                line.set(c, ch, pen.fg, pen.bg, pen.ul, pen.attrs & ~Row.WIDE);
            }
            e.touch(row);
        }
    }

    private static void erase(Emulator e, CsiParams p, boolean selective) {
        int[] r = rect(e, p, 0);
        if (r == null) {
            return;
        }
        for (int row = r[0]; row < r[2]; row++) {
            Row line = e.grid[row];
            for (int c = r[1]; c < r[3]; c++) {
                if (!selective || (line.attrs[c] & Row.PROTECTED) == 0) {
                    line.erase(c, c + 1, selective ? line.bg[c] : 0);
                }
            }
            line.repairEdges(r[1], r[3]);
            e.touch(row);
        }
    }

    private static void copy(Emulator e, CsiParams p) {
        int[] src = rect(e, p, 0);
        if (src == null) {
            return;
        }
        int dt = p.getNonZero(5, 1) - 1;
        int dl = p.getNonZero(6, 1) - 1;
        if (e.modes.originMode) {
            dt += e.top;
            dl += e.left;
        }
        int h = Math.min(src[2] - src[0], e.rows - dt);
        int w = Math.min(src[3] - src[1], e.cols - dl);
        if (h <= 0 || w <= 0) {
            return;
        }
        // Copy through a buffer so overlapping rectangles work.
        Row[] buf = new Row[h];
        for (int i = 0; i < h; i++) {
            buf[i] = new Row(w);
            Row s = e.grid[src[0] + i];
            for (int c = 0; c < w; c++) {
                buf[i].copyCell(src[1] + c, s, c);
            }
        }
        for (int i = 0; i < h; i++) {
            Row d = e.grid[dt + i];
            for (int c = 0; c < w; c++) {
                d.copyCell(c, buf[i], dl + c);
            }
            d.repairEdges(dl, dl + w);
            e.touch(dt + i);
        }
    }

    /** DECCARA (set/clear SGR 1,4,5,7 and 0,22,24,25,27) or DECRARA (toggle 1,4,5,7). */
    private static void changeAttrs(Emulator e, CsiParams p, boolean reverse) {
        int[] r = rect(e, p, 0);
        if (r == null) {
            return;
        }
        int set = 0;
        int clear = 0;
        for (int i = 4; i < Math.max(5, p.size()); i++) {
            switch (p.get(i, 0)) {
                case 0 -> clear |= CellAttrs.BOLD | CellAttrs.UNDERLINE_MASK | CellAttrs.BLINK | CellAttrs.INVERSE;
                case 1 -> set |= CellAttrs.BOLD;
                case 4 -> set |= 1 << CellAttrs.UNDERLINE_SHIFT;
                case 5 -> set |= CellAttrs.BLINK;
                case 7 -> set |= CellAttrs.INVERSE;
                case 22 -> clear |= CellAttrs.BOLD;
                case 24 -> clear |= CellAttrs.UNDERLINE_MASK;
                case 25 -> clear |= CellAttrs.BLINK;
                case 27 -> clear |= CellAttrs.INVERSE;
                default -> { }
            }
        }
        boolean stream = !e.rectangleExtent;
        for (int row = r[0]; row < r[2]; row++) {
            int from = stream && row > r[0] ? 0 : r[1];
            int to = stream && row < r[2] - 1 ? e.cols : r[3];
            Row line = e.grid[row];
            for (int c = from; c < to; c++) {
                int a = line.attrs[c];
                if (reverse) {
                    a ^= set & ~CellAttrs.UNDERLINE_MASK;
                    if ((set & CellAttrs.UNDERLINE_MASK) != 0) {
                        a = CellAttrs.underline(a) != 0 ? a & ~CellAttrs.UNDERLINE_MASK
                                : a | 1 << CellAttrs.UNDERLINE_SHIFT;
                    }
                } else {
                    a = (a & ~clear) | set;
                }
                line.attrs[c] = a;
                line.styled |= a != 0;
                if (a != 0 && c >= line.used) {
                    line.used = c + 1;
                }
            }
            e.touch(row);
        }
    }
}
