package dev.weft.client;

import dev.weft.protocol.Pdu;
import java.util.BitSet;
import java.util.List;

/**
 * The {@link PaneMirror} implementation. Updates are applied on the I/O thread; each one
 * publishes a new immutable {@link State}, so readers on other threads see one update or the
 * next, never a mix. Dirty rows accumulate until the reader takes them.
 */
final class MirroredPane implements PaneMirror {
    static final Pdu.StyledLine BLANK = new Pdu.StyledLine(false, List.of());
    private static final Pdu.CursorState HOME = new Pdu.CursorState(0, 0, true, 0);

    /** One consistent view of the pane. {@code lines[i] == null} means blank. */
    record State(long frameSeq, int cols, int rows, Pdu.StyledLine[] lines, Pdu.CursorState cursor,
                 Pdu.PaneModes modes, String title, long inputSerialConsumed, long inputSerialEchoed,
                 int echoFlags, long scrollbackLines) {}

    private final int paneId;
    private volatile State state;
    private final BitSet dirty = new BitSet();

    MirroredPane(int paneId, int cols, int rows) {
        this.paneId = paneId;
        this.state = new State(-1, cols, rows, new Pdu.StyledLine[rows], HOME, Pdu.PaneModes.DEFAULT, "",
                0, 0, 0, 0);
    }

    /** Whether the last applied update changed what the pane shows (see {@link #lastUpdateVisible}). */
    private volatile boolean lastUpdateVisible = true;

    /**
     * Applies an update. A full update, or one whose size differs from ours, replaces every row
     * (rows it does not list are blank); a partial update replaces only the rows it lists. A
     * partial update not newer than what we have is stale and ignored.
     *
     * @return whether the update was applied (and so should be acknowledged)
     */
    boolean apply(Pdu.PaneUpdate u) {
        State old = state;
        boolean reset = u.full() || u.cols() != old.cols() || u.rows() != old.rows();
        if (!reset && u.frameSeq() <= old.frameSeq()) {
            return false;
        }
        Pdu.StyledLine[] lines = reset ? new Pdu.StyledLine[u.rows()] : old.lines().clone();
        BitSet changed = new BitSet();
        if (reset) {
            changed.set(0, u.rows());
        }
        for (Pdu.RowUpdate row : u.lines()) {
            if (row.row() >= 0 && row.row() < lines.length) {
                lines[row.row()] = row.line();
                changed.set(row.row());
            }
        }
        // The rows the cursor leaves and enters need a redraw too.
        boolean cursorMoved = !u.cursor().equals(old.cursor());
        if (cursorMoved) {
            markRow(changed, old.cursor().row(), u.rows());
            markRow(changed, u.cursor().row(), u.rows());
        }
        // A frame that only says an input was consumed changes nothing on screen: the TUI must
        // not spend its frame budget on it (the echo that follows would wait for the next one).
        lastUpdateVisible = reset || !u.lines().isEmpty() || cursorMoved || !u.modes().equals(old.modes())
                || !java.util.Objects.equals(u.title() == null ? "" : u.title(), old.title());
        state = new State(u.frameSeq(), u.cols(), u.rows(), lines, u.cursor(), u.modes(),
                u.title() == null ? "" : u.title(), u.inputSerialConsumed(), u.inputSerialEchoed(),
                u.echoFlags(), u.scrollbackLines());
        synchronized (dirty) {
            if (reset) {
                dirty.clear();
            }
            dirty.or(changed);
        }
        return true;
    }

    @Override
    public boolean lastUpdateVisible() {
        return lastUpdateVisible;
    }

    private static void markRow(BitSet set, int row, int rows) {
        if (row >= 0 && row < rows) {
            set.set(row);
        }
    }

    State state() {
        return state;
    }

    long frameSeq() {
        return state.frameSeq();
    }

    long scrollbackLines() {
        return state.scrollbackLines();
    }

    @Override
    public int paneId() {
        return paneId;
    }

    @Override
    public int cols() {
        return state.cols();
    }

    @Override
    public int rows() {
        return state.rows();
    }

    @Override
    public Pdu.StyledLine line(int row) {
        Pdu.StyledLine[] lines = state.lines();
        if (row < 0 || row >= lines.length || lines[row] == null) {
            return BLANK;
        }
        return lines[row];
    }

    @Override
    public Pdu.CursorState cursor() {
        return state.cursor();
    }

    @Override
    public Pdu.PaneModes modes() {
        return state.modes();
    }

    @Override
    public String title() {
        return state.title();
    }

    @Override
    public long inputSerialConsumed() {
        return state.inputSerialConsumed();
    }

    @Override
    public long inputSerialEchoed() {
        return state.inputSerialEchoed();
    }

    @Override
    public int echoFlags() {
        return state.echoFlags();
    }

    @Override
    public BitSet takeDirtyRows() {
        synchronized (dirty) {
            BitSet out = (BitSet) dirty.clone();
            dirty.clear();
            return out;
        }
    }

    /** The visible text of a row (cells concatenated, trailing blanks kept as sent); for tests and capture. */
    String text(int row) {
        StringBuilder sb = new StringBuilder();
        for (Pdu.StyledRun run : line(row).runs()) {
            for (String cell : run.cells()) {
                sb.append(cell);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "pane %" + paneId + " " + cols() + "x" + rows() + " frame " + frameSeq();
    }
}
