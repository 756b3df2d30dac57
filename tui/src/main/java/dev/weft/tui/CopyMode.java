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

    // ---- words, paragraphs, brackets (positions from TextWalk) ------------------------------

    private TextWalk walk() {
        return new TextWalk(lines);
    }

    private void moveTo(long[] p) {
        if (p != null) {
            moveTo(p[0], (int) p[1]);
        }
    }

    /** next-word (w) and next-space (W). */
    void nextWord(String separators) {
        moveTo(walk().nextWord(cursorLine(), cx, separators));
    }

    /** next-word-end (e, M-f) and next-space-end (E): vi lands on the word's last character, emacs after it. */
    void nextWordEnd(String separators) {
        moveTo(walk().nextWordEnd(cursorLine(), cx, separators, vi));
    }

    /** previous-word (b, M-b) and previous-space (B). */
    void previousWord(String separators) {
        moveTo(walk().previousWord(cursorLine(), cx, separators));
    }

    /** The word under the cursor (tmux's copy_cursor_word), "" on a blank. */
    String cursorWord(String separators) {
        return walk().wordAt(cursorLine(), cx, separators);
    }

    /** select-word: the word (or run of separators) under the cursor. */
    void selectWord(String separators) {
        long y = cursorLine();
        int[] span = walk().span(y, cx, separators);
        lineSel = false;
        anchorY = y;
        anchorX = span[0];
        selecting = true;
        cx = vi ? span[1] : Math.min(span[1] + 1, lines.cols() - 1);
        wantCx = cx;
    }

    /** next-paragraph: past the blank lines, then to the next blank line, at its end. */
    void nextParagraph() {
        long y = walk().nextParagraph(cursorLine());
        moveTo(y, length(y));
    }

    void previousParagraph() {
        moveTo(walk().previousParagraph(cursorLine()), 0);
    }

    /** next-matching-bracket / previous-matching-bracket (vi %, emacs M-C-f / M-C-b). */
    void matchingBracket(boolean next) {
        moveTo(walk().matchingBracket(cursorLine(), cx, next));
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
        int x = forward ? cx + (to ? 2 : 1) : Math.min(cx - (to ? 2 : 1), len - 1); // the cursor may be past the text
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
