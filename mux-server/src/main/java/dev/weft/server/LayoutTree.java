package dev.weft.server;

import dev.weft.protocol.Pdu;
import dev.weft.server.LayoutCell.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab's pane tree, by pane id, with tmux's geometry: panes and the one-cell borders between
 * them exactly fill the tab's {@code cols x rows}, and every operation gives the sizes tmux gives
 * for the same window (checked against a real tmux 3.3a in LayoutTmuxComparisonTest). Pure: no
 * PTYs, no locking (the caller holds the mux lock).
 *
 * <p>Decisions where tmux is odd, written down:
 * <ul>
 * <li>The tab may be larger than asked: when the panes cannot shrink that far (each needs 1x1
 *     plus borders) or a preset needs more room, {@link #cols}/{@link #rows} grow to the layout,
 *     as tmux grows the window. {@link #refit} brings it back as far as the panes allow; tmux does
 *     that after select-layout (so do {@link #select}, {@link #spreadOut}, {@link #selectLayout})
 *     and whenever a client comes or goes, so callers should call it on attach, detach and
 *     client resize; {@link #resizeWindow} always fits.
 * <li>Where tmux 3.3a breaks: a full-size split that would squeeze a pane to zero cells is
 *     refused ({@link SplitOutcome#WOULD_EMPTY_A_PANE}; tmux makes the empty pane or crashes), and
 *     spreading a node that cannot shrink to even shares leaves it (tmux loops forever).
 * <li>tiled on a tab too small for its grid keeps tmux's inconsistent rows (narrower than the
 *     tab), exactly as tmux prints them.
 * </ul>
 */
final class LayoutTree {
    enum Direction { LEFT, RIGHT, UP, DOWN }

    /** tmux's preset layouts, in {@code next-layout} order. */
    enum Preset {
        EVEN_HORIZONTAL("even-horizontal"), EVEN_VERTICAL("even-vertical"), MAIN_HORIZONTAL("main-horizontal"),
        MAIN_VERTICAL("main-vertical"), TILED("tiled");

        final String tmuxName;

        Preset(String tmuxName) {
            this.tmuxName = tmuxName;
        }

        /** By tmux name; null when none has it. */
        static Preset of(String name) {
            for (Preset p : values()) {
                if (p.tmuxName.equals(name)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The most panes and cells a tab may have on either axis (tmux's WINDOW_MAXIMUM). */
    static final int MAXIMUM = 10000;

    private LayoutCell root;
    /** Pane ids in pane-index order (tmux's {@code w->panes}), which is always the tree's depth-first order. */
    private final List<Integer> order = new ArrayList<>();
    /** The window size; never smaller than the root cell (tmux grows the window to the layout). */
    private int cols;
    private int rows;
    /** The size last asked for (tmux's manual size): a preset that outgrows it is fitted back to it. */
    private int wantCols;
    private int wantRows;

    LayoutTree(int firstPane, int cols, int rows) {
        checkSize(cols, rows);
        this.cols = cols;
        this.rows = rows;
        wantCols = cols;
        wantRows = rows;
        root = LayoutCell.leaf(null, firstPane, cols, rows);
        order.add(firstPane);
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    /** Pane ids in tmux's order (depth first; the order of pane indexes). */
    List<Integer> panes() {
        return List.copyOf(order);
    }

    boolean contains(int pane) {
        return order.contains(pane);
    }

    /**
     * Split {@code target} as tmux split-window: {@code horizontal} puts the new pane beside it
     * ({@code -h}), else below; {@code size} is the new pane's cells ({@code -l N}), -1 for half;
     * {@code before} puts it left/above ({@code -b}); {@code full} spans the whole tab ({@code -f}).
     * False, with nothing changed, when there is no room (tmux: "no space for new pane").
     */
    boolean split(int target, int newPane, boolean horizontal, int size, boolean before, boolean full) {
        return trySplit(target, newPane, horizontal, size, before, full) == SplitOutcome.DONE;
    }

    /** Why a split did or did not happen. */
    enum SplitOutcome {
        DONE,
        /** tmux's "no space for new pane". */
        NO_SPACE,
        /**
         * A full-size split that tmux 3.3a would do but that squeezes some pane to zero or fewer
         * cells (its layout_resize_child_cells does not always respect the minimum; tmux then
         * shows an empty pane or crashes). weft refuses it as if there were no space.
         */
        WOULD_EMPTY_A_PANE
    }

    /** {@link #split}, saying why it was refused. */
    SplitOutcome trySplit(int target, int newPane, boolean horizontal, int size, boolean before, boolean full) {
        LayoutCell targetCell = leaf(target);
        if (order.contains(newPane)) {
            throw new IllegalArgumentException("pane " + newPane + " is already in the layout");
        }
        Type type = horizontal ? Type.LEFT_RIGHT : Type.TOP_BOTTOM;
        LayoutCell lc = full ? root : targetCell;
        int sx = lc.sx;
        int sy = lc.sy;
        int saved = lc.size(type);
        if (saved < LayoutMath.PANE_MINIMUM * 2 + 1) {
            return SplitOutcome.NO_SPACE;
        }
        // size1 is the top/left cell, size2 the bottom/right one (layout_split_pane).
        long s2 = size < 0 ? (saved + 1) / 2 - 1 : before ? (long) saved - size - 1 : size;
        if (s2 < 0) {
            s2 = saved - 2; // unsigned wrap in tmux: far too big
        } else if (s2 < LayoutMath.PANE_MINIMUM) {
            s2 = LayoutMath.PANE_MINIMUM;
        } else if (s2 > saved - 2) {
            s2 = saved - 2;
        }
        int size2 = (int) s2;
        int size1 = saved - 1 - size2;
        int oldSize = before ? size2 : size1;
        if (full && !LayoutMath.setSizeCheck(lc, type, oldSize)) {
            return SplitOutcome.NO_SPACE;
        }
        LayoutCell undo = full ? root.copy(null) : null;

        LayoutCell fresh;
        boolean resized = false;
        if (lc.parent != null && lc.parent.type == type) {
            // A sibling in the same direction: only the target's cell is split.
            fresh = new LayoutCell(lc.parent);
            int at = lc.parent.children.indexOf(lc);
            lc.parent.children.add(before ? at : at + 1, fresh);
        } else if (full && lc.parent == null && lc.type == type) {
            // Full size along the root's own direction: shrink the others, add the new cell at the edge.
            setSize(lc, type, oldSize);
            LayoutMath.resizeChildCells(lc);
            setSize(lc, type, saved);
            resized = true;
            fresh = new LayoutCell(lc);
            int newSize = saved - 1 - oldSize;
            fresh.sx = type == Type.LEFT_RIGHT ? newSize : sx;
            fresh.sy = type == Type.LEFT_RIGHT ? sy : newSize;
            lc.children.add(before ? 0 : lc.children.size(), fresh);
        } else {
            LayoutCell parent = replaceWithNode(lc, type);
            fresh = new LayoutCell(parent);
            parent.children.add(before ? 0 : parent.children.size(), fresh);
        }
        fresh.pane = newPane;
        if (!resized) {
            LayoutCell first = before ? fresh : lc;
            LayoutCell second = before ? lc : fresh;
            if (type == Type.LEFT_RIGHT) {
                first.sx = size1;
                first.sy = sy;
                second.sx = size2;
                second.sy = sy;
            } else {
                first.sx = sx;
                first.sy = size1;
                second.sx = sx;
                second.sy = size2;
            }
            if (full) {
                LayoutMath.resizeChildCells(lc);
            }
        }
        // tmux 3.3a window_add_pane: next to the target, or at the head/tail for a full-size pane,
        // so the pane order stays the tree's depth-first order.
        if (full && !root.allNonEmpty()) {
            root = undo;
            return SplitOutcome.WOULD_EMPTY_A_PANE;
        }
        int at = full ? (before ? 0 : order.size()) : order.indexOf(target) + (before ? 0 : 1);
        order.add(at, newPane);
        LayoutMath.fixOffsets(root);
        return SplitOutcome.DONE;
    }

    /** Remove a pane; its space goes to the previous sibling, or the next when it is the first (tmux 3.3a). */
    void remove(int pane) {
        LayoutCell lc = leaf(pane);
        if (lc.parent == null) {
            throw new IllegalStateException("pane " + pane + " is the last in its tab: close the tab instead");
        }
        root = removeCell(root, lc);
        order.remove((Integer) pane);
        LayoutMath.fixOffsets(root);
    }

    /** Takes {@code lc} out of the tree under {@code top} as tmux layout_destroy_cell; the new top. */
    private static LayoutCell removeCell(LayoutCell top, LayoutCell lc) {
        LayoutCell parent = lc.parent;
        LayoutCell other = lc.isFirst() ? lc.next() : lc.prev();
        LayoutMath.resizeAdjust(other, parent.type, lc.size(parent.type) + 1);
        parent.children.remove(lc);
        if (parent.children.size() == 1) {
            // A node with one child is replaced by that child.
            LayoutCell only = parent.children.get(0);
            only.parent = parent.parent;
            if (only.parent == null) {
                return only;
            }
            only.parent.children.set(only.parent.children.indexOf(parent), only);
        }
        return top;
    }

    /**
     * The tab's size changed: as tmux's layout_resize, each axis changes by as much as the panes
     * allow, spread one cell at a time over the children from the first. When they cannot shrink
     * that far, the tab stays as large as the layout (tmux grows the window to it).
     */
    void resizeWindow(int cols, int rows) {
        checkSize(cols, rows);
        wantCols = cols;
        wantRows = rows;
        fit(cols, rows);
    }

    /**
     * Bring the tab back to the size last asked for, as far as the panes can shrink: tmux's
     * recalculate_size, which tmux runs after select-layout and whenever a client comes or goes
     * (even a command client exiting). Until then a tab that outgrew its size (a preset, or
     * panes too many to shrink) stays large, as in tmux. Call it where tmux would.
     */
    void refit() {
        if (cols != wantCols || rows != wantRows) {
            fit(wantCols, wantRows);
        }
    }

    private void fit(int cols, int rows) {
        adjustRoot(Type.LEFT_RIGHT, cols);
        adjustRoot(Type.TOP_BOTTOM, rows);
        LayoutMath.fixOffsets(root);
        this.cols = Math.max(cols, root.sx);
        this.rows = Math.max(rows, root.sy);
    }

    private void adjustRoot(Type axis, int want) {
        int current = root.size(axis);
        int change = want - current;
        int limit = LayoutMath.resizeCheck(root, axis);
        if (change < 0 && change < -limit) {
            change = -limit;
        }
        if (limit == 0) {
            change = want <= current ? 0 : want - current;
        }
        if (change != 0) {
            LayoutMath.resizeAdjust(root, axis, change);
        }
    }

    /** resize-pane -L/-R/-U/-D N: move the pane's edge in that direction by up to N cells. */
    void resizePane(int pane, Direction direction, int cells) {
        if (cells < 0) {
            throw new IllegalArgumentException("resize by " + cells + " cells: give a count of 0 or more");
        }
        Type type = direction == Direction.LEFT || direction == Direction.RIGHT ? Type.LEFT_RIGHT : Type.TOP_BOTTOM;
        int change = direction == Direction.LEFT || direction == Direction.UP ? -cells : cells;
        LayoutResize.resizePane(leaf(pane), type, change);
        LayoutMath.fixOffsets(root);
    }

    /** resize-pane -x/-y: make the pane this wide/high where it can be (null: leave). */
    void resizePaneTo(int pane, Integer cols, Integer rows) {
        LayoutCell lc = leaf(pane);
        if (cols != null) {
            LayoutResize.resizePaneTo(lc, Type.LEFT_RIGHT, positive(cols));
        }
        if (rows != null) {
            LayoutResize.resizePaneTo(lc, Type.TOP_BOTTOM, positive(rows));
        }
        LayoutMath.fixOffsets(root);
    }

    /** Every pane's rectangle, in {@link #panes} order. */
    List<Pdu.PaneGeometry> geometry() {
        List<Pdu.PaneGeometry> out = new ArrayList<>(order.size());
        for (int id : order) {
            LayoutCell c = root.find(id);
            out.add(new Pdu.PaneGeometry(id, c.xoff, c.yoff, c.sx, c.sy));
        }
        return out;
    }

    /**
     * The pane select-pane -L/-R/-U/-D goes to from {@code pane}, or -1: as tmux's
     * window_pane_find_left and friends, a pane whose far edge touches this one's border and which
     * overlaps it, wrapping to the far side of the tab. tmux picks the most recently active of
     * several; with no history here the first in pane order wins.
     */
    int neighbour(int pane, Direction direction) {
        List<Integer> candidates = LayoutNeighbours.candidates(geometry(), pane, direction, cols, rows);
        return candidates.isEmpty() ? -1 : candidates.get(0);
    }

    /** Every pane select-pane could go to, in pane order, so a caller with activity history can pick as tmux. */
    List<Integer> neighbours(int pane, Direction direction) {
        leaf(pane);
        return LayoutNeighbours.candidates(geometry(), pane, direction, cols, rows);
    }

    /** Exchange two panes' places (swap-pane): their cells and their places in the pane order. */
    void swap(int a, int b) {
        LayoutCell ca = leaf(a);
        LayoutCell cb = leaf(b);
        ca.pane = b;
        cb.pane = a;
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        order.set(ia, b);
        order.set(ib, a);
    }

    /**
     * rotate-window: every pane moves one place in pane order ({@code upward}: -U, the default,
     * the first goes last; else -D), each taking the cell of the pane whose place it took.
     */
    void rotate(boolean upward) {
        if (order.size() < 2) {
            return;
        }
        List<LayoutCell> cells = new ArrayList<>(order.size());
        for (int id : order) {
            cells.add(root.find(id));
        }
        if (upward) {
            order.add(order.remove(0));
        } else {
            order.add(0, order.remove(order.size() - 1));
        }
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).pane = order.get(i);
        }
    }

    /** select-layout: arrange every pane in a preset; {@code mainPane} is the main-* layouts' main pane. */
    void select(Preset preset, int mainPane) {
        select(preset, mainPane, LayoutPresets.MAIN_PANE_WIDTH, LayoutPresets.MAIN_PANE_HEIGHT);
    }

    /**
     * select-layout with the main-pane-width and main-pane-height options (cells). tmux's main pane
     * is the first in pane order; pass that for tmux's result. With one pane nothing changes.
     */
    void select(Preset preset, int mainPane, int mainPaneWidth, int mainPaneHeight) {
        leaf(mainPane);
        lastPreset = preset;
        if (order.size() <= 1) {
            refit(); // tmux recalculates the size even when there was nothing to arrange
            return;
        }
        root = switch (preset) {
            case EVEN_HORIZONTAL -> LayoutPresets.even(order, Type.LEFT_RIGHT, cols, rows);
            case EVEN_VERTICAL -> LayoutPresets.even(order, Type.TOP_BOTTOM, cols, rows);
            case MAIN_HORIZONTAL -> LayoutPresets.mainHorizontal(order, mainPane, mainPaneHeight, cols, rows);
            case MAIN_VERTICAL -> LayoutPresets.mainVertical(order, mainPane, mainPaneWidth, cols, rows);
            case TILED -> LayoutPresets.tiled(order, cols, rows);
        };
        LayoutMath.fixOffsets(root);
        // tmux resizes the window to the new layout, then recalculates the window size, which
        // brings it back to the size asked for as far as the new layout can shrink.
        cols = root.sx;
        rows = root.sy;
        refit();
    }

    /**
     * select-layout -E: share out the space evenly among the pane's siblings, or, when they are
     * even already, among those of the nearest enclosing node that is not (tmux layout_spread_out).
     * Then, like every select-layout, refit the tab to the size asked for.
     */
    void spreadOut(int pane) {
        for (LayoutCell parent = leaf(pane).parent; parent != null; parent = parent.parent) {
            if (LayoutMath.spread(parent)) {
                LayoutMath.fixOffsets(root);
                break;
            }
        }
        refit();
    }

    /**
     * select-layout with a layout string such as {@link #describe} gives ({@code d463,159x48,0,0{...}}):
     * the panes, in pane order, take the string's cells. With more cells than panes the
     * bottom-right cells are closed first, as tmux does. Throws IllegalArgumentException, with
     * nothing changed, giving tmux's cause: "invalid layout", "have N panes but need M" or "size
     * mismatch after applying layout".
     */
    void selectLayout(String layout) {
        LayoutCell lc = LayoutParser.parse(layout);
        int cells = countLeaves(lc);
        if (order.size() > cells) {
            throw new IllegalArgumentException("have " + order.size() + " panes but need " + cells);
        }
        // Fewer panes than cells: close the bottom-right ones, their space going as remove() gives it.
        while (cells > order.size()) {
            LayoutCell last = lc;
            while (!last.isLeaf()) {
                last = last.children.get(last.children.size() - 1);
            }
            lc = removeCell(lc, last);
            cells--;
        }
        LayoutParser.fixTop(lc);
        if (!LayoutParser.sizesAgree(lc)) {
            throw new IllegalArgumentException("size mismatch after applying layout");
        }
        List<LayoutCell> leaves = new ArrayList<>();
        lc.leaves(leaves);
        for (int i = 0; i < leaves.size(); i++) {
            leaves.get(i).pane = order.get(i);
        }
        root = lc;
        LayoutMath.fixOffsets(root);
        cols = root.sx;
        rows = root.sy;
        refit();
    }

    private static int countLeaves(LayoutCell lc) {
        List<LayoutCell> leaves = new ArrayList<>();
        lc.leaves(leaves);
        return leaves.size();
    }

    private Preset lastPreset;

    /** The preset next-layout selects: the one after the last selected, from the first (tmux layout_set_next). */
    Preset nextPreset() {
        Preset[] all = Preset.values();
        return lastPreset == null ? all[0] : all[(lastPreset.ordinal() + 1) % all.length];
    }

    /** The preset previous-layout selects (tmux layout_set_previous). */
    Preset previousPreset() {
        Preset[] all = Preset.values();
        return lastPreset == null ? all[all.length - 1] : all[(lastPreset.ordinal() + all.length - 1) % all.length];
    }

    /** tmux's layout string with its checksum ({@code d463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}}). */
    String describe() {
        return LayoutString.describe(root);
    }

    /** The root cell, for tests that check the tree's structure. */
    LayoutCell root() {
        return root;
    }

    private LayoutCell leaf(int pane) {
        LayoutCell c = root.find(pane);
        if (c == null) {
            throw new IllegalArgumentException("pane " + pane + " is not in this layout");
        }
        return c;
    }

    /** Turns {@code lc} into the first child of a new node of {@code type} in its place (layout_replace_with_node). */
    private LayoutCell replaceWithNode(LayoutCell lc, Type type) {
        LayoutCell node = LayoutCell.node(lc.parent, type, lc.sx, lc.sy);
        node.xoff = lc.xoff;
        node.yoff = lc.yoff;
        if (lc.parent == null) {
            root = node;
        } else {
            lc.parent.children.set(lc.parent.children.indexOf(lc), node);
        }
        lc.parent = node;
        node.children.add(lc);
        return node;
    }

    private static void setSize(LayoutCell lc, Type axis, int size) {
        if (axis == Type.LEFT_RIGHT) {
            lc.sx = size;
        } else {
            lc.sy = size;
        }
    }

    private static int positive(int cells) {
        if (cells < LayoutMath.PANE_MINIMUM || cells > MAXIMUM) {
            throw new IllegalArgumentException("pane size " + cells + " is out of range 1.." + MAXIMUM);
        }
        return cells;
    }

    private static void checkSize(int cols, int rows) {
        if (cols < 1 || rows < 1 || cols > MAXIMUM || rows > MAXIMUM) {
            throw new IllegalArgumentException("tab size " + cols + "x" + rows + " is out of range 1.." + MAXIMUM);
        }
    }
}
