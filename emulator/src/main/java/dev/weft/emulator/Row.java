package dev.weft.emulator;

import java.util.Arrays;

/**
 * One mutable row of the grid, as packed parallel arrays (no object per cell).
 *
 * <p>{@code cp} holds the cell's base code point, {@link #BLANK} for an erased cell and
 * {@link #WIDE_TAIL} for the right half of a wide character. {@code attrs} holds the public
 * {@link CellAttrs} bits plus the internal {@link #WIDE} and {@link #PROTECTED} bits. Combining
 * marks live in a lazily allocated side array, since few cells have any.
 */
final class Row {
    static final int BLANK = 0;
    static final int WIDE_TAIL = -1;
    /** Internal attribute bit: this cell is the left half of a wide character. */
    static final int WIDE = 1 << 20;
    /** Internal attribute bit: protected by DECSCA from selective erase. */
    static final int PROTECTED = 1 << 21;
    /** The attribute bits visible through {@link Line#attrs}. */
    static final int PUBLIC_ATTRS = 0xFFFF;

    int[] cp;
    int[] fg;
    int[] bg;
    int[] ul;
    int[] attrs;
    /** Combining marks (and ZWJ continuations) per cell, or null when the row has none. */
    String[] marks;
    boolean wrapped;
    long seq;

    Row(int cols) {
        cp = new int[cols];
        fg = new int[cols];
        bg = new int[cols];
        ul = new int[cols];
        attrs = new int[cols];
    }

    int cols() {
        return cp.length;
    }

    /** Erase cells [from, to) to blanks carrying background {@code bgColor}. */
    void erase(int from, int to, int bgColor) {
        if (from >= to) {
            return;
        }
        Arrays.fill(cp, from, to, BLANK);
        Arrays.fill(fg, from, to, 0);
        Arrays.fill(bg, from, to, bgColor);
        Arrays.fill(ul, from, to, 0);
        Arrays.fill(attrs, from, to, 0);
        if (marks != null) {
            Arrays.fill(marks, from, to, null);
        }
    }

    /** Erase the whole row and forget the wrap flag. */
    void clear(int bgColor) {
        erase(0, cp.length, bgColor);
        wrapped = false;
    }

    /** Set one cell. */
    void set(int col, int codePoint, int fgColor, int bgColor, int ulColor, int attr) {
        cp[col] = codePoint;
        fg[col] = fgColor;
        bg[col] = bgColor;
        ul[col] = ulColor;
        attrs[col] = attr;
        if (marks != null) {
            marks[col] = null;
        }
    }

    void copyCell(int from, Row src, int to) {
        cp[to] = src.cp[from];
        fg[to] = src.fg[from];
        bg[to] = src.bg[from];
        ul[to] = src.ul[from];
        attrs[to] = src.attrs[from];
        if (src.marks != null && src.marks[from] != null) {
            ensureMarks();
            marks[to] = src.marks[from];
        } else if (marks != null) {
            marks[to] = null;
        }
    }

    /** Move cells [from, from+count) to [to, to+count) within this row. */
    void move(int from, int to, int count) {
        if (count <= 0) {
            return;
        }
        System.arraycopy(cp, from, cp, to, count);
        System.arraycopy(fg, from, fg, to, count);
        System.arraycopy(bg, from, bg, to, count);
        System.arraycopy(ul, from, ul, to, count);
        System.arraycopy(attrs, from, attrs, to, count);
        if (marks != null) {
            System.arraycopy(marks, from, marks, to, count);
        }
    }

    /** Copy cells [left, right) from {@code src}. */
    void copyRange(Row src, int left, int right) {
        int n = right - left;
        if (n <= 0) {
            return;
        }
        System.arraycopy(src.cp, left, cp, left, n);
        System.arraycopy(src.fg, left, fg, left, n);
        System.arraycopy(src.bg, left, bg, left, n);
        System.arraycopy(src.ul, left, ul, left, n);
        System.arraycopy(src.attrs, left, attrs, left, n);
        if (src.marks != null) {
            ensureMarks();
            System.arraycopy(src.marks, left, marks, left, n);
        } else if (marks != null) {
            Arrays.fill(marks, left, right, null);
        }
    }

    void ensureMarks() {
        if (marks == null) {
            marks = new String[cp.length];
        }
    }

    /** Append a combining mark to a cell, up to {@code cap} chars of marks per cell. */
    void addMark(int col, int codePoint, int cap) {
        ensureMarks();
        String m = marks[col];
        if (m == null) {
            marks[col] = new String(Character.toChars(codePoint));
        } else if (m.length() < cap) {
            marks[col] = m + new String(Character.toChars(codePoint));
        }
    }

    /** Resize to {@code cols} columns, truncating or padding with blanks. */
    void resize(int cols) {
        int old = cp.length;
        if (cols == old) {
            return;
        }
        cp = Arrays.copyOf(cp, cols);
        fg = Arrays.copyOf(fg, cols);
        bg = Arrays.copyOf(bg, cols);
        ul = Arrays.copyOf(ul, cols);
        attrs = Arrays.copyOf(attrs, cols);
        if (marks != null) {
            marks = Arrays.copyOf(marks, cols);
        }
        if (cols < old && cols > 0 && (attrs[cols - 1] & WIDE) != 0) {
            // A wide character cut in half by the new edge becomes a blank.
            erase(cols - 1, cols, bg[cols - 1]);
        }
    }

    /** True if the cell is a plain default blank (nothing written, default colours). */
    boolean isDefaultBlank(int col) {
        return cp[col] == BLANK && fg[col] == 0 && bg[col] == 0 && ul[col] == 0 && attrs[col] == 0
                && (marks == null || marks[col] == null);
    }

    /** An immutable copy; trailing default blanks are not stored (memory proportional to content). */
    LineSnapshot snapshot() {
        int n = cp.length;
        while (n > 0 && isDefaultBlank(n - 1)) {
            n--;
        }
        return LineSnapshot.of(this, n);
    }
}
