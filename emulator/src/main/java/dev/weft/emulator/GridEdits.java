package dev.weft.emulator;

/**
 * Edits of the grid: scrolling a region (feeding scrollback when a full-width region anchored at
 * the top scrolls up on the main screen), inserting and deleting cells, erasing. Wide characters
 * cut in two by an edit are blanked on both edges.
 */
final class GridEdits {
    private GridEdits() {}

    /** Scroll the region up by n (IND at the bottom, SU): lines leaving a top-anchored full-width region go to scrollback. */
    static void scrollUp(Emulator e, int from, int to, int n) {
        scrollUp(e, from, to, n, from == 0);
    }

    /** Scroll rows [from, to) up by n within the left/right margins. */
    static void scrollUp(Emulator e, int from, int to, int n, boolean toScrollback) {
        n = Math.min(n, to - from);
        if (n <= 0) {
            return;
        }
        int bg = e.pen.bg;
        int fg = e.pen.fg;
        if (e.left == 0 && e.right == e.cols) {
            boolean push = toScrollback && !e.altActive;
            // Rotate one row at a time: the row leaving the top is recycled at the bottom, so the
            // common case (one line) allocates nothing but its scrollback copy.
            for (int k = 0; k < n; k++) {
                Row r = e.grid[from];
                if (push) {
                    e.scrollback.push(r.release());
                    if ((fg | bg) != 0) {
                        r.clear(fg, bg); // new lines take the pen's background (BCE)
                    }
                } else {
                    r.clear(fg, bg);
                }
                System.arraycopy(e.grid, from + 1, e.grid, from, to - from - 1);
                e.grid[to - 1] = r;
            }
        } else {
            for (int r = from; r < to - n; r++) {
                e.grid[r].copyRange(e.grid[r + n], e.left, e.right);
            }
            for (int r = to - n; r < to; r++) {
                e.grid[r].erase(e.left, e.right, fg, bg);
            }
            for (int r = from; r < to; r++) {
                e.grid[r].repairEdges(e.left, e.right);
            }
        }
        e.touchMoved(from, to);
    }

    /** Scroll rows [from, to) down by n within the left/right margins. */
    static void scrollDown(Emulator e, int from, int to, int n) {
        n = Math.min(n, to - from);
        if (n <= 0) {
            return;
        }
        int bg = e.pen.bg;
        if (e.left == 0 && e.right == e.cols) {
            Row[] out = new Row[n];
            System.arraycopy(e.grid, to - n, out, 0, n);
            System.arraycopy(e.grid, from, e.grid, from + n, to - from - n);
            for (int i = 0; i < n; i++) {
                out[i].clear(e.pen.fg, bg);
                e.grid[from + i] = out[i];
            }
        } else {
            for (int r = to - 1; r >= from + n; r--) {
                e.grid[r].copyRange(e.grid[r - n], e.left, e.right);
            }
            for (int r = from; r < from + n; r++) {
                e.grid[r].erase(e.left, e.right, e.pen.fg, bg);
            }
            for (int r = from; r < to; r++) {
                e.grid[r].repairEdges(e.left, e.right);
            }
        }
        e.touchMoved(from, to);
    }

    /** Insert n blank cells at col, shifting [col, edge) right. */
    static void insertCells(Emulator e, Row row, int col, int n, int edge) {
        n = Math.min(n, edge - col);
        if (n <= 0) {
            return;
        }
        if (row.cp[col] == Row.WIDE_TAIL) {
            row.erase(Math.max(0, col - 1), col + 1, e.pen.fg, e.pen.bg); // a wide character split by the insertion
        }
        row.move(col, col + n, edge - col - n);
        row.erase(col, col + n, e.pen.fg, e.pen.bg);
        row.repairEdges(col, edge);
    }

    /** Delete n cells at col, shifting [col+n, edge) left and filling with blanks. */
    static void deleteCells(Emulator e, Row row, int col, int n, int edge) {
        n = Math.min(n, edge - col);
        if (n <= 0) {
            return;
        }
        e.fixWide(row, col, n);
        row.move(col + n, col, edge - col - n);
        row.erase(edge - n, edge, e.pen.fg, e.pen.bg);
        row.repairEdges(col, edge);
        row.repair(edge - n);
    }

    /** Erase cells [from, to) of a row with the pen's background; selective erase spares protected cells. */
    static void eraseCells(Emulator e, int r, int from, int to, boolean selective) {
        Row row = e.grid[r];
        from = Math.max(0, from);
        to = Math.min(e.cols, to);
        if (from >= to) {
            return;
        }
        if (selective) {
            for (int c = from; c < to; c++) {
                if ((row.attrs[c] & Row.PROTECTED) == 0) {
                    row.erase(c, c + 1, row.bg[c]);
                }
            }
            row.repairEdges(from, to);
        } else {
            if (from > 0 && row.cp[from] == Row.WIDE_TAIL) {
                row.erase(from - 1, from, e.pen.fg, e.pen.bg);
            }
            if (to < e.cols && row.cp[to] == Row.WIDE_TAIL) {
                row.erase(to, to + 1, e.pen.fg, e.pen.bg);
            }
            row.erase(from, to, e.pen.fg, e.pen.bg);
        }
        if (to == e.cols) {
            row.wrapped = false;
        }
        e.touch(r);
    }
}
