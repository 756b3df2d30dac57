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

    public Terminal(int cols, int rows, int scrollbackLimit, TerminalListener listener) {
        throw new UnsupportedOperationException("emulator in progress");
    }

    /** Parse and apply bytes (UTF-8, split anywhere). */
    public void feed(byte[] data, int offset, int length) {}

    /** Resize the screen, reflowing wrapped lines as tmux and WezTerm do. */
    public void resize(int cols, int rows) {}

    public int cols() { return 0; }

    public int rows() { return 0; }

    public long seq() { return 0; }

    public long rowSeq(int row) { return 0; }

    /** A copy of visible row {@code row} (0 = top). */
    public Line line(int row) { return null; }

    /** Lines currently held in scrollback. */
    public int scrollbackSize() { return 0; }

    /** Scrollback line {@code index}, 0 the oldest retained. */
    public Line scrollbackLine(int index) { return null; }

    /** Lines ever pushed into scrollback (so a client can tell which lines it already has). */
    public long scrollbackPushedTotal() { return 0; }

    public int cursorRow() { return 0; }

    public int cursorCol() { return 0; }

    public TerminalModes modes() { return TerminalModes.DEFAULT; }

    public String title() { return ""; }
}
