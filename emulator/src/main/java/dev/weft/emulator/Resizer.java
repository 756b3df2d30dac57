package dev.weft.emulator;

/** Resize of both screens. Rows: the cursor stays on screen, lines pushed off the top go to scrollback. */
final class Resizer {
    private Resizer() {}

    static void resize(Emulator e, int newCols, int newRows) {
        Row[] main = e.altActive ? e.otherGrid : e.grid;
        Row[] alt = e.altActive ? e.grid : e.otherGrid;
        int mainCursorRow = e.altActive ? Math.min(e.savedMain.row, e.rows - 1) : e.cy;
        int shift = Math.max(0, mainCursorRow - newRows + 1);
        // Trailing blank rows below the cursor are dropped first, as xterm does.
        Row[] newMain = resizeGrid(e, main, newCols, newRows, shift, true);
        int altShift = e.altActive ? Math.max(0, e.cy - newRows + 1) : 0;
        Row[] newAlt = resizeGrid(e, alt, newCols, newRows, altShift, false);
        if (e.altActive) {
            e.grid = newAlt;
            e.otherGrid = newMain;
            e.cy -= altShift;
            e.savedMain.row = Math.max(0, e.savedMain.row - shift);
        } else {
            e.grid = newMain;
            e.otherGrid = newAlt;
            e.cy -= shift;
        }
        e.cols = newCols;
        e.rows = newRows;
        e.tabs.resize(newCols);
        e.resetMargins();
        e.cx = Math.min(e.cx, newCols - 1);
        e.cy = Math.max(0, Math.min(e.cy, newRows - 1));
        e.pendingWrap = false;
        clampSaved(e.savedMain, newCols, newRows);
        clampSaved(e.savedAlt, newCols, newRows);
    }

    private static void clampSaved(SavedCursor s, int cols, int rows) {
        s.col = Math.min(s.col, cols - 1);
        s.row = Math.min(s.row, rows - 1);
    }

    private static Row[] resizeGrid(Emulator e, Row[] g, int newCols, int newRows, int shift, boolean main) {
        Row[] out = new Row[newRows];
        for (int i = 0; i < shift; i++) {
            if (main) {
                e.scrollback.push(g[i].snapshot());
            }
        }
        for (int i = 0; i < newRows; i++) {
            int src = i + shift;
            Row r = src < g.length ? g[src] : new Row(newCols);
            r.resize(newCols);
            out[i] = r;
        }
        return out;
    }
}
