package dev.weft.emulator;

/**
 * An xterm-class terminal: bytes in, screen state out. No I/O and no threads: the owner feeds
 * it bytes and reads its state under its own lock.
 *
 * <p>Change tracking: {@link #seq()} increases on every visible change; {@link #rowSeq(int)}
 * is the {@code seq} at which a visible row last changed (scrolling changes every moved row).
 * The server sends a client the rows whose {@code rowSeq} is newer than the last frame it
 * acknowledged.
 */
public final class Terminal {

    public static final int DEFAULT_SCROLLBACK = 10_000;

    private final Emulator emu;
    private final Parser parser;

    public Terminal(int cols, int rows, int scrollbackLimit, TerminalListener listener) {
        if (cols < 1 || rows < 1) {
            throw new IllegalArgumentException("terminal size must be at least 1x1, got " + cols + "x" + rows);
        }
        this.emu = new Emulator(cols, rows, scrollbackLimit, listener);
        this.parser = new Parser(emu);
    }

    /** A terminal with the default scrollback and no listener. */
    public Terminal(int cols, int rows) {
        this(cols, rows, DEFAULT_SCROLLBACK, TerminalListener.NONE);
    }

    /** Parse and apply bytes (UTF-8, split anywhere). */
    public void feed(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IndexOutOfBoundsException("feed range " + offset + "+" + length + " of " + data.length);
        }
        int startCol = emu.cx;
        int startRow = emu.cy;
        boolean startWrap = emu.pendingWrap;
        parser.feed(data, offset, length);
        if (emu.cx != startCol || emu.cy != startRow || emu.pendingWrap != startWrap) {
            emu.dirty = true;
        }
        emu.endBatch();
    }

    /** Parse and apply all of {@code data}. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /** Resize the screen, reflowing wrapped lines as tmux and WezTerm do. */
    public void resize(int cols, int rows) {
        emu.resize(cols, rows);
        emu.endBatch();
    }

    public int cols() {
        return emu.cols;
    }

    public int rows() {
        return emu.rows;
    }

    public long seq() {
        return emu.seq;
    }

    public long rowSeq(int row) {
        checkRow(row);
        return emu.rowSeq[row];
    }

    /** A copy of visible row {@code row} (0 = top). */
    public Line line(int row) {
        checkRow(row);
        return LineSnapshot.of(emu.grid[row], emu.cols);
    }

    private void checkRow(int row) {
        if (row < 0 || row >= emu.rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + emu.rows);
        }
    }

    /** Lines currently held in scrollback. */
    public int scrollbackSize() {
        return emu.scrollback.size();
    }

    /** Scrollback line {@code index}, 0 the oldest retained. */
    public Line scrollbackLine(int index) {
        return emu.scrollback.get(index);
    }

    /**
     * Scrollback lines [from, to), 0 the oldest retained: the lines are immutable and shared, so
     * this copies only the list.
     */
    public java.util.List<Line> scrollbackLines(int from, int to) {
        int size = emu.scrollback.size();
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("scrollback range [" + from + ", " + to + ") of " + size);
        }
        java.util.List<Line> out = new java.util.ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(emu.scrollback.get(i));
        }
        return out;
    }

    /** All visible rows as immutable copies (a snapshot of the screen). */
    public java.util.List<Line> screen() {
        java.util.List<Line> out = new java.util.ArrayList<>(emu.rows);
        for (int r = 0; r < emu.rows; r++) {
            out.add(LineSnapshot.of(emu.grid[r], emu.cols));
        }
        return out;
    }

    /**
     * Lines ever pushed into scrollback (so a client can tell which lines it already has). A
     * resize that pulls lines back onto the screen, or reflows, adjusts this count to match the
     * rewritten scrollback: after a resize a client should fetch scrollback again.
     */
    public long scrollbackPushedTotal() {
        return emu.scrollback.pushedTotal();
    }

    public int cursorRow() {
        return emu.cy;
    }

    public int cursorCol() {
        return emu.cx;
    }

    /** True when the next printed character will wrap first (the cursor sits past the last column). */
    public boolean cursorPendingWrap() {
        return emu.pendingWrap;
    }

    public TerminalModes modes() {
        return emu.modes.snapshot();
    }

    public String title() {
        return emu.title;
    }

    /** Palette entry {@code index} (0-255) as 0xRRGGBB, as OSC 4 may have changed it. */
    public int paletteColor(int index) {
        return emu.palette.colors[index & 0xFF];
    }

    /** The default foreground as 0xRRGGBB (OSC 10). */
    public int defaultForeground() {
        return emu.palette.foreground;
    }

    /** The default background as 0xRRGGBB (OSC 11). */
    public int defaultBackground() {
        return emu.palette.background;
    }

    /** The cursor colour as 0xRRGGBB (OSC 12), or -1 when unset (use the foreground). */
    public int cursorColor() {
        return emu.palette.cursor;
    }

    /**
     * The default colours answered to OSC 10/11 queries and restored by OSC 110/111, e.g. the
     * client terminal's own colours so programs pick the right light/dark theme.
     */
    public void setDefaultColors(int foregroundRgb, int backgroundRgb) {
        Palette p = emu.palette;
        boolean fgWasBase = p.foreground == p.baseForeground;
        boolean bgWasBase = p.background == p.baseBackground;
        p.baseForeground = foregroundRgb & 0xFFFFFF;
        p.baseBackground = backgroundRgb & 0xFFFFFF;
        if (fgWasBase) {
            p.foreground = p.baseForeground;
        }
        if (bgWasBase) {
            p.background = p.baseBackground;
        }
    }

    /** Hard reset of parser and model (RIS), for tests. */
    void reset() {
        parser.reset();
        emu.fullReset();
        emu.endBatch();
    }

    /** The model behind this terminal, for tests and tools in this package. */
    Emulator emulator() {
        return emu;
    }

    /** True while the alternate screen is shown. */
    public boolean altScreen() {
        return emu.altActive;
    }
}
