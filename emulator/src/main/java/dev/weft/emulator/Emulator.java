package dev.weft.emulator;

/**
 * The terminal model: grid, cursor, pen, margins, modes, scrollback. Receives the parser's
 * actions; control sequences are decoded by {@link ControlSequences}, OSC strings by
 * {@link OperatingSystemCommands}, reports by {@link Reports}. Knows nothing of I/O.
 */
final class Emulator implements ParserHandler {
    /** Characters of combining marks kept per cell at most. */
    static final int MAX_MARKS = 32;

    final TerminalListener listener;
    final Scrollback scrollback;
    final Modes modes = new Modes();
    final Pen pen = new Pen();
    final Charsets charsets = new Charsets();
    final Palette palette = new Palette();
    /** The OSC 8 hyperlink applied to printed cells, or null. */
    String currentLink;
    TabStops tabs;
    final ControlSequences csi;
    final OperatingSystemCommands osc;
    final Reports reports;

    int cols;
    int rows;
    Row[] grid;
    /** The grid not shown: the alternate screen while on main, the main screen while on alternate. */
    Row[] otherGrid;
    boolean altActive;

    int cx;
    int cy;
    boolean pendingWrap;
    /** Scroll region: rows [top, bottom), columns [left, right). */
    int top;
    int bottom;
    int left;
    int right;

    SavedCursor savedMain = new SavedCursor();
    SavedCursor savedAlt = new SavedCursor();

    /** Last printed graphic character, for REP. */
    int lastPrinted = -1;
    /** The previous printed character was a ZWJ: the next one joins its cell. */
    private boolean joinNext;

    /** DECSACE: DECCARA/DECRARA act on a rectangle (true) or a stream of cells (false, default). */
    boolean rectangleExtent;

    String title = "";
    String iconTitle = "";

    long seq;
    /** The seq at which each visible row last changed. */
    long[] rowSeq;
    private int movedFrom = Integer.MAX_VALUE;
    private int movedTo;
    boolean dirty;
    boolean modesDirty;

    Emulator(int cols, int rows, int scrollbackLimit, TerminalListener listener) {
        this.cols = Math.max(1, cols);
        this.rows = Math.max(1, rows);
        this.listener = listener == null ? TerminalListener.NONE : listener;
        this.scrollback = new Scrollback(scrollbackLimit);
        this.grid = newGrid(this.cols, this.rows);
        this.rowSeq = new long[this.rows];
        this.otherGrid = newGrid(this.cols, this.rows);
        this.tabs = new TabStops(this.cols);
        this.csi = new ControlSequences(this);
        this.osc = new OperatingSystemCommands(this);
        this.reports = new Reports(this);
        resetMargins();
    }

    static Row[] newGrid(int cols, int rows) {
        Row[] g = new Row[rows];
        for (int i = 0; i < rows; i++) {
            g[i] = new Row(cols);
        }
        return g;
    }

    // ---- change tracking ----

    void touch(int row) {
        rowSeq[row] = seq + 1;
        dirty = true;
    }

    void touchAll() {
        java.util.Arrays.fill(rowSeq, seq + 1);
        dirty = true;
    }

    /** Rows [from, to) moved: marked changed when the batch ends (a burst of scrolls marks once). */
    void touchMoved(int from, int to) {
        if (from < movedFrom) {
            movedFrom = from;
        }
        if (to > movedTo) {
            movedTo = to;
        }
        dirty = true;
    }

    /** Called after each feed: publish the batch of changes under one new sequence number. */
    void endBatch() {
        if (dirty) {
            if (movedTo > movedFrom) {
                java.util.Arrays.fill(rowSeq, movedFrom, Math.min(movedTo, rows), seq + 1);
            }
            movedFrom = Integer.MAX_VALUE;
            movedTo = 0;
            seq++;
            dirty = false;
        }
        if (modesDirty) {
            modesDirty = false;
            TerminalModes m = modes.changed();
            if (m != null) {
                listener.modesChanged(m);
            }
        }
    }

    // ---- margins and cursor ----

    void resetMargins() {
        top = 0;
        bottom = rows;
        left = 0;
        right = cols;
    }

    /** The rightmost column + 1 the cursor may print up to. */
    int rightEdge() {
        return cx < right ? right : cols;
    }

