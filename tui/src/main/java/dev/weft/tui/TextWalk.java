package dev.weft.tui;

import java.util.List;

/**
 * Walking copy mode's lines for the motions that look at text: words (tmux's three classes:
 * blanks, {@code word-separators}, other characters), paragraphs, matching brackets. Positions are
 * {@code {line, column}}; a line's break is one position after its text (none when the row wrapped
 * into the next). Stateless over a {@link CopyLines}; the caller moves the cursor.
 */
final class TextWalk {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";
    /** How far a bracket's match is looked for (lines), so a lone bracket does not scan a huge history. */
    private static final int BRACKET_LINES = 1000;

    private final CopyLines lines;

    TextWalk(CopyLines lines) {
        this.lines = lines;
    }

    /** Word classes as tmux's: 0 blank (or the line break), 1 a separator, 2 a word character. */
    int kind(long y, int x, String separators) {
        String c = charAt(y, x);
        if (c == null || CopyLines.blank(c)) {
            return 0;
        }
        return separators.contains(c) ? 1 : 2;
    }

    /** The cell at (y, x), " " past a wrapped row's text, null for the line break itself. */
    String charAt(long y, int x) {
        List<String> c = CopyLines.cells(lines.line(y));
        if (x >= CopyLines.length(c)) {
            return wrapped(y) ? " " : null;
        }
        return c.get(x);
    }

    private boolean wrapped(long y) {
        var l = lines.line(y);
        return l != null && l.wrapped();
    }

    private int length(long y) {
        return CopyLines.length(CopyLines.cells(lines.line(y)));
    }

    /** The last column a position on line y can take: its length (the line break), or the width when wrapped. */
    private int lastX(long y) {
        return wrapped(y) ? lines.cols() - 1 : length(y);
    }

    long[] next(long y, int x) {
        if (x < lastX(y)) {
            return new long[] {y, x + 1};
        }
        if (y < lines.rows() - 1) {
            return new long[] {y + 1, 0};
        }
        return null;
    }

    long[] previous(long y, int x) {
        if (x > 0) {
            return new long[] {y, Math.min(x - 1, lastX(y))};
        }
        if (y > -lines.historySize()) {
            return new long[] {y - 1, lastX(y - 1)};
        }
        return null;
    }

    /** next-word: past this word (or run of separators), then past blanks; null: nowhere to go. */
    long[] nextWord(long y, int x, String separators) {
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
        return p;
    }

    /** next-word-end: on the next word's last character (vi, moving at least one) or just after it (emacs). */
    long[] nextWordEnd(long y, int x, String separators, boolean vi) {
        long[] p = {y, x};
        if (vi) {
            p = next(p[0], (int) p[1]);
        }
        while (p != null && kind(p[0], (int) p[1], separators) == 0) {
            p = next(p[0], (int) p[1]);
        }
        if (p == null) {
            return null;
        }
        int k = kind(p[0], (int) p[1], separators);
        long[] last = p;
        while (p != null && kind(p[0], (int) p[1], separators) == k) {
            last = p;
            p = next(p[0], (int) p[1]);
        }
        return vi || p == null ? last : p;
    }

    /** previous-word: the start of this word or the previous one. */
    long[] previousWord(long y, int x, String separators) {
        long[] p = previous(y, x);
        while (p != null && kind(p[0], (int) p[1], separators) == 0) {
            p = previous(p[0], (int) p[1]);
        }
        if (p == null) {
            return null;
        }
        int k = kind(p[0], (int) p[1], separators);
        long[] start = p;
        while (p != null && kind(p[0], (int) p[1], separators) == k) {
            start = p;
            p = previous(p[0], (int) p[1]);
        }
        return start;
    }

    /** The columns [first, last] of the run of one class around (y, x) on its line. */
    int[] span(long y, int x, String separators) {
        int k = kind(y, x, separators);
        int len = length(y);
        int from = x;
        while (from > 0 && kind(y, from - 1, separators) == k) {
            from--;
        }
        int to = x;
        while (to + 1 < len && kind(y, to + 1, separators) == k) {
            to++;
        }
        return new int[] {from, to};
    }

    /** The word at (y, x), "" on a blank. */
    String wordAt(long y, int x, String separators) {
        if (kind(y, x, separators) == 0) {
            return "";
        }
        int[] span = span(y, x, separators);
        return CopyLines.text(CopyLines.cells(lines.line(y)), span[0], span[1] + 1);
    }

    /** The line next-paragraph goes to: past blank lines, then past text, to a blank line (or the last). */
    long nextParagraph(long y) {
        long last = lines.rows() - 1;
        while (y < last && length(y) == 0) {
            y++;
        }
        while (y < last && length(y) > 0) {
            y++;
        }
        return y;
    }

    long previousParagraph(long y) {
        long first = -lines.historySize();
        while (y > first && length(y) == 0) {
            y--;
        }
        while (y > first && length(y) > 0) {
            y--;
        }
        return y;
    }

    private static boolean bracket(String cell) {
        return cell.length() == 1 && (OPEN.contains(cell) || CLOSE.contains(cell));
    }

    /**
     * The match of the bracket at (y, x) (else of the next one right of it on the line, or for
     * previous the one left of it), counting nesting across lines; null when there is none.
     */
    long[] matchingBracket(long y, int x, boolean next) {
        List<String> c = CopyLines.cells(lines.line(y));
        int len = CopyLines.length(c);
        while (x >= 0 && x < len && !bracket(c.get(x))) {
            x += next ? 1 : -1;
        }
        if (x < 0 || x >= len) {
            return null;
        }
        String b = c.get(x);
        boolean forward = OPEN.contains(b);
        String mate = forward ? String.valueOf(CLOSE.charAt(OPEN.indexOf(b)))
                : String.valueOf(OPEN.charAt(CLOSE.indexOf(b)));
        int depth = 0;
        long[] p = {y, x};
        long seen = 0;
        long lastY = y;
        while (p != null && seen <= BRACKET_LINES) {
            String here = charAt(p[0], (int) p[1]);
            if (b.equals(here)) {
                depth++;
            } else if (mate.equals(here) && --depth == 0) {
                return p;
            }
            p = forward ? next(p[0], (int) p[1]) : previous(p[0], (int) p[1]);
            if (p != null && p[0] != lastY) {
                lastY = p[0];
                seen++;
            }
        }
        return null;
    }
}
