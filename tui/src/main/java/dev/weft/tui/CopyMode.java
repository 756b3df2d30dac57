package dev.weft.tui;

import java.util.List;

/**
 * One pane's copy mode as tmux's window-copy.c keeps it: the view scrolled {@code oy} lines up into
 * the history (0: the screen as frozen), the cursor at view row {@code cy}, column {@code cx}, and
 * a selection from an anchor to the cursor. Pure data over {@link CopyLines}; not thread-safe (the
 * owner locks). Line numbers are {@link CopyLines}': the cursor is on line {@code cy - oy}.
 */
final class CopyMode {
    /** How the selection grows: by characters, whole lines (select-line) or a rectangle. */
    enum Kind { CHAR, LINE, RECT }

    private final CopyLines lines;
    private boolean vi;
    private long oy;
    private int cy;
    private int cx;
    /** The column vertical moves aim for (tmux's lastcx); MAX_VALUE: the end of each line. */
    private int wantCx;
    private boolean selecting;
    private long anchorY;
    private int anchorX;
    private boolean rect;
    private boolean lineSel;
    private boolean hidePosition;
    private long markY = Long.MIN_VALUE;
    private int markX;
    private char jumpType; // f F t T, 0: none yet
    private String jumpChar;

    CopyMode(CopyLines lines, boolean vi, int cursorRow, int cursorCol) {
        this.lines = lines;
        this.vi = vi;
        this.cy = clamp(cursorRow, 0, Math.max(0, lines.rows() - 1));
        this.cx = clamp(cursorCol, 0, Math.max(0, lines.cols() - 1));
        this.wantCx = cx;
    }

    // ---- what is shown -----------------------------------------------------------------------

    long oy() {
        return oy;
    }

    int cy() {
        return cy;
    }

    int cx() {
        return cx;
    }

    /** The line the cursor is on. */
    long cursorLine() {
        return cy - oy;
    }

    /** The line view row {@code row} shows. */
    long lineAt(int row) {
        return row - oy;
    }

    CopyLines lines() {
        return lines;
    }

    boolean vi() {
        return vi;
    }

    void vi(boolean vi) {
        this.vi = vi;
    }

    /** tmux's position indicator: {@code [oy/history size]}; null when toggled off. */
    String position() {
        return hidePosition ? null : "[" + oy + "/" + lines.historySize() + "]";
    }

    void togglePosition() {
        hidePosition = !hidePosition;
    }

    boolean selecting() {
        return selecting;
    }

    boolean rectangle() {
        return rect;
    }

    // ---- scrolling ---------------------------------------------------------------------------

    private int sy() {
        return Math.max(1, lines.rows());
    }

    /** Scroll the view up {@code n} lines, the cursor staying on its text while it can (scroll-up, C-y). */
    void scrollUp(int n) {
        for (int i = 0; i < n && oy < lines.historySize(); i++) {
            oy++;
            if (cy < sy() - 1) {
                cy++;
            }
        }
        clampCx();
    }

    /** Scroll the view down (scroll-down, C-e); true when it reached the bottom. */
    boolean scrollDown(int n) {
        for (int i = 0; i < n && oy > 0; i++) {
            oy--;
            if (cy > 0) {
                cy--;
            }
        }
        clampCx();
        return oy == 0;
    }

    /** page-up / halfpage-up: tmux pages by the height less two lines, or half of it. */
    void pageUp(boolean half) {
        long n = pageSize(half);
        long hsize = lines.historySize();
        if (oy + n > hsize) {
            cy = (int) Math.max(0, cy - (oy + n - hsize));
            oy = hsize;
        } else {
            oy += n;
        }
        clampCx();
    }

    /** page-down / halfpage-down; true when the view is at the bottom afterwards. */
    boolean pageDown(boolean half) {
        long n = pageSize(half);
        if (oy < n) {
            cy = (int) Math.min(sy() - 1, cy + (n - oy));
            oy = 0;
        } else {
            oy -= n;
        }
        clampCx();
        return oy == 0;
    }

    private long pageSize(boolean half) {
        int sy = sy();
        if (half) {
            return Math.max(1, sy / 2);
        }
        return sy > 2 ? sy - 2 : 1;
    }

    void historyTop() {
        oy = lines.historySize();
        cy = 0;
        cx = 0;
        wantCx = 0;
    }

    void historyBottom() {
        oy = 0;
        cy = sy() - 1;
        cx = length(cursorLine());
        clampCx();
        wantCx = cx;
    }

    /** goto-line: the view scrolled {@code n} lines back (tmux's meaning of the line number). */
    void gotoLine(long n) {
        oy = n < 0 || n > lines.historySize() ? lines.historySize() : n;
        clampCx();
    }

