package dev.weft.server;

import dev.weft.server.LayoutCell.Type;

/**
 * resize-pane as tmux 3.3a does it (layout_resize_pane and its helpers): the border after the
 * cell moves, the cells giving up space found by walking away from the growing side.
 */
final class LayoutResize {
    private LayoutResize() {}

    /** Grow ({@code change > 0}) or shrink the pane along {@code type}, moving the border after it. */
    static void resizePane(LayoutCell leaf, Type type, int change) {
        LayoutCell lc = childOfNode(leaf, type);
        if (lc == null) {
            return;
        }
        // The last cell has no border after it: move the one before it instead.
        if (lc.isLast()) {
            lc = lc.prev();
        }
        resizeLayout(lc, type, change);
    }

    /** The cell at or above {@code leaf} whose parent splits along {@code type}; null when none does. */
    private static LayoutCell childOfNode(LayoutCell leaf, Type type) {
        LayoutCell lc = leaf;
        while (lc.parent != null && lc.parent.type != type) {
            lc = lc.parent;
        }
        return lc.parent == null ? null : lc;
    }

    /** resize-pane -x/-y: the change that brings the cell to {@code newSize}, as tmux computes it. */
    static void resizePaneTo(LayoutCell leaf, Type type, int newSize) {
        LayoutCell lc = childOfNode(leaf, type);
        if (lc == null) {
            return;
        }
        int size = lc.size(type);
        int change = lc.isLast() ? size - newSize : newSize - size;
        resizePane(leaf, type, change);
    }

    private static void resizeLayout(LayoutCell lc, Type type, int change) {
        int needed = change;
        while (needed != 0) {
            int size;
            if (change > 0) {
                size = grow(lc, type, needed);
                needed -= size;
            } else {
                size = shrink(lc, type, needed);
                needed += size;
            }
            if (size == 0) {
                break;
            }
        }
    }

    /** Take space from the nearest later cell with any to spare, else the nearest earlier one. */
    private static int grow(LayoutCell lc, Type type, int needed) {
        int size = 0;
        LayoutCell remove = lc.next();
        while (remove != null) {
            size = LayoutMath.resizeCheck(remove, type);
            if (size > 0) {
                break;
            }
            remove = remove.next();
        }
        if (remove == null) {
            remove = lc.prev();
            while (remove != null) {
                size = LayoutMath.resizeCheck(remove, type);
                if (size > 0) {
                    break;
                }
                remove = remove.prev();
            }
        }
        if (remove == null) {
            return 0;
        }
        size = Math.min(size, needed);
        LayoutMath.resizeAdjust(lc, type, size);
        LayoutMath.resizeAdjust(remove, type, -size);
        return size;
    }

    /** Take space from this cell or the nearest earlier one with some, and give it to the next. */
    private static int shrink(LayoutCell lc, Type type, int needed) {
        LayoutCell remove = lc;
        int size;
        do {
            size = LayoutMath.resizeCheck(remove, type);
            if (size != 0) {
                break;
            }
            remove = remove.prev();
        } while (remove != null);
        if (remove == null) {
            return 0;
        }
        LayoutCell add = lc.next();
        if (add == null) {
            return 0;
        }
        size = Math.min(size, -needed);
        LayoutMath.resizeAdjust(add, type, size);
        LayoutMath.resizeAdjust(remove, type, -size);
        return size;
    }
}
