package dev.weft.emulator;

import java.util.Arrays;

/**
 * The immutable {@link Line} handed out by {@link Terminal#line} and kept in scrollback.
 * Only the first {@code stored} cells are held (the rest are default blanks), and a colour or
 * attribute array that is all zero is not held at all, so plain text costs one int per cell.
 */
final class LineSnapshot implements Line {
    private final int cols;
    /** Cells held; arrays may be longer (adopted from a row) but only [0, stored) counts. */
    private final int stored;
    /** Code points, or null when {@link #latin1} holds them (every cell below U+0100). */
    private final int[] cp;
    private final byte[] latin1;
    private final int[] fg;
    private final int[] bg;
    private final int[] ul;
    private final int[] attrs;
    private final String[] marks;
    private final String[] links;
    private final boolean wrapped;
    private final int mark;

    private LineSnapshot(int cols, int[] cp, int[] fg, int[] bg, int[] ul, int[] attrs, String[] marks,
                         String[] links, boolean wrapped, int mark) {
        this(cols, Math.min(cp.length, cols), cp, fg, bg, ul, attrs, marks, links, wrapped, mark);
    }

    private LineSnapshot(int cols, int stored, int[] cp, int[] fg, int[] bg, int[] ul, int[] attrs, String[] marks,
                         String[] links, boolean wrapped, int mark) {
        this.cols = cols;
        this.stored = stored;
        this.cp = cp;
        this.latin1 = null;
        this.fg = fg;
        this.bg = bg;
        this.ul = ul;
        this.attrs = attrs;
        this.marks = marks;
        this.links = links;
        this.wrapped = wrapped;
        this.mark = mark;
    }

    private static final int[] NO_CELLS = new int[0];
    private static volatile LineSnapshot blankCache = new LineSnapshot(0, NO_CELLS, null, null, null, null, null,
            null, false, 0);

    /** A blank, unwrapped line of {@code cols} columns (shared: blank lines cost nothing in scrollback). */
    static LineSnapshot blank(int cols) {
        LineSnapshot b = blankCache;
        if (b.cols != cols) {
            b = new LineSnapshot(cols, NO_CELLS, null, null, null, null, null, null, false, 0);
            blankCache = b;
        }
        return b;
    }

    private LineSnapshot(int cols, byte[] latin1, boolean wrapped, int mark) {
        this.cols = cols;
        this.stored = latin1.length;
        this.cp = null;
        this.latin1 = latin1;
        this.fg = null;
        this.bg = null;
        this.ul = null;
        this.attrs = null;
        this.marks = null;
        this.links = null;
        this.wrapped = wrapped;
        this.mark = mark;
    }

    /**
     * An unstyled row whose first {@code stored} code points are all below U+0100 (the common
     * case of plain text), kept at one byte per cell; null if some cell needs more.
     */
    static LineSnapshot latin1(Row row, int stored) {
        int[] src = row.cp;
        byte[] b = new byte[stored];
        int or = 0;
        for (int i = 0; i < stored; i++) {
            int c = src[i];
            or |= c;
            b[i] = (byte) c;
        }
        if ((or & ~0xFF) != 0) {
            return null;
        }
        return new LineSnapshot(src.length, b, row.wrapped, row.mark);
    }

    /**
     * Take over an unstyled row's code point array instead of copying it (the row gets a fresh
     * one): scrolling a line into scrollback then costs no copy and no clear. Used when the row
     * has no styles, marks or links and at least half its cells are in use, so at most half the
     * array is slack.
     */
    static LineSnapshot adopt(Row row, int stored) {
        int[] cells = row.cp;
        row.cp = new int[cells.length];
        row.used = 0;
        return new LineSnapshot(cells.length, stored, cells, null, null, null, null, null, null, row.wrapped,
                row.mark);
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
        String[] links = null;
        if (row.links != null) {
            for (int i = 0; i < stored; i++) {
                if (row.links[i] != null) {
                    links = Arrays.copyOf(row.links, stored);
                    break;
                }
            }
        }
        int any = 0;
        if (row.styled) {
            for (int i = 0; i < stored; i++) {
                any |= row.fg[i] | row.bg[i] | row.ul[i] | row.attrs[i];
            }
        }
        if (any == 0) {
            return new LineSnapshot(row.cols(), Arrays.copyOf(row.cp, stored), null, null, null, null, marks, links,
                    row.wrapped, row.mark);
        }
        return new LineSnapshot(row.cols(), Arrays.copyOf(row.cp, stored), copyUnlessZero(row.fg, stored),
                copyUnlessZero(row.bg, stored), copyUnlessZero(row.ul, stored),
                copyUnlessZero(row.attrs, stored), marks, links, row.wrapped, row.mark);
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
        return stored;
    }

    /** Copy this line's cells into {@code row} starting at {@code dstCol}, from cells [from, to). */
    void copyInto(Row row, int from, int to, int dstCol) {
        for (int i = from; i < to; i++) {
            int d = dstCol + i - from;
            if (i < stored) {
                row.set(d, rawCodePoint(i), at(fg, i), at(bg, i), at(ul, i), at(attrs, i));
                if (marks != null && marks[i] != null) {
                    row.ensureMarks();
                    row.marks[d] = marks[i];
                }
                if (links != null && links[i] != null) {
                    row.setLink(d, links[i]);
                }
            } else {
                row.set(d, Row.BLANK, 0, 0, 0, 0);
            }
        }
    }

    int rawCodePoint(int col) {
        if (col >= stored) {
            return Row.BLANK;
        }
        return latin1 != null ? latin1[col] & 0xFF : cp[col];
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
    public String hyperlink(int col) {
        return links != null && col < links.length ? links[col] : null;
    }

    @Override
    public int shellMark() {
        return mark;
    }

    /** The OSC 133 mark, for reflow. */
    int rawMark() {
        return mark;
    }

    @Override
    public boolean wrapped() {
        return wrapped;
    }

    @Override
    public String plainText() {
        StringBuilder sb = new StringBuilder(stored);
        int end = stored;
        while (end > 0 && (rawCodePoint(end - 1) == Row.BLANK || rawCodePoint(end - 1) == ' ')
                && !hasMarks(end - 1)) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            int c = rawCodePoint(i);
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
