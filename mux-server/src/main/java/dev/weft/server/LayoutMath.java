package dev.weft.server;

import dev.weft.server.LayoutCell.Type;

/**
 * The size arithmetic of tmux 3.3a's layout.c, re-derived for {@link LayoutCell} trees. Pane
 * border status lines are not modelled (tmux's default {@code pane-border-status off}), so a
 * pane's minimum is {@link #PANE_MINIMUM} on both axes.
 */
final class LayoutMath {
    /** tmux 3.3 PANE_MINIMUM: a pane may be one cell wide or high. */
    static final int PANE_MINIMUM = 1;

    private LayoutMath() {}

    /** How many cells can be taken away from {@code lc} along {@code axis} (layout_resize_check). */
    static int resizeCheck(LayoutCell lc, Type axis) {
        if (lc.isLeaf()) {
            int available = lc.size(axis);
            return available > PANE_MINIMUM ? available - PANE_MINIMUM : 0;
        }
        if (lc.type == axis) {
            // Along the split: every child can give its own slack.
            int sum = 0;
            for (LayoutCell c : lc.children) {
                sum += resizeCheck(c, axis);
            }
            return sum;
        }
        // Across the split: all children shrink together, so the tightest one decides.
        int min = Integer.MAX_VALUE;
        for (LayoutCell c : lc.children) {
            min = Math.min(min, resizeCheck(c, axis));
        }
        return min;
    }

    /**
     * Change {@code lc}'s size along {@code axis} by {@code change}, spreading it over the children
     * one cell at a time from the first (layout_resize_adjust). The caller has bounded a shrink.
     */
    static void resizeAdjust(LayoutCell lc, Type axis, int change) {
        lc.grow(axis, change);
        if (lc.isLeaf()) {
            return;
        }
        if (lc.type != axis) {
            for (LayoutCell c : lc.children) {
                resizeAdjust(c, axis, change);
            }
            return;
        }
        while (change != 0) {
            boolean changed = false;
            for (LayoutCell c : lc.children) {
                if (change == 0) {
                    break;
                }
                if (change > 0) {
                    resizeAdjust(c, axis, 1);
                    change--;
                    changed = true;
                    continue;
                }
                if (resizeCheck(c, axis) > 0) {
                    resizeAdjust(c, axis, -1);
                    change++;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    /** Offsets from sizes, the root at 0,0 (layout_fix_offsets). */
    static void fixOffsets(LayoutCell root) {
        root.xoff = 0;
        root.yoff = 0;
        fixOffsets1(root);
    }

    private static void fixOffsets1(LayoutCell lc) {
        int x = lc.xoff;
        int y = lc.yoff;
        for (LayoutCell c : lc.children) {
            if (lc.type == Type.LEFT_RIGHT) {
                c.xoff = x;
                c.yoff = lc.yoff;
                x += c.sx + 1;
            } else {
                c.xoff = lc.xoff;
                c.yoff = y;
                y += c.sy + 1;
            }
            fixOffsets1(c);
        }
    }

    /** A child's new size when its parent goes from {@code previous} to {@code size} (layout_new_pane_size). */
    static int newPaneSize(int previous, LayoutCell lc, Type axis, int size, int countLeft, int sizeLeft) {
        if (countLeft == 1) {
            return sizeLeft;
        }
        int available = resizeCheck(lc, axis);
        int min = (PANE_MINIMUM + 1) * (countLeft - 1);
        int own = lc.size(axis);
        if (own - available > min) {
            min = own - available;
        }
        int newSize = (int) ((long) own * size / previous);
        int max = sizeLeft - min;
        // tmux's arithmetic is unsigned: a negative max wraps to a huge value and bounds nothing.
        if (max >= 0 && newSize > max) {
            newSize = max;
        }
        if (newSize < PANE_MINIMUM) {
            newSize = PANE_MINIMUM;
        }
        return newSize;
    }

    /** Whether {@code lc} and its children can take {@code size} along {@code axis} (layout_set_size_check). */
    static boolean setSizeCheck(LayoutCell lc, Type axis, int size) {
        if (lc.isLeaf()) {
            return size >= PANE_MINIMUM;
        }
        int available = size;
        int count = lc.children.size();
        if (lc.type == axis) {
            if (available < count * 2 - 1) {
                return false;
            }
            int previous = lc.size(axis);
            int idx = 0;
            for (LayoutCell c : lc.children) {
                int newSize = newPaneSize(previous, c, axis, size, count - idx, available);
                if (idx == count - 1) {
                    if (newSize > available) {
                        return false;
                    }
                    available -= newSize;
                } else {
                    if (newSize + 1 > available) {
                        return false;
                    }
                    available -= newSize + 1;
                }
                if (!setSizeCheck(c, axis, newSize)) {
                    return false;
                }
                idx++;
            }
        } else {
            for (LayoutCell c : lc.children) {
                if (!c.isLeaf() && !setSizeCheck(c, axis, size)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Fit the children into {@code lc}'s current size, in proportion (layout_resize_child_cells). */
    static void resizeChildCells(LayoutCell lc) {
        if (lc.isLeaf()) {
            return;
        }
        int count = lc.children.size();
        int prev = 0;
        for (LayoutCell c : lc.children) {
            prev += c.size(lc.type);
        }
        prev += count - 1;
        int available = lc.size(lc.type);
        int idx = 0;
        for (LayoutCell c : lc.children) {
            if (lc.type == Type.TOP_BOTTOM) {
                c.sx = lc.sx;
                c.xoff = lc.xoff;
                c.sy = newPaneSize(prev, c, lc.type, lc.sy, count - idx, available);
                available -= c.sy + 1;
            } else {
                c.sx = newPaneSize(prev, c, lc.type, lc.sx, count - idx, available);
                available -= c.sx + 1;
                c.sy = lc.sy;
                c.yoff = lc.yoff;
            }
            resizeChildCells(c);
            idx++;
        }
    }

    /**
     * Share {@code parent}'s size evenly among its children, the last taking the remainder
     * (tmux 3.3a layout_spread_cell). False when nothing changed. Unlike tmux 3.3a, which loops
     * forever when a child node cannot shrink to its share, such a node is left as it is.
     */
    static boolean spread(LayoutCell parent) {
        int[] targets = spreadTargets(parent);
        if (targets == null || !spreadFits(parent, targets)) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < targets.length; i++) {
            LayoutCell c = parent.children.get(i);
            int change = targets[i] - c.size(parent.type);
            resizeAdjust(c, parent.type, change);
            changed |= change != 0;
        }
        return changed;
    }

    /** Each child's even share of {@code parent}, or null when tmux would not spread it. */
    static int[] spreadTargets(LayoutCell parent) {
        int number = parent.children.size();
        if (number <= 1 || parent.isLeaf()) {
            return null;
        }
        int size = parent.size(parent.type);
        if (size < number - 1) {
            return null;
        }
        int each = (size - (number - 1)) / number;
        if (each == 0) {
            return null;
        }
        int[] targets = new int[number];
        for (int i = 0; i < number; i++) {
            targets[i] = i == number - 1 ? size - (each + 1) * (number - 1) : each;
        }
        return targets;
    }

    /** Whether every child can shrink to its target. */
    static boolean spreadFits(LayoutCell parent, int[] targets) {
        for (int i = 0; i < targets.length; i++) {
            LayoutCell c = parent.children.get(i);
            int change = targets[i] - c.size(parent.type);
            if (change < 0 && -change > resizeCheck(c, parent.type)) {
                return false;
            }
        }
        return true;
    }
}
