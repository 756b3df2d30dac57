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
    boolean joinNext;

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
            GridEdits.insertCells(this, row, cx, w, edge);
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
        lastPrinted = -1; // REP repeats only a character printed just before (xterm, tmux)
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
        if (cx >= edge) {
            return; // at the last column: xterm and tmux keep a pending wrap
        }
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
            GridEdits.scrollUp(this, top, bottom, 1);
        } else if (cy < rows - 1 && cy != bottom - 1) {
            cy++;
        }
        dirty = true;
    }

    /** RI: up one line, scrolling the region down at its top. */
    void reverseIndex() {
        pendingWrap = false;
        if (cy == top && cx >= left && cx < right) {
            GridEdits.scrollDown(this, top, bottom, 1);
        } else if (cy > 0) {
            cy--;
        }
        dirty = true;
    }

    // ---- escape sequences ----

    @Override
    public void escDispatch(int intermediates, int f) {
        lastPrinted = -1;
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
        lastPrinted = -1; // after every control sequence, REP included: a second REP repeats nothing
    }

    @Override
    public void oscDispatch(String payload) {
        lastPrinted = -1;
        osc.dispatch(payload);
    }

    @Override
    public void dcsDispatch(CsiParams params, int intermediates, int finalByte, String payload) {
        lastPrinted = -1;
        reports.dcs(params, intermediates, finalByte, payload);
    }

    // ---- modes, saved cursor, screens and resets (DecModes, ScreenSwitch) ----

    void decMode(int mode, boolean on) {
        DecModes.decMode(this, mode, on);
    }

    int decModeState(int mode) {
        return DecModes.decModeState(this, mode);
    }

    int ansiModeState(int mode) {
        return DecModes.ansiModeState(this, mode);
    }

    SavedCursor saved() {
        return altActive ? savedAlt : savedMain;
    }

    void saveCursor() {
        ScreenSwitch.saveCursor(this);
    }

    void restoreCursor() {
        ScreenSwitch.restoreCursor(this);
    }

    void useAltScreen(boolean alt, boolean clear) {
        ScreenSwitch.useAltScreen(this, alt, clear);
    }

    void fullReset() {
        ScreenSwitch.fullReset(this);
    }

    void softReset() {
        ScreenSwitch.softReset(this);
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
