package dev.weft.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Resize with reflow, as tmux and WezTerm do: the main screen and its scrollback are one
 * sequence of logical lines (rows joined by their wrap flag), rewrapped at the new width. The
 * cursor keeps its place in its logical line. Then the screen window is placed: growing (or
 * content shrinking by reflow) pulls lines back from scrollback; content that no longer fits
 * pushes lines into scrollback, but blank rows below the cursor are dropped first. The
 * alternate screen is not reflowed (full-screen programs redraw on SIGWINCH): it is cut or
 * padded at the bottom.
 */
final class Resizer {
    private Resizer() {}

    static void resize(Emulator e, int newCols, int newRows) {
        int oldCols = e.cols;
        int oldRows = e.rows;
        Row[] main = e.altActive ? e.otherGrid : e.grid;
        Row[] alt = e.altActive ? e.grid : e.otherGrid;

        // The main screen's cursor: the live one, or the one 1049 saved while the alternate screen is up.
        int curRow = e.cy;
        int curCol = e.cx;
        boolean curWrap = e.pendingWrap;
        if (e.altActive) {
            SavedCursor s = e.savedMain;
            curRow = s.valid ? s.row : 0;
            curCol = s.valid ? s.col : 0;
            curWrap = s.valid && s.pendingWrap;
        }
        Reflowed r = reflow(e, main, oldCols, oldRows, newCols, newRows, curRow, curCol, curWrap);
        Row[] newMain = r.screen;
        Row[] newAlt = cut(alt, newCols, newRows, e.altActive ? e.cy : 0);

        if (e.altActive) {
            e.grid = newAlt;
            e.otherGrid = newMain;
            e.cy = Math.max(0, Math.min(newRows - 1, e.cy - Math.max(0, e.cy - newRows + 1)));
            e.cx = Math.min(e.cx, newCols - 1);
            e.pendingWrap = false;
            if (e.savedMain.valid) {
                e.savedMain.row = r.cursorRow;
                e.savedMain.col = r.cursorCol;
                e.savedMain.pendingWrap = r.cursorWrap;
            }
        } else {
            e.grid = newMain;
            e.otherGrid = newAlt;
            e.cy = r.cursorRow;
            e.cx = r.cursorCol;
            e.pendingWrap = r.cursorWrap;
        }
        e.cols = newCols;
        e.rows = newRows;
        e.tabs.resize(newCols);
        e.resetMargins();
        clampSaved(e.savedMain, newCols, newRows);
        clampSaved(e.savedAlt, newCols, newRows);
    }

    private static void clampSaved(SavedCursor s, int cols, int rows) {
        s.col = Math.min(s.col, cols - 1);
        s.row = Math.min(s.row, rows - 1);
    }

    /** The alternate screen: rows cut at the bottom (or the top, to keep the cursor), columns truncated. */
    private static Row[] cut(Row[] g, int newCols, int newRows, int cursorRow) {
        int shift = Math.max(0, cursorRow - newRows + 1);
        Row[] out = new Row[newRows];
        for (int i = 0; i < newRows; i++) {
            int src = i + shift;
            Row row = src < g.length ? g[src] : new Row(newCols);
            row.resize(newCols);
            out[i] = row;
        }
        return out;
    }

    private record Reflowed(Row[] screen, int cursorRow, int cursorCol, boolean cursorWrap) {}

