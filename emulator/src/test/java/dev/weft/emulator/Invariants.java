package dev.weft.emulator;

/** Structural invariants that must hold after any input: checked by fuzz targets and the random feed. */
final class Invariants {
    private Invariants() {}

    static void check(Terminal t) {
        Emulator e = t.emulator();
        require(t.cols() >= 1 && t.rows() >= 1, "size");
        require(t.cursorRow() >= 0 && t.cursorRow() < t.rows(), "cursor row " + t.cursorRow() + " of " + t.rows());
        require(t.cursorCol() >= 0 && t.cursorCol() < t.cols(), "cursor col " + t.cursorCol() + " of " + t.cols());
        require(e.top >= 0 && e.top < e.bottom && e.bottom <= e.rows, "scroll region");
        require(e.left >= 0 && e.left < e.right && e.right <= e.cols, "margins");
        require(e.grid.length == e.rows && e.otherGrid.length == e.rows, "grid rows");
        require(t.scrollbackSize() <= e.scrollback.limit(), "scrollback over its limit");
        for (int r = 0; r < e.rows; r++) {
            Row row = e.grid[r];
            require(row.cols() == e.cols, "row " + r + " width " + row.cols());
            for (int c = 0; c < e.cols; c++) {
                if ((row.attrs[c] & Row.WIDE) != 0) {
                    require(c + 1 < e.cols && row.cp[c + 1] == Row.WIDE_TAIL, "wide head without tail at " + r + "," + c);
                }
                if (row.cp[c] == Row.WIDE_TAIL) {
                    require(c > 0 && (row.attrs[c - 1] & Row.WIDE) != 0, "orphan wide tail at " + r + "," + c);
                }
                if (row.marks != null && row.marks[c] != null) {
                    require(row.marks[c].length() <= Emulator.MAX_MARKS + 1, "marks over cap");
                }
            }
            require(t.rowSeq(r) <= t.seq(), "rowSeq ahead of seq");
        }
        Line l = t.line(t.cursorRow());
        require(l.cols() == t.cols(), "line copy width");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("invariant broken: " + what);
        }
    }
}