    /** Put the cursor on line {@code y}, column {@code x}, scrolling so it shows (centred when it has to scroll). */
    void moveTo(long y, int x) {
        long top = -lines.historySize();
        y = Math.max(top, Math.min(sy() - 1, y));
        long row = y + oy;
        if (row < 0 || row >= sy()) {
            long wanted = sy() / 2;
            oy = Math.max(0, Math.min(lines.historySize(), wanted - y));
            row = y + oy;
        }
        cy = (int) row;
        cx = clamp(x, 0, Math.max(0, lines.cols() - 1));
        wantCx = cx;
    }

    // ---- the cursor --------------------------------------------------------------------------

    void cursorUp() {
        if (cy == 0) {
            if (oy >= lines.historySize()) {
                return;
            }
            oy++;
        } else {
            cy--;
        }
        followColumn();
    }

    void cursorDown() {
        if (cy == sy() - 1) {
            if (oy == 0) {
                return;
            }
            oy--;
        } else {
            cy++;
        }
        followColumn();
    }

    void cursorLeft() {
        if (cx > 0) {
            cx--;
        } else if (cursorLine() > -lines.historySize()) {
            cursorUp();
            cx = length(cursorLine());
            clampCx(); // a full line's length is the width: the last column
        }
        wantCx = cx;
    }

    void cursorRight() {
        int px = rect && selecting ? lines.cols() - 1 : length(cursorLine());
        if (cx >= px && cursorLine() < sy() - 1) {
            cursorDown();
            cx = 0;
        } else {
            cx = Math.min(cx + 1, Math.max(0, lines.cols() - 1));
        }
        wantCx = cx;
    }

    void startOfLine() {
        cx = 0;
        wantCx = 0;
    }

    /** end-of-line: after the line's last character (tmux), the pane's last column at most. */
    void endOfLine() {
        cx = rect && selecting ? lines.cols() - 1 : length(cursorLine());
        clampCx();
        wantCx = Integer.MAX_VALUE;
    }

    void backToIndentation() {
        List<String> c = cells(cursorLine());
        int x = 0;
        while (x < CopyLines.length(c) && CopyLines.blank(c.get(x))) {
            x++;
        }
        cx = x;
        wantCx = x;
    }

    void topLine() {
        cy = 0;
        followColumn();
    }

    void middleLine() {
        cy = (sy() - 1) / 2;
        followColumn();
    }

    void bottomLine() {
        cy = sy() - 1;
        followColumn();
    }

    private void followColumn() {
        int len = length(cursorLine());
        cx = wantCx == Integer.MAX_VALUE ? len : (rect && selecting ? wantCx : Math.min(wantCx, len));
        cx = clamp(cx, 0, Math.max(0, lines.cols() - 1));
    }

    private void clampCx() {
        cx = clamp(cx, 0, Math.max(0, lines.cols() - 1));
    }

    // ---- words and paragraphs ----------------------------------------------------------------

    /** Word classes as tmux's: blank, a separator, or a word character. */
    private int kind(long y, int x, String separators) {
        String c = charAt(y, x);
        if (c == null || CopyLines.blank(c)) {
            return 0;
        }
        return separators.contains(c) ? 1 : 2;
    }

    /** The cell at (y, x), " " past a line's text, null for the line break itself. */
    private String charAt(long y, int x) {
        List<String> c = cells(y);
        int len = CopyLines.length(c);
        if (x >= len) {
            return wrapped(y) ? " " : null;
        }
        return c.get(x);
    }

    private boolean wrapped(long y) {
        var l = lines.line(y);
        return l != null && l.wrapped();
    }

    /** The last column a position on line y can take: its length (the line break), or the width when wrapped. */
    private int lastX(long y) {
        return wrapped(y) ? lines.cols() - 1 : length(y);
    }

    private long[] next(long y, int x) {
        if (x < lastX(y)) {
            return new long[] {y, x + 1};
        }
        if (y < sy() - 1) {
            return new long[] {y + 1, 0};
        }
        return null;
    }

    private long[] previous(long y, int x) {
        if (x > 0) {
            return new long[] {y, Math.min(x - 1, lastX(y))};
        }
        if (y > -lines.historySize()) {
            return new long[] {y - 1, lastX(y - 1)};
        }
        return null;
    }

    /** next-word (w) and next-space (W): past this word, then past blanks. */
    void nextWord(String separators) {
        long y = cursorLine();
        int x = cx;
        int k = kind(y, x, separators);
        long[] p = {y, x};
        while (k != 0 && p != null && kind(p[0], (int) p[1], separators) == k) {
            p = next(p[0], (int) p[1]);
        }
        while (p != null && kind(p[0], (int) p[1], separators) == 0) {
            long[] n = next(p[0], (int) p[1]);
            if (n == null) {
                break;
            }
            p = n;
        }
        if (p != null) {
            moveTo(p[0], (int) p[1]);
        }
    }

