package dev.weft.emulator;

/** CSI dispatch: cursor movement, editing, margins, modes, SGR; reports go to {@link Reports}. */
final class ControlSequences {
    private final Emulator e;

    ControlSequences(Emulator e) {
        this.e = e;
    }

    void dispatch(CsiParams p, int inter, int f) {
        int lead = p.leader;
        if (inter == 0) {
            switch (lead) {
                case 0 -> plain(p, f);
                case '?' -> decPrivate(p, f);
                case '>' -> greater(p, f);
                case '<' -> {
                    if (f == 'u') {
                        e.reports.kittyPop(p.getNonZero(0, 1));
                    }
                }
                case '=' -> {
                    if (f == 'u') {
                        e.reports.kittySet(p.get(0, 0), p.get(1, 1));
                    } else if (f == 'c' && p.get(0, 0) == 0) {
                        e.reports.da3();
                    }
                }
                default -> { }
            }
            return;
        }
        switch (inter) {
            case ' ' -> {
                if (f == 'q' && lead == 0) {
                    int shape = p.get(0, 0);
                    if (shape <= 6) {
                        e.setMode(() -> e.modes.cursorShape = shape);
                    }
                } else if (f == '@' && lead == 0) {
                    shiftColumns(-p.getNonZero(0, 1));
                } else if (f == 'A' && lead == 0) {
                    shiftColumns(p.getNonZero(0, 1));
                }
            }
            case '!' -> {
                if (f == 'p') {
                    e.softReset();
                }
            }
            case '"' -> {
                if (f == 'q' && lead == 0) {
                    int v = p.get(0, 0);
                    if (v == 1) {
                        e.pen.attrs |= Row.PROTECTED;
                    } else if (v == 0 || v == 2) {
                        e.pen.attrs &= ~Row.PROTECTED;
                    }
                }
            }
            case '$' -> {
                if (f == 'p') {
                    e.reports.decrqm(p.get(0, 0), lead == '?');
                } else if (lead == 0) {
                    Rectangles.dispatch(e, p, f);
                }
            }
            case '*' -> {
                if (f == 'y' && lead == 0) {
                    e.reports.decrqcra(p);
                } else if (f == 'x' && lead == 0) {
                    e.rectangleExtent = p.get(0, 0) == 2;
                }
            }
            case '\'' -> {
                if (lead == 0 && f == '}') {
                    insertColumns(p.getNonZero(0, 1));
                } else if (lead == 0 && f == '~') {
                    deleteColumns(p.getNonZero(0, 1));
                }
            }
            default -> { }
        }
    }

    private void plain(CsiParams p, int f) {
        int n = p.getNonZero(0, 1);
        switch (f) {
            case '@' -> insertChars(n);
            case 'A' -> cursorUp(n);
            case 'B', 'e' -> cursorDown(n);
            case 'C', 'a' -> cursorForward(n);
            case 'D' -> cursorBack(n);
            case 'j' -> e.moveTo(e.cx - n, e.cy);
            case 'k' -> e.moveTo(e.cx, e.cy - n);
            case 'E' -> { cursorDown(n); e.carriageReturn(); }
            case 'F' -> { cursorUp(n); e.carriageReturn(); }
            case 'G', '`' -> moveColumn(n - 1);
            case 'H', 'f' -> e.moveToOrigin(p.getNonZero(1, 1) - 1, p.getNonZero(0, 1) - 1);
            case 'I' -> e.tab(n);
            case 'J' -> eraseDisplay(p.get(0, 0), false);
            case 'K' -> eraseLine(p.get(0, 0), false);
            case 'L' -> insertLines(n);
            case 'M' -> deleteLines(n);
            case 'P' -> deleteChars(n);
            case 'S' -> {
                GridEdits.scrollUp(e, e.top, e.bottom, n);
            }
            case 'T' -> {
                if (p.size() <= 1) {
                    GridEdits.scrollDown(e, e.top, e.bottom, n);
                }
            }
            case 'X' -> eraseChars(n);
            case 'Z' -> e.backTab(n);
            case 'b' -> repeat(n);
            case 'c' -> {
                if (p.get(0, 0) == 0) {
                    e.reports.da1();
                }
            }
            case 'd' -> moveRow(n - 1);
            case 'g' -> {
                int v = p.get(0, 0);
                if (v == 0) {
                    e.tabs.clear(e.cx);
                } else if (v == 3) {
                    e.tabs.clearAll();
                }
            }
            case 'h', 'l' -> {
                for (int i = 0; i < p.size(); i++) {
                    ansiMode(p.get(i, 0), f == 'h');
                }
            }
            case 'm' -> Sgr.apply(p, e.pen);
            case 'n' -> e.reports.dsr(p.get(0, 0), false);
            case 'r' -> setTopBottom(p.getNonZero(0, 1), p.getNonZero(1, e.rows));
            case 's' -> {
                if (e.modes.leftRightMarginMode) {
                    setLeftRight(p.getNonZero(0, 1), p.getNonZero(1, e.cols));
                } else {
                    e.saveCursor();
                }
            }
            case 'u' -> e.restoreCursor();
            case 't' -> e.reports.windowOp(p);
            default -> { }
        }
    }