    int leftEdge() {
        return cx >= left ? left : 0;
    }

    /** Move to (col, row) in screen coordinates, clamped to the screen. */
    void moveTo(int col, int row) {
        cx = Math.max(0, Math.min(cols - 1, col));
        cy = Math.max(0, Math.min(rows - 1, row));
        pendingWrap = false;
        dirty = true;
    }

    /** CUP semantics: 0-based row/col relative to the origin when origin mode is on. */
    void moveToOrigin(int col, int row) {
        if (modes.originMode) {
            col = Math.min(col + left, right - 1);
            row = Math.min(row + top, bottom - 1);
        }
        moveTo(col, row);
    }

    // ---- printing ----

    @Override
    public void printAscii(byte[] data, int from, int to) {
        if (!charsets.isIdentity() || modes.insertMode || joinNext || currentLink != null) {
            for (int i = from; i < to; i++) {
                print(data[i]);
            }
            return;
        }
        int fg = pen.fg;
        int bg = pen.bg;
        int ul = pen.ul;
        int at = pen.attrs;
        boolean plainPen = (fg | bg | ul | at) == 0;
        boolean autowrap = modes.autowrap;
        int i = from;
        while (i < to) {
            if (pendingWrap) {
                wrapLine();
            }
            Row row = grid[cy];
            touch(cy);
            int edge = rightEdge();
            int x = cx;
            if (plainPen && !row.styled && row.marks == null && row.links == null) {
                // Unstyled text into an unstyled row: only code points change (no wide cells can exist).
                int[] cp = row.cp;
                int n = Math.min(to - i, edge - x);
                for (int k = 0; k < n; k++) {
                    cp[x + k] = data[i + k];
                }
                i += n;
                x += n;
                if (x > row.used) {
                    row.used = x;
                }
            } else {
                if (!plainPen) {
                    row.styled = true;
                }
                while (i < to && x < edge) {
                    if ((row.attrs[x] & Row.WIDE) != 0 || row.cp[x] == Row.WIDE_TAIL) {
                        fixWide(row, x, 1);
                    }
                    row.cp[x] = data[i++];
                    row.fg[x] = fg;
                    row.bg[x] = bg;
                    row.ul[x] = ul;
                    row.attrs[x] = at;
                    if (row.marks != null) {
                        row.marks[x] = null;
                    }
                    if (row.links != null) {
                        row.links[x] = null;
                    }
                    x++;
                }
                if (x > row.used) {
                    row.used = x;
                }
            }
            if (x >= edge) {
                cx = edge - 1;
                pendingWrap = autowrap;
                if (!autowrap && i < to) {
                    // No autowrap: the rest of the run overwrites the last column; only its final byte stays.
                    i = to - 1;
                    x = cx;
                    fixWide(row, x, 1);
                    row.set(x, data[i++], fg, bg, ul, at);
                }
            } else {
                cx = x;
            }
        }
        lastPrinted = data[to - 1];
    }

    @Override
    public void print(int c) {
        if (!charsets.isIdentity()) {
            c = charsets.map(c);
        }
        int w = CharWidth.of(c);
        if (joinNext) {
            joinNext = false;
            if (appendMark(c)) {
                return;
            }
        }
        if (w == 0) {
            appendMark(c);
            if (c == 0x200D) {
                joinNext = true;
            }
            return;
        }
        if (CharWidth.isRegionalIndicator(c) && previousIsLoneRegionalIndicator()) {
            appendMark(c); // the second half of a flag joins the first
            return;
        }
        lastPrinted = c;
        putChar(c, w);
    }

    private boolean previousIsLoneRegionalIndicator() {
        int col = pendingWrap ? cx : cx - 1;
        if (col < 0) {
            return false;
        }
        Row row = grid[cy];
        if (row.cp[col] == Row.WIDE_TAIL && col > 0) {
            col--;
        }
        return CharWidth.isRegionalIndicator(row.cp[col]) && (row.marks == null || row.marks[col] == null);
    }