    /** next-word-end (e, M-f) and next-space-end (E): vi lands on the word's last character, emacs after it. */
    void nextWordEnd(String separators) {
        long[] p = {cursorLine(), cx};
        if (vi) {
            p = next(p[0], (int) p[1]);
        }
        while (p != null && kind(p[0], (int) p[1], separators) == 0) {
            p = next(p[0], (int) p[1]);
        }
        if (p == null) {
            return;
        }
        int k = kind(p[0], (int) p[1], separators);
        long[] last = p;
        while (p != null && kind(p[0], (int) p[1], separators) == k) {
            last = p;
            p = next(p[0], (int) p[1]);
        }
        long[] to = vi || p == null ? last : p;
        moveTo(to[0], (int) to[1]);
    }

    /** previous-word (b, M-b) and previous-space (B): to the start of this or the previous word. */
    void previousWord(String separators) {
        long[] p = previous(cursorLine(), cx);
        while (p != null && kind(p[0], (int) p[1], separators) == 0) {
            p = previous(p[0], (int) p[1]);
        }
        if (p == null) {
            return;
        }
        int k = kind(p[0], (int) p[1], separators);
        long[] start = p;
        while (p != null && kind(p[0], (int) p[1], separators) == k) {
            start = p;
            p = previous(p[0], (int) p[1]);
        }
        moveTo(start[0], (int) start[1]);
    }

    /** The word under the cursor (tmux's copy_cursor_word), "" on a blank. */
    String cursorWord(String separators) {
        long y = cursorLine();
        int k = kind(y, cx, separators);
        if (k == 0) {
            return "";
        }
        int from = cx;
        while (from > 0 && kind(y, from - 1, separators) == k) {
            from--;
        }
        int to = cx;
        while (kind(y, to, separators) == k && to < length(y)) {
            to++;
        }
        return CopyLines.text(cells(y), from, to);
    }

    /** select-word: the word (or run of separators) under the cursor. */
    void selectWord(String separators) {
        long y = cursorLine();
        int k = kind(y, cx, separators);
        int from = cx;
        while (from > 0 && kind(y, from - 1, separators) == k) {
            from--;
        }
        int to = cx;
        while (to + 1 < length(y) && kind(y, to + 1, separators) == k) {
            to++;
        }
        lineSel = false;
        anchorY = y;
        anchorX = from;
        selecting = true;
        cx = vi ? to : Math.min(to + 1, lines.cols() - 1);
        wantCx = cx;
    }

    /** next-paragraph / previous-paragraph: past the blank lines, then to the next blank line. */
    void nextParagraph() {
        long y = cursorLine();
        long last = sy() - 1;
        while (y < last && length(y) == 0) {
            y++;
        }
        while (y < last && length(y) > 0) {
            y++;
        }
        moveTo(y, length(y));
    }

    void previousParagraph() {
        long y = cursorLine();
        long first = -lines.historySize();
        while (y > first && length(y) == 0) {
            y--;
        }
        while (y > first && length(y) > 0) {
            y--;
        }
        moveTo(y, 0);
    }

    // ---- brackets (vi %, emacs M-C-f / M-C-b) -------------------------------------------------

    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";
    /** How far a bracket's match is looked for (lines), so a lone bracket does not scan a huge history. */
    private static final int BRACKET_LINES = 1000;

    /**
     * next-matching-bracket / previous-matching-bracket: the bracket under the cursor (else the
     * next one right of it on the line, or for previous the one left of it) and then its match,
     * counting nesting, across lines.
     */
    void matchingBracket(boolean next) {
        long y = cursorLine();
        List<String> c = cells(y);
        int len = CopyLines.length(c);
        int x = cx;
        while (x >= 0 && x < len && OPEN.indexOf(c.get(x)) < 0 && CLOSE.indexOf(c.get(x)) < 0) {
            x += next ? 1 : -1;
        }
        if (x < 0 || x >= len) {
            return;
        }
        String b = c.get(x);
        boolean forward = OPEN.contains(b);
        String mate = forward ? String.valueOf(CLOSE.charAt(OPEN.indexOf(b))) : String.valueOf(OPEN.charAt(CLOSE.indexOf(b)));
        int depth = 0;
        long[] p = {y, x};
        long lines = 0;
        long lastY = y;
        while (p != null && lines <= BRACKET_LINES) {
            String here = charAt(p[0], (int) p[1]);
            if (b.equals(here)) {
                depth++;
            } else if (mate.equals(here) && --depth == 0) {
                moveTo(p[0], (int) p[1]);
                return;
            }
            p = forward ? next(p[0], (int) p[1]) : previous(p[0], (int) p[1]);
            if (p != null && p[0] != lastY) {
                lastY = p[0];
                lines++;
            }
        }
    }

