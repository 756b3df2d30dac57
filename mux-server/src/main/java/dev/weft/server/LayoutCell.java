package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell of a {@link LayoutTree}, as tmux's {@code struct layout_cell}: a leaf holding a pane, or
 * a node whose children sit left-right ({@code {}}) or top-bottom ({@code []}) with a one-cell
 * border between neighbours. Sizes are the truth; offsets are derived by {@link LayoutMath#fixOffsets}.
 */
final class LayoutCell {
    /** tmux's layout_type; also names the axis a resize works along (LEFT_RIGHT: widths). */
    enum Type { LEFT_RIGHT, TOP_BOTTOM, PANE }

    Type type;
    LayoutCell parent;
    final List<LayoutCell> children = new ArrayList<>();
    int sx;
    int sy;
    int xoff;
    int yoff;
    /** The pane id of a leaf; -1 on a node. */
    int pane = -1;

    LayoutCell(LayoutCell parent) {
        this.parent = parent;
        this.type = Type.PANE;
    }

    static LayoutCell leaf(LayoutCell parent, int pane, int sx, int sy) {
        LayoutCell c = new LayoutCell(parent);
        c.pane = pane;
        c.sx = sx;
        c.sy = sy;
        return c;
    }

    static LayoutCell node(LayoutCell parent, Type type, int sx, int sy) {
        LayoutCell c = new LayoutCell(parent);
        c.type = type;
        c.sx = sx;
        c.sy = sy;
        return c;
    }

    boolean isLeaf() {
        return type == Type.PANE;
    }

    /** This cell's extent along an axis. */
    int size(Type axis) {
        return axis == Type.LEFT_RIGHT ? sx : sy;
    }

    void grow(Type axis, int change) {
        if (axis == Type.LEFT_RIGHT) {
            sx += change;
        } else {
            sy += change;
        }
    }

    LayoutCell next() {
        if (parent == null) {
            return null;
        }
        int i = parent.children.indexOf(this);
        return i + 1 < parent.children.size() ? parent.children.get(i + 1) : null;
    }

    LayoutCell prev() {
        if (parent == null) {
            return null;
        }
        int i = parent.children.indexOf(this);
        return i > 0 ? parent.children.get(i - 1) : null;
    }

    boolean isFirst() {
        return parent != null && parent.children.get(0) == this;
    }

    boolean isLast() {
        return parent != null && parent.children.get(parent.children.size() - 1) == this;
    }

    /** The leaf holding {@code id}, or null. */
    LayoutCell find(int id) {
        if (isLeaf()) {
            return pane == id ? this : null;
        }
        for (LayoutCell c : children) {
            LayoutCell f = c.find(id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    void leaves(List<LayoutCell> out) {
        if (isLeaf()) {
            out.add(this);
            return;
        }
        for (LayoutCell c : children) {
            c.leaves(out);
        }
    }

    /** A deep copy under {@code parent}, to undo an operation that went wrong. */
    LayoutCell copy(LayoutCell parent) {
        LayoutCell c = new LayoutCell(parent);
        c.type = type;
        c.sx = sx;
        c.sy = sy;
        c.xoff = xoff;
        c.yoff = yoff;
        c.pane = pane;
        for (LayoutCell k : children) {
            c.children.add(k.copy(c));
        }
        return c;
    }

    /** Whether this cell and every cell under it is at least 1x1. */
    boolean allNonEmpty() {
        if (sx < 1 || sy < 1) {
            return false;
        }
        for (LayoutCell k : children) {
            if (!k.allNonEmpty()) {
                return false;
            }
        }
        return true;
    }
}
