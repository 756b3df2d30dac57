package dev.weft.tui;

import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A pane mirror the test fills by hand (our own interface's test double). */
final class FakePane implements PaneMirror {
    private final int id;
    private final int cols;
    private final int rows;
    private final Pdu.StyledLine[] lines;
    private final BitSet dirty = new BitSet();
    volatile Pdu.CursorState cursor = new Pdu.CursorState(0, 0, true, 0);
    volatile Pdu.PaneModes modes = Pdu.PaneModes.DEFAULT;

    FakePane(int id, int cols, int rows) {
        this.id = id;
        this.cols = cols;
        this.rows = rows;
        this.lines = new Pdu.StyledLine[rows];
    }

    /** Set a row to plain text in the default style. */
    FakePane text(int row, String text) {
        List<String> cells = new ArrayList<>();
        text.codePoints().forEach(cp -> cells.add(new String(Character.toChars(cp))));
        return line(row, new Pdu.StyledLine(false, List.of(new Pdu.StyledRun(0, 0, 0, 0, cells))));
    }

    synchronized FakePane line(int row, Pdu.StyledLine line) {
        lines[row] = line;
        dirty.set(row);
        return this;
    }

    static Pdu.StyledRun run(int fg, int bg, int attrs, String... cells) {
        return new Pdu.StyledRun(fg, bg, 0, attrs, List.of(cells));
    }

    @Override public int paneId() { return id; }
    @Override public int cols() { return cols; }
    @Override public int rows() { return rows; }

    @Override
    public synchronized Pdu.StyledLine line(int row) {
        Pdu.StyledLine line = lines[row];
        return line == null ? new Pdu.StyledLine(false, List.of()) : line;
    }

    @Override public Pdu.CursorState cursor() { return cursor; }
    @Override public Pdu.PaneModes modes() { return modes; }
    @Override public String title() { return ""; }
    @Override public long inputSerialConsumed() { return 0; }
    volatile long echoed;

    @Override public long inputSerialEchoed() { return echoed; }
    @Override public int echoFlags() { return 0; }

    @Override
    public synchronized BitSet takeDirtyRows() {
        BitSet taken = (BitSet) dirty.clone();
        dirty.clear();
        return taken;
    }
}