    /** Append a zero-width code point to the previously printed cell; false if there is none. */
    private boolean appendMark(int c) {
        int col = pendingWrap ? cx : cx - 1;
        if (col < 0) {
            return false;
        }
        Row row = grid[cy];
        if (row.cp[col] == Row.WIDE_TAIL && col > 0) {
            col--;
        }
        if (row.cp[col] == Row.BLANK) {
            return false;
        }
        row.addMark(col, c, MAX_MARKS);
        touch(cy);
        return true;
    }

    void putChar(int c, int w) {
        if (pendingWrap) {
            wrapLine();
        }
        int edge = rightEdge();
        if (w == 2 && cx + 1 >= edge) {
            if (edge - leftEdge() < 2) {
                return; // a wide character cannot fit at all
            }
            if (modes.autowrap) {
                wrapLine();
            } else {
                cx = edge - 2;
            }
            edge = rightEdge();
        }
        Row row = grid[cy];
        if (modes.insertMode) {
            insertCells(row, cx, w, edge);
        }
        fixWide(row, cx, w);
        int at = pen.attrs;
        row.set(cx, c, pen.fg, pen.bg, pen.ul, w == 2 ? at | Row.WIDE : at);
        if (w == 2) {
            row.set(cx + 1, Row.WIDE_TAIL, pen.fg, pen.bg, pen.ul, at);
        }
        if (currentLink != null) {
            row.setLink(cx, currentLink);
            if (w == 2) {
                row.setLink(cx + 1, currentLink);
            }
        }
        touch(cy);
        if (cx + w >= edge) {
            cx = edge - 1;
            pendingWrap = modes.autowrap;
        } else {
            cx += w;
        }
    }

    /** Before overwriting cells [col, col+w), blank the other halves of wide characters cut in two. */
    void fixWide(Row row, int col, int w) {
        if (row.cp[col] == Row.WIDE_TAIL && col > 0) {
            row.erase(col - 1, col, row.bg[col - 1]);
        }
        int last = col + w - 1;
        if (last < row.cols() && (row.attrs[last] & Row.WIDE) != 0 && last + 1 < row.cols()) {
            row.erase(last + 1, last + 2, row.bg[last + 1]);
        }
    }

    /** Autowrap: mark the row as continued, go to the start of the next line. */
    private void wrapLine() {
        grid[cy].wrapped = true;
        touch(cy);
        pendingWrap = false;
        cx = leftEdge();
        index();
    }

    // ---- controls ----

    @Override
    public void execute(int c) {
        switch (c) {
            case 0x07 -> listener.bell();
            case 0x08 -> backspace();
            case 0x09 -> tab(1);
            case 0x0A, 0x0B, 0x0C -> {
                index();
                if (modes.newlineMode) {
                    carriageReturn();
                }
            }
            case 0x0D -> carriageReturn();
            case 0x0E -> charsets.gl = 1;
            case 0x0F -> charsets.gl = 0;
            case 0x84 -> index();
            case 0x85 -> nextLine();
            case 0x88 -> tabs.set(cx);
            case 0x8D -> reverseIndex();
            case 0x8E -> charsets.single = 2;
            case 0x8F -> charsets.single = 3;
            default -> { }
        }
    }

    /** BS. After a pending wrap xterm moves to column N-1 (1-based), so clear the flag and step left. */
    void backspace() {
        pendingWrap = false;
        if (cx > leftEdge()) {
            cx--;
        }
        dirty = true;
    }

    void carriageReturn() {
        cx = leftEdge();
        pendingWrap = false;
        dirty = true;
    }

    void nextLine() {
        index();
        carriageReturn();
    }

    void tab(int n) {
        int edge = rightEdge() - 1;
        for (int i = 0; i < n && cx < edge; i++) {
            cx = tabs.next(cx, edge);
        }
        pendingWrap = false;
        dirty = true;
    }

    void backTab(int n) {
        int lim = leftEdge();
        for (int i = 0; i < n && cx > lim; i++) {
            cx = tabs.previous(cx, lim);
        }
        pendingWrap = false;
        dirty = true;
    }

    /** IND / LF: down one line, scrolling the region at its bottom. */
    void index() {
        pendingWrap = false;
        if (cy == bottom - 1 && cx >= left && cx < right) {
            scrollUp(top, bottom, 1);
        } else if (cy < rows - 1 && cy != bottom - 1) {
            cy++;
        }
        dirty = true;
    }

