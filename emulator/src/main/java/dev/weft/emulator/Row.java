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
    /** Hyperlink URI per cell (OSC 8), or null when the row has none. */
    String[] links;
    /** OSC 133 shell-integration mark: 0, or MARK_PROMPT/INPUT/OUTPUT/END. */
    int mark;
    boolean wrapped;
    /**
     * False only while every fg, bg, ul and attrs entry is zero (no colour, attribute or wide
     * character anywhere in the row): then printing default-styled ASCII writes only {@code cp},
     * and snapshots and clears touch only {@code cp}. Set by every write of a non-zero style.
     */
    boolean styled;
    /**
     * Every cell at or past this column is a default blank (all arrays zero, no marks or links),
     * so scanning, trimming and clearing stop here. An upper bound: writes raise it, only a full
     * clear lowers it.
     */
    int used;

    static final int MARK_PROMPT = 'A';
    static final int MARK_INPUT = 'B';
    static final int MARK_OUTPUT = 'C';
    static final int MARK_END = 'D';

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
        erase(from, to, 0, bgColor);
    }

    /** Erase cells [from, to) to blanks carrying the pen's colours (as xterm's BCE and libvterm do). */
    void erase(int from, int to, int fgColor, int bgColor) {
        if (from >= to) {
            return;
        }
        if (from >= used && (fgColor | bgColor) == 0) {
            return; // already default blanks
        }
        Arrays.fill(cp, from, to, BLANK);
        if ((fgColor | bgColor) != 0 && to > used) {
            used = to;
        }
        if (styled || (fgColor | bgColor) != 0) {
            Arrays.fill(fg, from, to, fgColor);
            Arrays.fill(bg, from, to, bgColor);
            Arrays.fill(ul, from, to, 0);
            Arrays.fill(attrs, from, to, 0);
            styled |= (fgColor | bgColor) != 0;
        }
        if (marks != null) {
            Arrays.fill(marks, from, to, null);
        }
        if (links != null) {
            Arrays.fill(links, from, to, null);
        }
    }

    /** Erase the whole row and forget the wrap flag. */
    void clear(int bgColor) {
        clear(0, bgColor);
    }

    void clear(int fgColor, int bgColor) {
        clear(fgColor, bgColor, cp.length);
    }

    /** Clear, knowing only cells [0, extent) can differ from a default blank. */
    void clear(int fgColor, int bgColor, int extent) {
        boolean toDefault = (fgColor | bgColor) == 0;
        erase(0, toDefault ? Math.min(extent, used) : extent, fgColor, bgColor);
        if (toDefault && extent >= used) {
            styled = false;
            used = 0;
        }
        mark = 0;
        wrapped = false;
        wrapped = false;
    }

    /** Set one cell. */
    void set(int col, int codePoint, int fgColor, int bgColor, int ulColor, int attr) {
        cp[col] = codePoint;
        if (col >= used) {
            used = col + 1;
        }
        fg[col] = fgColor;
        bg[col] = bgColor;
        ul[col] = ulColor;
        attrs[col] = attr;
        styled |= (fgColor | bgColor | ulColor | attr) != 0;
        if (marks != null) {
            marks[col] = null;
        }
        if (links != null) {
            links[col] = null;
        }
    }

    /** Set or clear a cell's hyperlink. */
    void setLink(int col, String uri) {
        if (links == null) {
            if (uri == null) {
                return;
            }
            links = new String[cp.length];
        }
        links[col] = uri;
        if (uri != null && col >= used) {
            used = col + 1;
        }
    }

    void copyCell(int from, Row src, int to) {
        cp[to] = src.cp[from];
        if (to >= used) {
            used = to + 1;
        }
        fg[to] = src.fg[from];
        bg[to] = src.bg[from];
        ul[to] = src.ul[from];
        attrs[to] = src.attrs[from];
        styled |= src.styled;
        if (src.marks != null && src.marks[from] != null) {
            ensureMarks();
            marks[to] = src.marks[from];
        } else if (marks != null) {
            marks[to] = null;
        }
        setLink(to, src.links == null ? null : src.links[from]);
    }

    /** Move cells [from, from+count) to [to, to+count) within this row. */
    void move(int from, int to, int count) {
        if (count <= 0) {
            return;
        }
        used = Math.max(used, Math.min(cp.length, to + count));
        System.arraycopy(cp, from, cp, to, count);
        System.arraycopy(fg, from, fg, to, count);
        System.arraycopy(bg, from, bg, to, count);
        System.arraycopy(ul, from, ul, to, count);
        System.arraycopy(attrs, from, attrs, to, count);
        if (marks != null) {
            System.arraycopy(marks, from, marks, to, count);
        }
        if (links != null) {
            System.arraycopy(links, from, links, to, count);
        }
    }

    /** Copy cells [left, right) from {@code src}. */
    void copyRange(Row src, int left, int right) {
        int n = right - left;
        if (n <= 0) {
            return;
        }
        styled |= src.styled;
        used = Math.max(used, right);
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
        if (src.links != null) {
            if (links == null) {
                links = new String[cp.length];
            }
            System.arraycopy(src.links, left, links, left, n);
        } else if (links != null) {
            Arrays.fill(links, left, right, null);
        }
    }

    /** Blank a half of a wide character at {@code col} whose other half is gone (after edits near it). */
    void repair(int col) {
        if (col < 0 || col >= cp.length) {
            return;
        }
        if ((attrs[col] & WIDE) != 0 && (col + 1 >= cp.length || cp[col + 1] != WIDE_TAIL)) {
            erase(col, col + 1, fg[col], bg[col]);
        } else if (cp[col] == WIDE_TAIL && (col == 0 || (attrs[col - 1] & WIDE) == 0)) {
            erase(col, col + 1, fg[col], bg[col]);
        }
    }

    /** Repair both edges of an edited range [from, to). */
    void repairEdges(int from, int to) {
        repair(from - 1);
        repair(from);
        repair(to - 1);
        repair(to);
    }

    void ensureMarks() {
        if (marks == null) {
            marks = new String[cp.length];
        }
    }

    /** Append a combining mark to a cell, up to {@code cap} chars of marks per cell. */
    void addMark(int col, int codePoint, int cap) {
        ensureMarks();
        if (col >= used) {
            used = col + 1;
        }
        String m = marks[col];
        String add = Character.toString(codePoint);
        if (m == null) {
            marks[col] = add;
        } else if (m.length() < cap) {
            marks[col] = m.concat(add);
        }
    }

    /** Resize to {@code cols} columns, truncating or padding with blanks. */
    void resize(int cols) {
        int old = cp.length;
        if (cols == old) {
            return;
        }
        used = Math.min(used, cols);
        cp = Arrays.copyOf(cp, cols);
        fg = Arrays.copyOf(fg, cols);
        bg = Arrays.copyOf(bg, cols);
        ul = Arrays.copyOf(ul, cols);
        attrs = Arrays.copyOf(attrs, cols);
        if (marks != null) {
            marks = Arrays.copyOf(marks, cols);
        }
        if (links != null) {
            links = Arrays.copyOf(links, cols);
        }
        if (cols < old && cols > 0 && (attrs[cols - 1] & WIDE) != 0) {
            // A wide character cut in half by the new edge becomes a blank.
            erase(cols - 1, cols, bg[cols - 1]);
        }
    }

    /** True if the cell is a plain default blank (nothing written, default colours). */
    boolean isDefaultBlank(int col) {
        return cp[col] == BLANK && fg[col] == 0 && bg[col] == 0 && ul[col] == 0 && attrs[col] == 0
                && (marks == null || marks[col] == null) && (links == null || links[col] == null);
    }

    /**
     * Hand this row's content to scrollback and leave the row blank. Unstyled rows give their
     * code point array away (no copy, no clear); others are copied then cleared.
     */
    LineSnapshot release() {
        if (!styled && marks == null && links == null) {
            int n = used;
            while (n > 0 && cp[n - 1] == BLANK) {
                n--;
            }
            LineSnapshot s;
            if (n == 0 && !wrapped && mark == 0) {
                s = LineSnapshot.blank(cp.length);
            } else {
                // Plain text: one byte per cell in scrollback; otherwise hand over the array.
                s = LineSnapshot.latin1(this, n);
                if (s != null) {
                    Arrays.fill(cp, 0, n, BLANK);
                } else if (n * 2 >= cp.length) {
                    s = LineSnapshot.adopt(this, n);
                } else {
                    s = LineSnapshot.of(this, n);
                    Arrays.fill(cp, 0, n, BLANK);
                }
            }
            used = 0;
            mark = 0;
            wrapped = false;
            return s;
        }
        LineSnapshot s = snapshot();
        clear(0, 0);
        return s;
    }

    /** An immutable copy; trailing default blanks are not stored (memory proportional to content). */
    LineSnapshot snapshot() {
        int n = used;
        if (!styled && marks == null && links == null) {
            while (n > 0 && cp[n - 1] == BLANK) {
                n--;
            }
        } else if (marks == null && links == null) {
            while (n > 0 && (cp[n - 1] | fg[n - 1] | bg[n - 1] | ul[n - 1] | attrs[n - 1]) == 0) {
                n--;
            }
        } else {
            while (n > 0 && isDefaultBlank(n - 1)) {
                n--;
            }
        }
        if (n == 0 && !wrapped && mark == 0) {
            return LineSnapshot.blank(cp.length);
        }
        return LineSnapshot.of(this, n);
    }
}
