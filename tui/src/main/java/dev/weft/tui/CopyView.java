package dev.weft.tui;

import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pane in copy mode shows, drawn by the renderer instead of its mirror: the rows of the
 * view (blank where a line has not arrived), the selection in tmux's default {@code mode-style}
 * (black on yellow), every match of the last search in {@code copy-mode-match-style} (black on
 * cyan) and the current match in {@code copy-mode-current-match-style} (black on magenta), the
 * position indicator {@code [N/M]} at the top right in mode-style, and the copy cursor as the
 * cursor. A snapshot: built whole under copy mode's lock, read by the render thread.
 */
final class CopyView implements PaneMirror {
    static final int BLACK = 0x1000000;
    static final int YELLOW = 0x1000000 | 3;
    static final int MAGENTA = 0x1000000 | 5;
    static final int CYAN = 0x1000000 | 6;

    /** A style a cell is painted with (fg, bg; attributes are kept off, as tmux's styles here). */
    private record Paint(int fg, int bg) {}

    static final Paint SELECTION = new Paint(BLACK, YELLOW);
    static final Paint MATCH = new Paint(BLACK, CYAN);
    static final Paint CURRENT = new Paint(BLACK, MAGENTA);

    /** The current search match: where it starts and how many cells it covers. */
    record Match(long line, int col, int cells) {}

    private final int paneId;
    private final int cols;
    private final List<Pdu.StyledLine> rows;
    private final Pdu.CursorState cursor;
    private final PaneMirror live;
    private boolean dirty = true;

    private CopyView(int paneId, int cols, List<Pdu.StyledLine> rows, Pdu.CursorState cursor, PaneMirror live) {
        this.paneId = paneId;
        this.cols = cols;
        this.rows = rows;
        this.cursor = cursor;
        this.live = live;
    }

    /**
     * The view of {@code mode}: {@code search} highlights every match in the rows shown (null: no
     * search), {@code current} the match the cursor went to (null: none).
     */
    static CopyView of(int paneId, CopyMode mode, Pattern search, Match current, PaneMirror live) {
        CopyLines lines = mode.lines();
        int cols = lines.cols();
        CopyMode.Selection sel = mode.selection();
        List<Pdu.StyledLine> out = new ArrayList<>();
        for (int r = 0; r < lines.rows(); r++) {
            long y = mode.lineAt(r);
            Pdu.StyledLine line = lines.line(y);
            Cell[] cells = cells(line, cols);
            if (search != null) {
                paintMatches(cells, search);
            }
            if (current != null && current.line() == y) {
                paint(cells, current.col(), current.col() + Math.max(1, current.cells()), CURRENT);
            }
            if (sel != null) {
                int[] range = sel.columns(y, cols);
                if (range != null) {
                    paint(cells, range[0], range[1], SELECTION);
                }
            }
            if (r == 0) {
                String position = mode.position();
                if (position != null) {
                    int from = Math.max(0, cols - position.length());
                    for (int i = 0; i < position.length() && from + i < cols; i++) {
                        cells[from + i] = new Cell(String.valueOf(position.charAt(i)), BLACK, YELLOW, 0);
                    }
                }
            }
            out.add(runs(cells, line != null && line.wrapped()));
        }
        Pdu.CursorState cursor = new Pdu.CursorState(mode.cy(), Math.min(mode.cx(), Math.max(0, cols - 1)), true, 0);
        return new CopyView(paneId, cols, out, cursor, live);
    }

    private record Cell(String text, int fg, int bg, int attrs) {}

    private static Cell[] cells(Pdu.StyledLine line, int cols) {
        Cell[] cells = new Cell[cols];
        int x = 0;
        if (line != null) {
            for (Pdu.StyledRun run : line.runs()) {
                for (String c : run.cells()) {
                    if (x >= cols) {
                        break;
                    }
                    cells[x++] = new Cell(c, run.fg(), run.bg(), run.attrs());
                }
            }
        }
        for (; x < cols; x++) {
            cells[x] = new Cell(" ", 0, 0, 0);
        }
        return cells;
    }