    /** RI: up one line, scrolling the region down at its top. */
    void reverseIndex() {
        pendingWrap = false;
        if (cy == top && cx >= left && cx < right) {
            scrollDown(top, bottom, 1);
        } else if (cy > 0) {
            cy--;
        }
        dirty = true;
    }

    // ---- grid operations ----

    /** Scroll the region up by n (IND at the bottom, SU): lines leaving a top-anchored full-width region go to scrollback. */
    void scrollUp(int from, int to, int n) {
        scrollUp(from, to, n, from == 0);
    }

    /** Scroll rows [from, to) up by n within the left/right margins. */
    void scrollUp(int from, int to, int n, boolean toScrollback) {
        n = Math.min(n, to - from);
        if (n <= 0) {
            return;
        }
        int bg = pen.bg;
        int fg = pen.fg;
        if (left == 0 && right == cols) {
            boolean push = toScrollback && !altActive;
            // Rotate one row at a time: the row leaving the top is recycled at the bottom, so the
            // common case (one line) allocates nothing but its scrollback copy.
            for (int k = 0; k < n; k++) {
                Row r = grid[from];
                if (push) {
                    scrollback.push(r.release());
                    if ((fg | bg) != 0) {
                        r.clear(fg, bg); // new lines take the pen's background (BCE)
                    }
                } else {
                    r.clear(fg, bg);
                }
                System.arraycopy(grid, from + 1, grid, from, to - from - 1);
                grid[to - 1] = r;
            }
        } else {
            for (int r = from; r < to - n; r++) {
                grid[r].copyRange(grid[r + n], left, right);
            }
            for (int r = to - n; r < to; r++) {
                grid[r].erase(left, right, fg, bg);
            }
            for (int r = from; r < to; r++) {
                grid[r].repairEdges(left, right);
            }
        }
        touchMoved(from, to);
    }

    /** Scroll rows [from, to) down by n within the left/right margins. */
    void scrollDown(int from, int to, int n) {
        n = Math.min(n, to - from);
        if (n <= 0) {
            return;
        }
        int bg = pen.bg;
        if (left == 0 && right == cols) {
            Row[] out = new Row[n];
            System.arraycopy(grid, to - n, out, 0, n);
            System.arraycopy(grid, from, grid, from + n, to - from - n);
            for (int i = 0; i < n; i++) {
                out[i].clear(pen.fg, bg);
                grid[from + i] = out[i];
            }
        } else {
            for (int r = to - 1; r >= from + n; r--) {
                grid[r].copyRange(grid[r - n], left, right);
            }
            for (int r = from; r < from + n; r++) {
                grid[r].erase(left, right, pen.fg, bg);
            }
            for (int r = from; r < to; r++) {
                grid[r].repairEdges(left, right);
            }
        }
        touchMoved(from, to);
    }

    /** Insert n blank cells at col, shifting [col, edge) right. */
    void insertCells(Row row, int col, int n, int edge) {
        n = Math.min(n, edge - col);
        if (n <= 0) {
            return;
        }
        if (row.cp[col] == Row.WIDE_TAIL) {
            row.erase(Math.max(0, col - 1), col + 1, pen.fg, pen.bg); // a wide character split by the insertion
        }
        row.move(col, col + n, edge - col - n);
        row.erase(col, col + n, pen.fg, pen.bg);
        row.repairEdges(col, edge);
    }

    /** Delete n cells at col, shifting [col+n, edge) left and filling with blanks. */
    void deleteCells(Row row, int col, int n, int edge) {
        n = Math.min(n, edge - col);
        if (n <= 0) {
            return;
        }
        fixWide(row, col, n);
        row.move(col + n, col, edge - col - n);
        row.erase(edge - n, edge, pen.fg, pen.bg);
        row.repairEdges(col, edge);
        row.repair(edge - n);
    }