    private void decPrivate(CsiParams p, int f) {
        switch (f) {
            case 'h', 'l' -> {
                for (int i = 0; i < p.size(); i++) {
                    e.decMode(p.get(i, 0), f == 'h');
                }
            }
            case 'J' -> eraseDisplay(p.get(0, 0), true);
            case 'K' -> eraseLine(p.get(0, 0), true);
            case 'n' -> e.reports.dsr(p.get(0, 0), true);
            case 'u' -> e.reports.kittyQuery();
            default -> { }
        }
    }

    private void greater(CsiParams p, int f) {
        switch (f) {
            case 'c' -> {
                if (p.get(0, 0) == 0) {
                    e.reports.da2();
                }
            }
            case 'q' -> {
                if (p.get(0, 0) == 0) {
                    e.reports.xtversion();
                }
            }
            case 'u' -> e.reports.kittyPush(p.get(0, 0));
            default -> { }
        }
    }

    private void ansiMode(int mode, boolean on) {
        switch (mode) {
            case 4 -> e.modes.insertMode = on;
            case 12 -> e.modes.sendReceive = on;
            case 20 -> e.modes.newlineMode = on;
            default -> { }
        }
    }

    // ---- cursor movement ----

    private void cursorUp(int n) {
        int limit = e.cy >= e.top ? e.top : 0;
        e.moveTo(e.cx, Math.max(limit, e.cy - n));
    }

    private void cursorDown(int n) {
        int limit = e.cy < e.bottom ? e.bottom - 1 : e.rows - 1;
        e.moveTo(e.cx, Math.min(limit, e.cy + n));
    }

    private void cursorForward(int n) {
        int limit = e.cx < e.right ? e.right - 1 : e.cols - 1;
        e.moveTo(Math.min(limit, e.cx + n), e.cy);
    }

    private void cursorBack(int n) {
        int limit = e.cx >= e.left ? e.left : 0;
        e.moveTo(Math.max(limit, e.cx - n), e.cy);
    }

    private void moveColumn(int col) {
        if (e.modes.originMode) {
            col = Math.min(col + e.left, e.right - 1);
        }
        e.moveTo(col, e.cy);
    }

    private void moveRow(int row) {
        if (e.modes.originMode) {
            row = Math.min(row + e.top, e.bottom - 1);
        }
        e.moveTo(e.cx, row);
    }

    // ---- editing ----

    private boolean insideMargins() {
        return e.cy >= e.top && e.cy < e.bottom && e.cx >= e.left && e.cx < e.right;
    }

    private void insertChars(int n) {
        if (e.cx < e.left || e.cx >= e.right) {
            return;
        }
        GridEdits.insertCells(e, e.grid[e.cy], e.cx, n, e.right);
        e.pendingWrap = false;
        e.touch(e.cy);
    }

    private void deleteChars(int n) {
        if (e.cx < e.left || e.cx >= e.right) {
            return;
        }
        GridEdits.deleteCells(e, e.grid[e.cy], e.cx, n, e.right);
        e.pendingWrap = false;
        e.touch(e.cy);
    }

    private void eraseChars(int n) {
        GridEdits.eraseCells(e, e.cy, e.cx, Math.min(e.cols, e.cx + n), false);
        e.pendingWrap = false;
    }

    private void insertLines(int n) {
        if (!insideMargins()) {
            return;
        }
        GridEdits.scrollDown(e, e.cy, e.bottom, n);
        e.pendingWrap = false;
    }

    private void deleteLines(int n) {
        if (!insideMargins()) {
            return;
        }
        GridEdits.scrollUp(e, e.cy, e.bottom, n, false);
        e.pendingWrap = false;
    }

    private void insertColumns(int n) {
        if (!insideMargins()) {
            return;
        }
        for (int r = e.top; r < e.bottom; r++) {
            GridEdits.insertCells(e, e.grid[r], e.cx, n, e.right);
            e.touch(r);
        }
    }