    private static Reflowed reflow(Emulator e, Row[] grid, int oldCols, int oldRows, int newCols, int newRows,
                                   int curRow, int curCol, boolean curWrap) {
        Scrollback sb = e.scrollback;
        int histSize = sb.size();
        // Rows of the old screen in use: up to the last with content, or the cursor's.
        int used = curRow + 1;
        for (int r = oldRows - 1; r >= used; r--) {
            if (grid[r].snapshot().stored() > 0 || grid[r].wrapped) {
                used = r + 1;
                break;
            }
        }
        List<LineSnapshot> src = new ArrayList<>(histSize + used);
        for (int i = 0; i < histSize; i++) {
            src.add(sb.get(i));
        }
        for (int r = 0; r < used; r++) {
            src.add(grid[r].snapshot());
        }
        int screenStart = histSize;
        int cursorSrc = histSize + curRow;

        Rewrap w = new Rewrap(newCols);
        int h = -1; // output row where old screen row 0 starts
        int i = 0;
        while (i < src.size()) {
            int j = i;
            while (j < src.size() - 1 && src.get(j).wrapped()) {
                j++;
            }
            // Logical line: src[i..j]
            w.startLine();
            w.row.mark = src.get(i).rawMark();
            for (int k = i; k <= j; k++) {
                LineSnapshot l = src.get(k);
                if (k == screenStart) {
                    h = w.mark();
                }
                int len = k < j ? l.cols() : l.stored();
                if (k < j && len > 0 && l.rawCodePoint(len - 1) == Row.BLANK
                        && (src.get(k + 1).rawAttrs(0) & Row.WIDE) != 0) {
                    len--; // pad left where a wide character did not fit
                }
                if (k == cursorSrc) {
                    int col = curWrap ? curCol + 1 : curCol;
                    w.cursorAt(Math.min(col, len), Math.max(0, col - len), curWrap);
                }
                w.copy(l, len);
            }
            w.endLine();
            i = j + 1;
        }
        List<Row> out = w.rows;
        if (h < 0) {
            h = out.size();
        }
        while (out.size() <= w.cursorRow) {
            out.add(new Row(newCols));
        }
        int newUsed = out.size() - h;
        int grow = Math.max(0, newRows - oldRows);
        int shrinkage = Math.max(0, used - newUsed);
        int top = h - Math.min(h, grow + shrinkage);
        if (out.size() - top > newRows) {
            top = out.size() - newRows;
        }
        // Report lines moving between screen and scrollback (conformance runner only).
        for (int k = h; k < top; k++) {
            sb.observe("push", out.get(k).snapshot());
        }
        for (int k = h - 1; k >= top; k--) {
            sb.observe("pop", out.get(k).snapshot());
        }
        List<LineSnapshot> hist = new ArrayList<>(top);
        for (int k = 0; k < top; k++) {
            hist.add(out.get(k).snapshot());
        }
        sb.replaceAll(hist, sb.pushedTotal() - histSize + top);

        Row[] screen = new Row[newRows];
        for (int k = 0; k < newRows; k++) {
            int idx = top + k;
            screen[k] = idx < out.size() ? out.get(idx) : new Row(newCols);
        }
        int row = w.cursorRow - top;
        int col = w.cursorCol;
        boolean wrap = w.cursorWrap;
        if (row < 0) {
            row = 0;
            col = 0;
            wrap = false;
        }
        return new Reflowed(screen, row, col, wrap);
    }

    /** Lays the cells of logical lines into rows of the new width, tracking where the cursor lands. */
    private static final class Rewrap {
        final int cols;
        final List<Row> rows = new ArrayList<>();
        Row row;
        int col;
        int cursorRow = -1;
        int cursorCol;
        boolean cursorWrap;
        /** Cells of the current logical line consumed so far (in old-grid cell units). */
        private int cellsInLine;
        /** The cursor's cell index in the current logical line, or -1. */
        private int cursorTarget = -1;
        private int cursorBeyond;
        private boolean cursorPendingWrap;

        Rewrap(int cols) {
            this.cols = cols;
        }

        void startLine() {
            row = new Row(cols);
            rows.add(row);
            col = 0;
            cellsInLine = 0;
            cursorTarget = -1;
        }

        /** The output row the next cell goes to. */
        int mark() {
            return rows.size() - 1 + (col >= cols ? 1 : 0);
        }

        /** The cursor is {@code offset} cells into the row about to be copied, {@code beyond} past its content. */
        void cursorAt(int offset, int beyond, boolean pendingWrap) {
            cursorTarget = cellsInLine + offset;
            cursorBeyond = beyond;
            cursorPendingWrap = pendingWrap;
        }

        void copy(LineSnapshot l, int len) {
            for (int c = 0; c < len; c++) {
                int cp = l.rawCodePoint(c);
                if (cp == Row.WIDE_TAIL) {
                    cellsInLine++;
                    continue;
                }
                int width = (l.rawAttrs(c) & Row.WIDE) != 0 ? 2 : 1;
                if (width > cols) {
                    width = 1;
                }
                if (col + width > cols) {
                    row.wrapped = true;
                    row = new Row(cols);
                    rows.add(row);
                    col = 0;
                }
                if (cursorTarget >= cellsInLine && cursorTarget < cellsInLine + width) {
                    cursorRow = rows.size() - 1;
                    cursorCol = col;
                    cursorWrap = false;
                    cursorTarget = -1;
                }
                l.copyInto(row, c, Math.min(c + width, l.stored()), col);
                if (width == 2 && col + 1 < cols && c + 1 >= l.stored()) {
                    row.set(col + 1, Row.WIDE_TAIL, 0, 0, 0, 0);
                }
                if (width == 1 && (row.attrs[col] & Row.WIDE) != 0) {
                    row.attrs[col] &= ~Row.WIDE; // a wide character squeezed into a 1-column screen
                }
                col += width;
                cellsInLine += width;
            }
        }

        void endLine() {
            if (cursorTarget < 0) {
                return;
            }
            // The cursor is at or past the end of the line's content: it stays on the line's last row.
            int c = col + Math.max(0, cursorTarget - cellsInLine) + cursorBeyond;
            cursorRow = rows.size() - 1;
            if (c >= cols) {
                cursorCol = cols - 1;
                cursorWrap = cursorPendingWrap || c == cols;
            } else {
                cursorCol = c;
                cursorWrap = false;
            }
            cursorTarget = -1;
        }
    }
}
