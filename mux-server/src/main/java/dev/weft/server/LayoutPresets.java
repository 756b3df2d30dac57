package dev.weft.server;

import static dev.weft.server.LayoutMath.PANE_MINIMUM;

import dev.weft.server.LayoutCell.Type;
import java.util.List;

/**
 * Builds tmux 3.3a's preset layouts (layout-set.c) as fresh trees. Each returns the new root;
 * it may be larger than the window when the panes do not fit (tmux then grows the window to it).
 */
final class LayoutPresets {
    /** tmux 3.3 defaults of main-pane-width and main-pane-height. */
    static final int MAIN_PANE_WIDTH = 80;
    static final int MAIN_PANE_HEIGHT = 24;

    private LayoutPresets() {}

    /** even-horizontal (LEFT_RIGHT) or even-vertical (TOP_BOTTOM): equal panes in pane order. */
    static LayoutCell even(List<Integer> panes, Type type, int wsx, int wsy) {
        int n = panes.size();
        int sx = wsx;
        int sy = wsy;
        if (type == Type.LEFT_RIGHT) {
            sx = Math.max(n * (PANE_MINIMUM + 1) - 1, wsx);
        } else {
            sy = Math.max(n * (PANE_MINIMUM + 1) - 1, wsy);
        }
        LayoutCell root = LayoutCell.node(null, type, sx, sy);
        for (int id : panes) {
            root.children.add(LayoutCell.leaf(root, id, wsx, wsy));
        }
        LayoutMath.spread(root);
        return root;
    }

    /**
     * main-horizontal: {@code main} on top, {@code mainHeight} high where it fits, the others
     * side by side below it, in pane order.
     */
    static LayoutCell mainHorizontal(List<Integer> panes, int main, int mainHeight, int wsx, int wsy) {
        int want = mainHeight > wsy - 1 ? MAIN_PANE_HEIGHT : mainHeight;
        return mainLayout(panes, main, want, wsy, wsx, Type.TOP_BOTTOM);
    }

    /** main-vertical: {@code main} on the left, {@code mainWidth} wide, the others stacked right. */
    static LayoutCell mainVertical(List<Integer> panes, int main, int mainWidth, int wsx, int wsy) {
        int want = mainWidth > wsx - 1 ? MAIN_PANE_WIDTH : mainWidth;
        return mainLayout(panes, main, want, wsx, wsy, Type.LEFT_RIGHT);
    }

    /**
     * Both main layouts. {@code along} is the window extent shared by main and others (the height
     * for main-horizontal), {@code across} the other one. A wanted size larger than the room
     * falls back to tmux's default, as tmux 3.3a does when the option fails its range check.
     */
    private static LayoutCell mainLayout(List<Integer> panes, int main, int want, int along, int across,
            Type rootType) {
        int n = panes.size() - 1;
        int avail = along - 1; // one cell for the border
        int mainSize = Math.max(0, want);
        int otherSize;
        if (mainSize + PANE_MINIMUM >= avail) {
            mainSize = avail <= PANE_MINIMUM + PANE_MINIMUM ? PANE_MINIMUM : avail - PANE_MINIMUM;
            otherSize = PANE_MINIMUM;
        } else {
            otherSize = avail - mainSize; // other-pane-* is 0: the others take the rest
        }
        int acrossSize = Math.max(n * (PANE_MINIMUM + 1) - 1, across);
        Type otherType = rootType == Type.TOP_BOTTOM ? Type.LEFT_RIGHT : Type.TOP_BOTTOM;

        LayoutCell root = sized(new LayoutCell(null), rootType, rootType, mainSize + otherSize + 1, acrossSize);
        LayoutCell mainCell = sized(new LayoutCell(root), Type.PANE, rootType, mainSize, acrossSize);
        mainCell.pane = main;
        root.children.add(mainCell);
        if (n == 1) {
            LayoutCell other = sized(new LayoutCell(root), Type.PANE, rootType, otherSize, acrossSize);
            other.pane = panes.get(0) == main ? panes.get(1) : panes.get(0);
            root.children.add(other);
            return root;
        }
        LayoutCell other = sized(new LayoutCell(root), otherType, rootType, otherSize, acrossSize);
        root.children.add(other);
        for (int id : panes) {
            if (id != main) {
                LayoutCell c = sized(new LayoutCell(other), Type.PANE, rootType, otherSize, PANE_MINIMUM);
                c.pane = id;
                other.children.add(c);
            }
        }
        LayoutMath.spread(other);
        return root;
    }

    /** Sets {@code c}'s type, {@code along} on the root's axis and {@code across} on the other. */
    private static LayoutCell sized(LayoutCell c, Type type, Type rootAxis, int along, int across) {
        c.type = type;
        c.sx = rootAxis == Type.LEFT_RIGHT ? along : across;
        c.sy = rootAxis == Type.LEFT_RIGHT ? across : along;
        return c;
    }

    /** tiled: a grid, rows and columns as equal as fits, the last row and column taking the rest. */
    static LayoutCell tiled(List<Integer> panes, int wsx, int wsy) {
        int n = panes.size();
        int rows = 1;
        int columns = 1;
        while (rows * columns < n) {
            rows++;
            if (rows * columns < n) {
                columns++;
            }
        }
        int width = Math.max((wsx - (columns - 1)) / columns, PANE_MINIMUM);
        int height = Math.max((wsy - (rows - 1)) / rows, PANE_MINIMUM);

        LayoutCell root = LayoutCell.node(null, Type.TOP_BOTTOM,
                Math.max((width + 1) * columns - 1, wsx), Math.max((height + 1) * rows - 1, wsy));
        int next = 0;
        for (int j = 0; j < rows && next < n; j++) {
            LayoutCell row = LayoutCell.node(root, Type.PANE, wsx, height);
            root.children.add(row);
            if (n - j * columns == 1 || columns == 1) {
                row.pane = panes.get(next++);
                continue;
            }
            row.type = Type.LEFT_RIGHT;
            int i;
            for (i = 0; i < columns; i++) {
                row.children.add(LayoutCell.leaf(row, panes.get(next++), width, height));
                if (next == n) {
                    break;
                }
            }
            if (i == columns) {
                i--;
            }
            int used = (i + 1) * (width + 1) - 1;
            if (wsx > used) {
                LayoutMath.resizeAdjust(row.children.get(row.children.size() - 1), Type.LEFT_RIGHT, wsx - used);
            }
        }
        int used = rows * height + rows - 1;
        if (wsy > used) {
            LayoutMath.resizeAdjust(root.children.get(root.children.size() - 1), Type.TOP_BOTTOM, wsy - used);
        }
        return root;
    }
}