    private void deleteColumns(int n) {
        if (!insideMargins()) {
            return;
        }
        for (int r = e.top; r < e.bottom; r++) {
            GridEdits.deleteCells(e, e.grid[r], e.cx, n, e.right);
            e.touch(r);
        }
    }

    /** SL / SR (CSI n SP @ / CSI n SP A): shift the region's columns left (negative) or right. */
    private void shiftColumns(int n) {
        if (!insideMargins()) {
            return;
        }
        for (int r = e.top; r < e.bottom; r++) {
            if (n < 0) {
                GridEdits.deleteCells(e, e.grid[r], e.left, -n, e.right);
            } else {
                GridEdits.insertCells(e, e.grid[r], e.left, n, e.right);
            }
            e.touch(r);
        }
    }

    private void eraseDisplay(int mode, boolean selective) {
        switch (mode) {
            case 0 -> {
                GridEdits.eraseCells(e, e.cy, e.cx, e.cols, selective);
                for (int r = e.cy + 1; r < e.rows; r++) {
                    GridEdits.eraseCells(e, r, 0, e.cols, selective);
                }
            }
            case 1 -> {
                for (int r = 0; r < e.cy; r++) {
                    GridEdits.eraseCells(e, r, 0, e.cols, selective);
                }
                GridEdits.eraseCells(e, e.cy, 0, e.cx + 1, selective);
            }
            case 2 -> {
                for (int r = 0; r < e.rows; r++) {
                    GridEdits.eraseCells(e, r, 0, e.cols, selective);
                }
            }
            case 3 -> {
                if (!selective) {
                    e.scrollback.clear();
                    e.dirty = true;
                }
            }
            default -> { }
        }
        e.pendingWrap = false;
    }

    private void eraseLine(int mode, boolean selective) {
        switch (mode) {
            case 0 -> GridEdits.eraseCells(e, e.cy, e.cx, e.cols, selective);
            case 1 -> GridEdits.eraseCells(e, e.cy, 0, e.cx + 1, selective);
            case 2 -> GridEdits.eraseCells(e, e.cy, 0, e.cols, selective);
            default -> { }
        }
        e.pendingWrap = false;
    }

    /** REP: bounded by the screen size so a huge count returns at once. */
    private void repeat(int n) {
        int c = e.lastPrinted;
        if (c < 0) {
            return;
        }
        int w = CharWidth.of(c);
        if (w == 0) {
            return;
        }
        n = Math.min(n, e.cols * e.rows);
        for (int i = 0; i < n; i++) {
            e.putChar(c, w);
        }
    }

    private void setTopBottom(int t, int b) {
        b = Math.min(b, e.rows);
        if (t >= b) {
            return;
        }
        e.top = t - 1;
        e.bottom = b;
        e.moveToOrigin(0, 0);
    }

    private void setLeftRight(int l, int r) {
        r = Math.min(r, e.cols);
        if (l >= r) {
            return;
        }
        e.left = l - 1;
        e.right = r;
        e.moveToOrigin(0, 0);
    }

    /** DECBI (ESC 6): left one column, scrolling the margins right at the left margin. */
    void backIndex() {
        if (e.cx == e.left && e.cy >= e.top && e.cy < e.bottom) {
            for (int r = e.top; r < e.bottom; r++) {
                GridEdits.insertCells(e, e.grid[r], e.left, 1, e.right);
                e.touch(r);
            }
        } else if (e.cx > 0) {
            e.moveTo(e.cx - 1, e.cy);
        }
    }

    /** DECFI (ESC 9): right one column, scrolling the margins left at the right margin. */
    void forwardIndex() {
        if (e.cx == e.right - 1 && e.cy >= e.top && e.cy < e.bottom) {
            for (int r = e.top; r < e.bottom; r++) {
                GridEdits.deleteCells(e, e.grid[r], e.left, 1, e.right);
                e.touch(r);
            }
        } else if (e.cx < e.cols - 1) {
            e.moveTo(e.cx + 1, e.cy);
        }
    }

    /** DECALN: fill the screen with 'E', reset margins, home the cursor. */
    void screenAlignment() {
        e.resetMargins();
        for (int r = 0; r < e.rows; r++) {
            Row row = e.grid[r];
            for (int c = 0; c < e.cols; c++) {
                row.set(c, 'E', 0, 0, 0, 0);
            }
            row.wrapped = false;
            e.touch(r);
        }
        e.moveTo(0, 0);
    }
}
