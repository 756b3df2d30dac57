package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dragging a border with button 1, as tmux's {@code MouseDrag1Border} ({@code resize-pane -M}):
 * the border under the pointer when the button went down follows the pointer. At a cell where a
 * vertical and a horizontal border meet, both move (tmux looks at the cell and its four
 * neighbours).
 *
 * <p>The client knows only where the panes are, and tells the server with
 * {@code resize-pane -t %ID -x N} / {@code -y N}, which sizes the cell holding the pane in its
 * nearest parent split the same way, moving the border after it (before it, for the last cell).
 * So the split tree is rebuilt from the pane rectangles (a layout is always cut by full-length
 * borders, tmux's {@code layout_cell}), the split whose children the border separates is found,
 * and a pane whose nearest split of that direction is that one is targeted:
 * <ul>
 *   <li>a pane in the child before the border, reached through splits of the other direction
 *       only: its size is the pointer minus the child's start, so its end border moves;</li>
 *   <li>else, when the child after the border is the last one: a pane in it, sized the split's
 *       end minus the pointer, so its start border moves;</li>
 *   <li>else no pane sizes that child alone (both sides are split again the same way): the drag
 *       does nothing.</li>
 * </ul>
 * Each resize is an absolute size computed from where the drag began, so commands still in flight
 * when the next motion comes do not add up.
 */
final class BorderDrag {
    /** One border to move: {@code resize-pane -t %paneId -x|-y size(pointer)}. */
    record Plan(int paneId, boolean columns, int origin, boolean fromEnd) {
        /** The size that puts the border at the pointer's column ({@code columns}) or row. */
        int size(int pointer) {
            return Math.max(1, fromEnd ? origin - pointer : pointer - origin);
        }

        String command(int pointer) {
            return "resize-pane -t %" + paneId + (columns ? " -x " : " -y ") + size(pointer);
        }
    }

    /** A node of the rebuilt split tree: a pane, or a split of {@code columns} (left/right) or rows. */
    record Node(int x, int y, int cols, int rows, Pdu.PaneGeometry pane, boolean columns,
                        List<Node> children) {
        boolean leaf() {
            return pane != null;
        }

        int start(boolean alongColumns) {
            return alongColumns ? x : y;
        }

        int end(boolean alongColumns) {
            return alongColumns ? x + cols : y + rows;
        }
    }

    private BorderDrag() {}

    /**
     * What to resize when button 1 goes down on the border cell ({@code x}, {@code y}) of the pane
     * area, from the pane rectangles alone. Where inner borders line up exactly, the rectangles
     * fit more than one tree; {@link #plans(String, List, int, int)} knows the real one.
     */
    static List<Plan> plans(List<Pdu.PaneGeometry> places, int x, int y) {
        return plans(build(places), x, y);
    }

    /**
     * As {@link #plans(List, int, int)}, from the server's split tree: tmux's {@code window_layout}
     * string (its leaves matched to {@code places} by their rectangles). Null when the string
     * cannot be read or does not describe these panes.
     */
    static List<Plan> plans(String layout, List<Pdu.PaneGeometry> places, int x, int y) {
        Node root = LayoutText.parse(layout, places);
        return root == null ? null : plans(root, x, y);
    }

    private static List<Plan> plans(Node root, int x, int y) {
        List<Plan> plans = new ArrayList<>();
        if (root == null) {
            return plans;
        }
        Plan vertical = null;
        Plan horizontal = null;
        int[][] around = {{0, 0}, {0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        for (int[] d : around) {
            if (vertical == null) {
                vertical = plan(root, x + d[0], y + d[1], true);
            }
            if (horizontal == null) {
                horizontal = plan(root, x + d[0], y + d[1], false);
            }
        }
        if (vertical != null) {
            plans.add(vertical);
        }
        if (horizontal != null) {
            plans.add(horizontal);
        }
        return plans;
    }

    /** The plan for a border between children of a split of {@code columns} at (x, y), or null. */
    private static Plan plan(Node node, int x, int y, boolean columns) {
        if (node.leaf() || x < node.x || y < node.y || x >= node.x + node.cols || y >= node.y + node.rows) {
            return null;
        }
        List<Node> children = node.children;
        int along = node.columns ? x : y;
        for (int i = 0; i < children.size(); i++) {
            Node c = children.get(i);
            if (along >= c.start(node.columns) && along < c.end(node.columns)) {
                return plan(c, x, y, columns);
            }
            if (i + 1 < children.size() && along == c.end(node.columns)) {
                // the border between two children: the one asked for when the split is that way
                return node.columns == columns ? planBetween(node, i, columns) : null;
            }
        }
        return null;
    }

    private static Plan planBetween(Node split, int i, boolean columns) {
        Node before = split.children.get(i);
        Pdu.PaneGeometry pane = throughOther(before, columns);
        if (pane != null) {
            return new Plan(pane.paneId(), columns, before.start(columns), false);
        }
        if (i + 2 == split.children.size()) {
            Node after = split.children.get(i + 1);
            pane = throughOther(after, columns);
            if (pane != null) {
                return new Plan(pane.paneId(), columns, split.end(columns) - 1, true);
            }
        }
        return null;
    }

    /** A pane in {@code node} whose nearest split of {@code columns} is above {@code node}. */
    private static Pdu.PaneGeometry throughOther(Node node, boolean columns) {
        if (node.leaf()) {
            return node.pane;
        }
        if (node.columns == columns) {
            return null;
        }
        for (Node c : node.children) {
            Pdu.PaneGeometry p = throughOther(c, columns);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Node build(List<Pdu.PaneGeometry> places) {
        if (places.isEmpty()) {
            return null;
        }
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = 0;
        int y1 = 0;
        for (Pdu.PaneGeometry p : places) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x() + p.cols());
            y1 = Math.max(y1, p.y() + p.rows());
        }
        return build(places, x0, y0, x1 - x0, y1 - y0, 0);
    }

    private static Node build(List<Pdu.PaneGeometry> places, int x, int y, int cols, int rows, int depth) {
        if (places.size() == 1) {
            Pdu.PaneGeometry p = places.get(0);
            return new Node(p.x(), p.y(), p.cols(), p.rows(), p, false, List.of());
        }
        if (depth > 64) {
            return null;
        }
        for (boolean columns : new boolean[] {true, false}) {
            List<List<Pdu.PaneGeometry>> groups = cut(places, columns);
            if (groups.size() < 2) {
                continue;
            }
            List<Node> children = new ArrayList<>();
            for (List<Pdu.PaneGeometry> g : groups) {
                int gs = Integer.MAX_VALUE;
                int ge = 0;
                for (Pdu.PaneGeometry p : g) {
                    gs = Math.min(gs, columns ? p.x() : p.y());
                    ge = Math.max(ge, columns ? p.x() + p.cols() : p.y() + p.rows());
                }
                Node child = columns ? build(g, gs, y, ge - gs, rows, depth + 1)
                        : build(g, x, gs, cols, ge - gs, depth + 1);
                if (child == null) {
                    return null;
                }
                children.add(child);
            }
            return new Node(x, y, cols, rows, null, columns, children);
        }
        return null;
    }

    /**
     * The panes grouped by the full-length borders of one direction ({@code columns}: vertical
     * borders), in order; one group when there is no such border.
     */
    private static List<List<Pdu.PaneGeometry>> cut(List<Pdu.PaneGeometry> places, boolean columns) {
        List<Pdu.PaneGeometry> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingInt(p -> columns ? p.x() : p.y()));
        List<List<Pdu.PaneGeometry>> groups = new ArrayList<>();
        List<Pdu.PaneGeometry> current = new ArrayList<>();
        int reach = Integer.MIN_VALUE; // the furthest end of the current group
        for (Pdu.PaneGeometry p : sorted) {
            int start = columns ? p.x() : p.y();
            int end = columns ? p.x() + p.cols() : p.y() + p.rows();
            if (!current.isEmpty() && start > reach) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(p);
            reach = Math.max(reach, end);
        }
        groups.add(current);
        return groups;
    }

    /**
     * tmux's layout string, {@code csum,WxH,X,Y{...}} (see {@code layout_dump}): a cell is
     * {@code WxH,X,Y} and then {@code ,ID} for a pane, {@code {cells}} for a left-right split or
     * {@code [cells]} for a top-bottom one. The checksum is not checked (the server made it);
     * anything else that is not this shape gives null.
     */
    static final class LayoutText {
        private static final int MAX_DEPTH = 64;
        private final String text;
        private final List<Pdu.PaneGeometry> places;
        private int pos;

        private LayoutText(String text, List<Pdu.PaneGeometry> places) {
            this.text = text;
            this.places = places;
        }

        static Node parse(String layout, List<Pdu.PaneGeometry> places) {
            if (layout == null) {
                return null;
            }
            String t = layout.strip();
            int comma = t.indexOf(',');
            if (comma < 0) {
                return null;
            }
            LayoutText p = new LayoutText(t, places);
            p.pos = comma + 1;
            try {
                Node root = p.cell(0);
                return root != null && p.pos == t.length() ? root : null;
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return null;
            }
        }

        private Node cell(int depth) {
            if (depth > MAX_DEPTH) {
                return null;
            }
            int cols = number();
            expect('x');
            int rows = number();
            expect(',');
            int x = number();
            expect(',');
            int y = number();
            char c = pos < text.length() ? text.charAt(pos) : 0;
            if (c == '{' || c == '[') {
                pos++;
                List<Node> children = new ArrayList<>();
                while (true) {
                    Node child = cell(depth + 1);
                    if (child == null) {
                        return null;
                    }
                    children.add(child);
                    char next = text.charAt(pos++);
                    if (next == (c == '{' ? '}' : ']')) {
                        break;
                    }
                    if (next != ',') {
                        return null;
                    }
                }
                return new Node(x, y, cols, rows, null, c == '{', List.copyOf(children));
            }
            expect(',');
            number(); // the server's id for the cell's pane; the rectangle says which pane it is
            for (Pdu.PaneGeometry g : places) {
                if (g.x() == x && g.y() == y && g.cols() == cols && g.rows() == rows) {
                    return new Node(x, y, cols, rows, g, false, List.of());
                }
            }
            return null;
        }

        private int number() {
            int start = pos;
            while (pos < text.length() && pos - start < 9 && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                pos++;
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        private void expect(char c) {
            if (text.charAt(pos) != c) {
                throw new NumberFormatException("expected " + c + " at " + pos);
            }
            pos++;
        }
    }
}