    /** Erase cells [from, to) of a row with the pen's background; selective erase spares protected cells. */
    void eraseCells(int r, int from, int to, boolean selective) {
        Row row = grid[r];
        from = Math.max(0, from);
        to = Math.min(cols, to);
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
                row.erase(from - 1, from, pen.fg, pen.bg);
            }
            if (to < cols && row.cp[to] == Row.WIDE_TAIL) {
                row.erase(to, to + 1, pen.fg, pen.bg);
            }
            row.erase(from, to, pen.fg, pen.bg);
        }
        if (to == cols) {
            row.wrapped = false;
        }
        touch(r);
    }

    // ---- escape sequences ----

    @Override
    public void escDispatch(int intermediates, int f) {
        if (intermediates == 0) {
            switch (f) {
                case '7' -> saveCursor();
                case '8' -> restoreCursor();
                case 'D' -> index();
                case 'E' -> nextLine();
                case 'H' -> tabs.set(cx);
                case 'M' -> reverseIndex();
                case 'N' -> charsets.single = 2;
                case 'O' -> charsets.single = 3;
                case 'c' -> fullReset();
                case '=' -> setMode(() -> modes.keypadApp = true);
                case '>' -> setMode(() -> modes.keypadApp = false);
                case 'n' -> charsets.gl = 2;
                case 'o' -> charsets.gl = 3;
                case '6' -> csi.backIndex();
                case '9' -> csi.forwardIndex();
                default -> { }
            }
            return;
        }
        switch (intermediates) {
            case '(' -> charsets.designate(0, f);
            case ')', '-' -> charsets.designate(1, f);
            case '*', '.' -> charsets.designate(2, f);
            case '+', '/' -> charsets.designate(3, f);
            case '#' -> {
                if (f == '8') {
                    csi.screenAlignment();
                }
            }
            default -> { }
        }
    }

    void setMode(Runnable change) {
        change.run();
        modesDirty = true;
    }

    @Override
    public void csiDispatch(CsiParams params, int intermediates, int finalByte) {
        csi.dispatch(params, intermediates, finalByte);
    }

    @Override
    public void oscDispatch(String payload) {
        osc.dispatch(payload);
    }

    @Override
    public void dcsDispatch(CsiParams params, int intermediates, int finalByte, String payload) {
        reports.dcs(params, intermediates, finalByte, payload);
    }

    /** DECSET / DECRST. */
    void decMode(int mode, boolean on) {
        Modes m = modes;
        switch (mode) {
            case 1 -> m.cursorKeysApp = on;
            case 5 -> {
                m.reverseVideo = on;
                touchAll();
            }
            case 6 -> {
                m.originMode = on;
                moveToOrigin(0, 0);
            }
            case 7 -> m.autowrap = on;
            case 9, 1000, 1002, 1003 -> {
                if (on) {
                    m.mouseTracking = mode;
                } else if (m.mouseTracking == mode) {
                    m.mouseTracking = 0;
                }
            }
            case 12 -> m.cursorBlink = on;
            case 25 -> m.cursorVisible = on;
            case 47 -> useAltScreen(on, false);
            case 66 -> m.keypadApp = on;
            case 69 -> {
                m.leftRightMarginMode = on;
                if (!on) {
                    left = 0;
                    right = cols;
                }
            }
            case 1004 -> m.focusEvents = on;
            case 1005, 1006, 1015, 1016 -> {
                if (on) {
                    m.mouseEncoding = mode;
                } else if (m.mouseEncoding == mode) {
                    m.mouseEncoding = 0;
                }
            }
            case 1047 -> {
                if (on) {
                    useAltScreen(true, false);
                } else {
                    if (altActive) {
                        clearGrid(grid);
                    }
                    useAltScreen(false, false);
                }
            }
            case 1048 -> {
                if (on) {
                    saveCursor();
                } else {
                    restoreCursor();
                }
            }
            case 1049 -> {
                if (on) {
                    if (!altActive) {
                        saveCursor();
                        useAltScreen(true, true);
                    }
                } else if (altActive) {
                    useAltScreen(false, false);
                    restoreCursor();
                }
            }
            case 2004 -> m.bracketedPaste = on;
            case 2026 -> m.synchronizedOutput = on;
            default -> { }
        }
        modesDirty = true;
    }

    /** The state of a DEC private mode for DECRQM: 1 set, 2 reset, 0 not recognised. */
    int decModeState(int mode) {
        Modes m = modes;
        Boolean v = switch (mode) {
            case 1 -> m.cursorKeysApp;
            case 5 -> m.reverseVideo;
            case 6 -> m.originMode;
            case 7 -> m.autowrap;
            case 9, 1000, 1002, 1003 -> m.mouseTracking == mode;
            case 12 -> m.cursorBlink;
            case 25 -> m.cursorVisible;
            case 47, 1047, 1049 -> altActive;
            case 66 -> m.keypadApp;
            case 69 -> m.leftRightMarginMode;
            case 1004 -> m.focusEvents;
            case 1005, 1006, 1015, 1016 -> m.mouseEncoding == mode;
            case 2004 -> m.bracketedPaste;
            case 2026 -> m.synchronizedOutput;
            default -> null;
        };
        return v == null ? 0 : v ? 1 : 2;
    }

    /** The state of an ANSI mode for DECRQM. */
    int ansiModeState(int mode) {
        return switch (mode) {
            case 4 -> modes.insertMode ? 1 : 2;
            case 12 -> modes.sendReceive ? 1 : 2;
            case 20 -> modes.newlineMode ? 1 : 2;
            default -> 0;
        };
    }

    // ---- save / restore, screens, reset ----

    SavedCursor saved() {
        return altActive ? savedAlt : savedMain;
    }

    void saveCursor() {
        SavedCursor s = saved();
        s.col = cx;
        s.row = cy;
        s.pendingWrap = pendingWrap;
        s.originMode = modes.originMode;
        s.pen.copyFrom(pen);
        s.charsets.copyFrom(charsets);
        s.valid = true;
    }

    void restoreCursor() {
        SavedCursor s = saved();
        if (!s.valid) {
            pen.reset();
            charsets.reset();
            modes.originMode = false;
            moveTo(0, 0);
            return;
        }
        pen.copyFrom(s.pen);
        charsets.copyFrom(s.charsets);
        modes.originMode = s.originMode;
        moveTo(s.col, s.row);
        pendingWrap = s.pendingWrap && cx == cols - 1;
    }

    /** Switch between main and alternate screens. */
    void useAltScreen(boolean alt, boolean clear) {
        if (alt == altActive) {
            if (alt && clear) {
                clearGrid(grid);
            }
            return;
        }
        Row[] t = grid;
        grid = otherGrid;
        otherGrid = t;
        altActive = alt;
        modes.altScreen = alt;
        modesDirty = true;
        if (alt && clear) {
            clearGrid(grid);
        }
        touchAll();
    }

    private void clearGrid(Row[] g) {
        for (Row r : g) {
            r.clear(pen.bg);
        }
        touchAll();
    }

    /** RIS: everything back to power-on state (scrollback kept, as xterm and tmux do). */
    void fullReset() {
        if (altActive) {
            useAltScreen(false, false);
        }
        for (Row r : otherGrid) {
            r.clear(0);
        }
        pen.reset();
        charsets.reset();
        modes.reset();
        modesDirty = true;
        tabs.reset();
        resetMargins();
        savedMain = new SavedCursor();
        savedAlt = new SavedCursor();
        for (Row r : grid) {
            r.clear(0);
        }
        moveTo(0, 0);
        touchAll();
        lastPrinted = -1;
        joinNext = false;
        currentLink = null;
        palette.resetAll();
        rectangleExtent = false;
        title = "";
        iconTitle = "";
    }

    /** DECSTR: soft reset (modes, margins, pen, saved cursor), screen content kept. */
    void softReset() {
        modes.insertMode = false;
        modes.originMode = false;
        modes.autowrap = true;
        modes.cursorKeysApp = false;
        modes.keypadApp = false;
        modes.cursorVisible = true;
        modes.leftRightMarginMode = false;
        modesDirty = true;
        resetMargins();
        pen.reset();
        charsets.reset();
        saved().valid = false;
        pendingWrap = false;
        dirty = true;
    }

    // ---- resize ----

    void resize(int newCols, int newRows) {
        newCols = Math.max(1, newCols);
        newRows = Math.max(1, newRows);
        if (newCols == cols && newRows == rows) {
            return;
        }
        Resizer.resize(this, newCols, newRows);
        rowSeq = new long[newRows];
        movedFrom = Integer.MAX_VALUE;
        movedTo = 0;
        touchAll();
    }
}