    private static void paint(Cell[] cells, int from, int to, Paint p) {
        for (int x = Math.max(0, from); x < Math.min(to, cells.length); x++) {
            // attributes go with the colours: reverse video would undo the highlight
            cells[x] = new Cell(cells[x].text(), p.fg(), p.bg(), 0);
        }
    }

    /** Every match of {@code search} in the row's text, each character mapped back to its cell. */
    private static void paintMatches(Cell[] cells, Pattern search) {
        StringBuilder text = new StringBuilder();
        List<Integer> colOf = new ArrayList<>();
        for (int x = 0; x < cells.length; x++) {
            String t = cells[x].text();
            for (int i = 0; i < t.length(); i++) {
                text.append(t.charAt(i));
                colOf.add(x);
            }
        }
        Matcher m = search.matcher(new Budgeted(text, MATCH_STEPS));
        int at = 0;
        try {
            while (at <= text.length() && m.find(at)) {
                if (m.end() == m.start()) {
                    at = m.end() + 1; // an empty match highlights nothing
                    continue;
                }
                int from = colOf.get(m.start());
                int to = colOf.get(m.end() - 1) + 1;
                paint(cells, from, to, MATCH);
                at = m.end();
            }
        } catch (Budgeted.Exhausted e) {
            // a pattern that backtracks without end: this row keeps the matches found so far
        }
    }

    /** Characters a row's highlighting may read: the renderer must not hang on a pathological regex. */
    static final int MATCH_STEPS = 200_000;

    /** A CharSequence that gives up after {@code budget} reads (java.util.regex has no time limit). */
    static final class Budgeted implements CharSequence {
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final CharSequence text;
        private final int[] left;

        Budgeted(CharSequence text, int budget) {
            this(text, new int[] {budget});
        }

        private Budgeted(CharSequence text, int[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.subSequence(start, end), left);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static Pdu.StyledLine runs(Cell[] cells, boolean wrapped) {
        List<Pdu.StyledRun> runs = new ArrayList<>();
        int x = 0;
        while (x < cells.length) {
            Cell first = cells[x];
            List<String> texts = new ArrayList<>();
            while (x < cells.length && cells[x].fg() == first.fg() && cells[x].bg() == first.bg()
                    && cells[x].attrs() == first.attrs()) {
                texts.add(cells[x].text());
                x++;
            }
            runs.add(new Pdu.StyledRun(first.fg(), first.bg(), 0, first.attrs(), texts));
        }
        return new Pdu.StyledLine(wrapped, runs);
    }

    /** Row {@code row} as plain text (tests). */
    String text(int row) {
        return CopyLines.text(CopyLines.cells(line(row)), 0, cols);
    }

    /** The (fg, bg) of cell {@code col} of row {@code row} (tests). */
    int[] colours(int row, int col) {
        int x = 0;
        for (Pdu.StyledRun run : line(row).runs()) {
            if (col < x + run.cells().size()) {
                return new int[] {run.fg(), run.bg()};
            }
            x += run.cells().size();
        }
        return new int[] {0, 0};
    }

    @Override
    public int paneId() {
        return paneId;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int rows() {
        return rows.size();
    }

    @Override
    public Pdu.StyledLine line(int row) {
        return row >= 0 && row < rows.size() ? rows.get(row) : new Pdu.StyledLine(false, List.of());
    }

    @Override
    public Pdu.CursorState cursor() {
        return cursor;
    }

    @Override
    public Pdu.PaneModes modes() {
        return live != null ? live.modes() : new Pdu.PaneModes(0, 0, 0, 0);
    }

    @Override
    public String title() {
        return live != null ? live.title() : "";
    }

    @Override
    public long inputSerialConsumed() {
        return live != null ? live.inputSerialConsumed() : 0;
    }

    @Override
    public long inputSerialEchoed() {
        return live != null ? live.inputSerialEchoed() : 0;
    }

    @Override
    public int echoFlags() {
        return live != null ? live.echoFlags() : 0;
    }

    /** Every row the first time (a new view replaces the old one whole), then none. */
    @Override
    public synchronized BitSet takeDirtyRows() {
        BitSet b = new BitSet();
        if (dirty) {
            b.set(0, rows.size());
            dirty = false;
        }
        return b;
    }
}
