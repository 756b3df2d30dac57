package dev.weft.emulator;

import java.util.Arrays;

/**
 * The immutable {@link Line} handed out by {@link Terminal#line} and kept in scrollback.
 * Only the first {@code stored} cells are held (the rest are default blanks), and a colour or
 * attribute array that is all zero is not held at all, so plain text costs one int per cell.
 */
final class LineSnapshot implements Line {
    private final int cols;
    private final int[] cp;
    private final int[] fg;
    private final int[] bg;
    private final int[] ul;
    private final int[] attrs;
    private final String[] marks;
    private final boolean wrapped;

    private LineSnapshot(int cols, int[] cp, int[] fg, int[] bg, int[] ul, int[] attrs, String[] marks,
                         boolean wrapped) {
        this.cols = cols;
        this.cp = cp;
        this.fg = fg;
        this.bg = bg;
        this.ul = ul;
        this.attrs = attrs;
        this.marks = marks;
        this.wrapped = wrapped;
    }

    static LineSnapshot of(Row row, int stored) {
        String[] marks = null;
        if (row.marks != null) {
            for (int i = 0; i < stored; i++) {
                if (row.marks[i] != null) {
                    marks = Arrays.copyOf(row.marks, stored);
                    break;
                }
            }
        }
        return new LineSnapshot(row.cols(), Arrays.copyOf(row.cp, stored), copyUnlessZero(row.fg, stored),
                copyUnlessZero(row.bg, stored), copyUnlessZero(row.ul, stored),
                copyUnlessZero(row.attrs, stored), marks, row.wrapped);
    }

    private static int[] copyUnlessZero(int[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != 0) {
                return Arrays.copyOf(a, n);
            }
        }
        return null;
    }

    /** Cells actually stored; beyond this every cell is a default blank. */
    int stored() {
        return cp.length;
    }

    /** Copy this line's cells into {@code row} starting at {@code dstCol}, from cells [from, to). */
    void copyInto(Row row, int from, int to, int dstCol) {
        for (int i = from; i < to; i++) {
            int d = dstCol + i - from;
            if (i < cp.length) {
                row.set(d, cp[i], at(fg, i), at(bg, i), at(ul, i), at(attrs, i));
                if (marks != null && marks[i] != null) {
                    row.ensureMarks();
                    row.marks[d] = marks[i];
                }
            } else {
                row.set(d, Row.BLANK, 0, 0, 0, 0);
            }
        }
    }

    int rawCodePoint(int col) {
        return col < cp.length ? cp[col] : Row.BLANK;
    }

    int rawAttrs(int col) {
        return at(attrs, col);
    }

    private static int at(int[] a, int i) {
        return a == null || i >= a.length ? 0 : a[i];
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public String text(int col) {
        int c = rawCodePoint(col);
        if (c == Row.BLANK) {
            return " ";
        }
        if (c == Row.WIDE_TAIL) {
            return "";
        }
        String base = new String(Character.toChars(c));
        return marks != null && col < marks.length && marks[col] != null ? base + marks[col] : base;
    }

    @Override
    public int width(int col) {
        if (rawCodePoint(col) == Row.WIDE_TAIL) {
            return 0;
        }
        return (at(attrs, col) & Row.WIDE) != 0 ? 2 : 1;
    }

    @Override
    public int fg(int col) {
        return at(fg, col);
    }

    @Override
    public int bg(int col) {
        return at(bg, col);
    }

    @Override
    public int underlineColor(int col) {
        return at(ul, col);
    }

    @Override
    public int attrs(int col) {
        return at(attrs, col) & Row.PUBLIC_ATTRS;
    }

    /** True if the cell is protected by DECSCA. */
    boolean isProtected(int col) {
        return (at(attrs, col) & Row.PROTECTED) != 0;
    }

    @Override
    public boolean wrapped() {
        return wrapped;
    }

    @Override
    public String plainText() {
        StringBuilder sb = new StringBuilder(cp.length);
        int end = cp.length;
        while (end > 0 && (cp[end - 1] == Row.BLANK || cp[end - 1] == ' ') && !hasMarks(end - 1)) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            int c = cp[i];
            if (c == Row.WIDE_TAIL) {
                continue;
            }
            sb.appendCodePoint(c == Row.BLANK ? ' ' : c);
            if (hasMarks(i)) {
                sb.append(marks[i]);
            }
        }
        return sb.toString();
    }

    private boolean hasMarks(int i) {
        return marks != null && i < marks.length && marks[i] != null;
    }

    @Override
    public String toString() {
        return plainText();
    }
}