    // ---- jumps (f F t T) ---------------------------------------------------------------------

    /** jump-forward (f), jump-backward (F), jump-to-forward (t), jump-to-backward (T) to {@code c} on this line. */
    void jump(char type, String c) {
        jumpType = type;
        jumpChar = c;
        doJump(type, c);
    }

    /** jump-again (;) and jump-reverse (,). */
    void jumpAgain(boolean reverse) {
        if (jumpType == 0) {
            return;
        }
        char t = jumpType;
        if (reverse) {
            t = switch (t) {
                case 'f' -> 'F';
                case 'F' -> 'f';
                case 't' -> 'T';
                default -> 't';
            };
        }
        doJump(t, jumpChar);
    }

    private void doJump(char type, String c) {
        List<String> cells = cells(cursorLine());
        int len = CopyLines.length(cells);
        boolean forward = type == 'f' || type == 't';
        boolean to = type == 't' || type == 'T';
        // repeating t/T must not stick on the character next to the cursor
        int x = forward ? cx + (to ? 2 : 1) : cx - (to ? 2 : 1);
        for (; forward ? x < len : x >= 0; x += forward ? 1 : -1) {
            if (cells.get(x).equals(c)) {
                cx = to ? (forward ? x - 1 : x + 1) : x;
                wantCx = cx;
                return;
            }
        }
    }

    // ---- the mark ----------------------------------------------------------------------------

    void setMark() {
        markY = cursorLine();
        markX = cx;
    }

    /** jump-to-mark: swap the cursor and the mark. */
    void jumpToMark() {
        if (markY == Long.MIN_VALUE) {
            return;
        }
        long y = markY;
        int x = markX;
        setMark();
        moveTo(y, x);
    }

    // ---- the selection -----------------------------------------------------------------------

    void beginSelection() {
        selecting = true;
        lineSel = false;
        anchorY = cursorLine();
        anchorX = cx;
    }

    void selectLine() {
        selecting = true;
        lineSel = true;
        anchorY = cursorLine();
        anchorX = 0;
        endOfLine();
    }

    void clearSelection() {
        selecting = false;
        lineSel = false;
    }

    void rectangle(Boolean on) {
        rect = on == null ? !rect : on;
    }

    void otherEnd() {
        if (!selecting) {
            return;
        }
        long y = anchorY;
        int x = anchorX;
        anchorY = cursorLine();
        anchorX = cx;
        moveTo(y, x);
    }

    /** The selection now, or null. */
    Selection selection() {
        if (!selecting) {
            return null;
        }
        Kind kind = lineSel ? Kind.LINE : rect ? Kind.RECT : Kind.CHAR;
        return new Selection(kind, anchorY, anchorX, cursorLine(), cx, vi);
    }

    /**
     * A selection from an anchor to the cursor. {@code inclusive}: vi's selection takes the cell
     * under the cursor, emacs' ends before it (tmux).
     */
    record Selection(Kind kind, long anchorY, int anchorX, long cursorY, int cursorX, boolean inclusive) {
        long startY() {
            return Math.min(anchorY, cursorY);
        }

        long endY() {
            return Math.max(anchorY, cursorY);
        }

        /** The selected columns of line {@code y} as [from, to), or null when none. */
        int[] columns(long y, int cols) {
            if (y < startY() || y > endY()) {
                return null;
            }
            int extra = inclusive ? 1 : 0;
            switch (kind) {
                case LINE:
                    return new int[] {0, cols};
                case RECT: {
                    int from = Math.min(anchorX, cursorX);
                    int to = Math.max(anchorX, cursorX) + extra;
                    return from < to ? new int[] {from, Math.min(to, cols)} : null;
                }
                default: {
                    boolean anchorFirst = anchorY < cursorY || (anchorY == cursorY && anchorX <= cursorX);
                    long sy = anchorFirst ? anchorY : cursorY;
                    int sx = anchorFirst ? anchorX : cursorX;
                    long ey = anchorFirst ? cursorY : anchorY;
                    // the end is the cursor's cell (inclusive) or the anchor's, which counts as the cursor's when after it
                    int ex = anchorFirst ? cursorX + extra : anchorX + extra;
                    int from = y == sy ? sx : 0;
                    int to = y == ey ? ex : cols;
                    return from < to ? new int[] {from, Math.min(to, cols)} : null;
                }
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private List<String> cells(long y) {
        return CopyLines.cells(lines.line(y));
    }

    private int length(long y) {
        return CopyLines.length(cells(y));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
