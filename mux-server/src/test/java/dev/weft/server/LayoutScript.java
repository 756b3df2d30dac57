package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Layout operations that run the same on a {@link LayoutTree} and on a real tmux window, and a
 * seeded generator of them. Pane ids are tmux's %N numbers.
 */
final class LayoutScript {
    private LayoutScript() {}

    sealed interface Op {
        /** The tmux command, without the leading "tmux"; {@code window} is a window target ("s1:"). */
        List<String> tmux(String window);

        /** Does the op on the tree. */
        Outcome apply(LayoutTree tree);

        /** What tmux says when it refuses the op. */
        default String refusal() {
            return "no space for new pane";
        }
    }

    /** select-layout with a layout string; remembers why the tree refused it. */
    static final class ApplyLayout implements Op {
        final String layout;
        private String refusal;

        ApplyLayout(String layout) {
            this.layout = layout;
        }

        public List<String> tmux(String window) {
            return List.of("select-layout", "-t", window, layout);
        }

        public Outcome apply(LayoutTree tree) {
            try {
                tree.selectLayout(layout);
                return Outcome.DONE;
            } catch (IllegalArgumentException e) {
                refusal = e.getMessage();
                return Outcome.REFUSED;
            }
        }

        @Override
        public String refusal() {
            return refusal;
        }

        @Override
        public String toString() {
            return "ApplyLayout[" + layout + "]";
        }
    }

    /**
     * A layout string for {@code tree}'s window: a random tree of about as many cells as it has
     * panes (sometimes fewer, so tmux refuses it), sometimes of another size, now and then with
     * a wrong checksum.
     */
    static String randomLayout(Random rnd, LayoutTree tree) {
        int cols = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(tree.cols() + 20) : tree.cols();
        int rows = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(tree.rows() + 10) : tree.rows();
        int want = Math.max(1, tree.panes().size() + rnd.nextInt(4) - 1);
        LayoutTree t = new LayoutTree(0, cols, rows);
        for (int i = 1, tries = 0; t.panes().size() < want && tries < 50; tries++) {
            List<Integer> p = t.panes();
            if (t.split(p.get(rnd.nextInt(p.size())), i, rnd.nextBoolean(), rnd.nextInt(3) == 0 ? rnd.nextInt(30) : -1,
                    rnd.nextBoolean(), false)) {
                i++;
            }
        }
        String s = t.describe();
        if (rnd.nextInt(15) == 0) {
            s = (s.charAt(0) == '0' ? "1" : "0") + s.substring(1);
        }
        return s;
    }

    enum Outcome {
        DONE,
        /** Refused by both (no space for a new pane). */
        REFUSED,
        /** Refused by weft only, where tmux would empty a pane: not run on tmux either. */
        WEFT_REFUSED
    }

    record Split(int target, int newPane, boolean horizontal, int size, boolean before, boolean full) implements Op {
        public List<String> tmux(String window) {
            List<String> a = new ArrayList<>(List.of("split-window", "-d", "-t", "%" + target, horizontal ? "-h" : "-v"));
            if (size >= 0) {
                a.addAll(List.of("-l", Integer.toString(size)));
            }
            if (before) {
                a.add("-b");
            }
            if (full) {
                a.add("-f");
            }
            return a;
        }

        public Outcome apply(LayoutTree tree) {
            return switch (tree.trySplit(target, newPane, horizontal, size, before, full)) {
                case DONE -> Outcome.DONE;
                case NO_SPACE -> Outcome.REFUSED;
                case WOULD_EMPTY_A_PANE -> Outcome.WEFT_REFUSED;
            };
        }
    }

    record Kill(int pane) implements Op {
        public List<String> tmux(String window) {
            return List.of("kill-pane", "-t", "%" + pane);
        }

        public Outcome apply(LayoutTree tree) {
            tree.remove(pane);
            return Outcome.DONE;
        }
    }

    record ResizePane(int pane, LayoutTree.Direction direction, int cells) implements Op {
        public List<String> tmux(String window) {
            String flag = switch (direction) {
                case LEFT -> "-L";
                case RIGHT -> "-R";
                case UP -> "-U";
                case DOWN -> "-D";
            };
            return List.of("resize-pane", "-t", "%" + pane, flag, Integer.toString(cells));
        }

        public Outcome apply(LayoutTree tree) {
            tree.resizePane(pane, direction, cells);
            return Outcome.DONE;
        }
    }

    record ResizePaneTo(int pane, Integer cols, Integer rows) implements Op {
        public List<String> tmux(String window) {
            List<String> a = new ArrayList<>(List.of("resize-pane", "-t", "%" + pane));
            if (cols != null) {
                a.addAll(List.of("-x", cols.toString()));
            }
            if (rows != null) {
                a.addAll(List.of("-y", rows.toString()));
            }
            return a;
        }

        public Outcome apply(LayoutTree tree) {
            tree.resizePaneTo(pane, cols, rows);
            return Outcome.DONE;
        }
    }

    record Select(LayoutTree.Preset preset) implements Op {
        public List<String> tmux(String window) {
            return List.of("select-layout", "-t", window, preset.tmuxName);
        }

        public Outcome apply(LayoutTree tree) {
            // tmux 3.3a's main pane is the first pane.
            tree.select(preset, tree.panes().get(0));
            return Outcome.DONE;
        }
    }

    record ResizeWindow(int cols, int rows) implements Op {
        public List<String> tmux(String window) {
            return List.of("resize-window", "-t", window, "-x", Integer.toString(cols), "-y", Integer.toString(rows));
        }

        public Outcome apply(LayoutTree tree) {
            tree.resizeWindow(cols, rows);
            return Outcome.DONE;
        }
    }

    record Swap(int a, int b) implements Op {
        public List<String> tmux(String window) {
            return List.of("swap-pane", "-d", "-s", "%" + a, "-t", "%" + b);
        }

        public Outcome apply(LayoutTree tree) {
            tree.swap(a, b);
            return Outcome.DONE;
        }
    }

    record Rotate(boolean upward) implements Op {
        public List<String> tmux(String window) {
            return upward ? List.of("rotate-window", "-t", window) : List.of("rotate-window", "-D", "-t", window);
        }

        public Outcome apply(LayoutTree tree) {
            tree.rotate(upward);
            return Outcome.DONE;
        }
    }

    record SpreadOut(int pane) implements Op {
        public List<String> tmux(String window) {
            return List.of("select-layout", "-E", "-t", "%" + pane);
        }

        public Outcome apply(LayoutTree tree) {
            if (tmuxWouldLoop(tree, pane)) {
                return Outcome.WEFT_REFUSED;
            }
            tree.spreadOut(pane);
            return Outcome.DONE;
        }

        /**
         * tmux 3.3a's layout_resize_adjust never ends when a node cannot shrink to its even
         * share: it hangs the server (seen here: [20x4[20x2,20x1],20x2,20x2] spread from the last
         * pane). Such a spread is left out on both sides.
         */
        static boolean tmuxWouldLoop(LayoutTree tree, int pane) {
            for (LayoutCell p = tree.root().find(pane).parent; p != null; p = p.parent) {
                int[] targets = LayoutMath.spreadTargets(p);
                if (targets == null) {
                    continue;
                }
                if (!LayoutMath.spreadFits(p, targets)) {
                    return true;
                }
                for (int i = 0; i < targets.length; i++) {
                    if (targets[i] != p.children.get(i).size(p.type)) {
                        return false; // tmux stops at the first node that changes
                    }
                }
            }
            return false;
        }
    }

    /** The state both sides report after an op: window size, layout string, then each pane. */
    static String state(LayoutTree tree) {
        StringBuilder sb = new StringBuilder();
        sb.append(tree.cols()).append('x').append(tree.rows()).append(' ').append(tree.describe()).append('\n');
        for (Pdu.PaneGeometry g : tree.geometry()) {
            sb.append('%').append(g.paneId()).append(' ').append(g.x()).append(' ').append(g.y()).append(' ')
                    .append(g.cols()).append(' ').append(g.rows()).append('\n');
        }
        return sb.toString();
    }

    /** The tmux commands that print {@link #state} of {@code window}. */
    static List<String> stateCommands(String window) {
        return List.of("display-message", "-p", "-t", window, "@@#{window_width}x#{window_height} #{window_layout}",
                ";", "list-panes", "-t", window, "-F", "#{pane_id} #{pane_left} #{pane_top} #{pane_width} #{pane_height}");
    }

    /** A random op valid for {@code tree}'s panes; {@code nextPane} is the id a split would create. */
    static Op random(Random rnd, LayoutTree tree, int nextPane) {
        List<Integer> panes = tree.panes();
        int pane = panes.get(rnd.nextInt(panes.size()));
        int other = panes.get(rnd.nextInt(panes.size()));
        int w = tree.cols();
        int h = tree.rows();
        int roll = rnd.nextInt(100);
        if (roll < 38) {
            boolean horizontal = rnd.nextBoolean();
            int size = rnd.nextInt(10) < 4 ? -1 : rnd.nextInt((horizontal ? w : h) + 4);
            return new Split(pane, nextPane, horizontal, size, rnd.nextInt(4) == 0, rnd.nextInt(5) == 0);
        }
        if (roll < 48 && panes.size() > 1) {
            return new Kill(pane);
        }
        if (roll < 64) {
            LayoutTree.Direction d = LayoutTree.Direction.values()[rnd.nextInt(4)];
            return new ResizePane(pane, d, 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 30));
        }
        if (roll < 72) {
            boolean both = rnd.nextInt(3) == 0;
            boolean x = rnd.nextBoolean();
            Integer cols = both || x ? 1 + rnd.nextInt(w + 3) : null;
            Integer rows = both || !x ? 1 + rnd.nextInt(h + 3) : null;
            return new ResizePaneTo(pane, cols, rows);
        }
        if (roll < 80) {
            return new Select(LayoutTree.Preset.values()[rnd.nextInt(5)]);
        }
        if (roll < 88) {
            return new ResizeWindow(1 + rnd.nextInt(w + 60), 1 + rnd.nextInt(h + 30));
        }
        if (roll < 91) {
            return new Swap(pane, other);
        }
        if (roll < 95) {
            return new SpreadOut(pane);
        }
        if (roll < 97) {
            return new ApplyLayout(randomLayout(rnd, tree));
        }
        return new Rotate(rnd.nextBoolean());
    }

    /**
     * One op from a line of a scenario, panes named by their index in pane order: {@code split I
     * h|v [l=N] [b] [f]}, {@code kill I}, {@code resize I L|R|U|D N}, {@code resizeto I [x=N]
     * [y=N]}, {@code layout NAME}, {@code window WxH}, {@code swap I J}, {@code rotate [D]}, {@code spread I}, {@code apply LAYOUT}.
     */
    static Op parse(String line, LayoutTree tree, int nextPane) {
        String[] w = line.trim().split("\\s+");
        List<Integer> panes = tree.panes();
        switch (w[0]) {
            case "split" -> {
                int size = -1;
                boolean before = false;
                boolean full = false;
                for (int i = 3; i < w.length; i++) {
                    if (w[i].startsWith("l=")) {
                        size = Integer.parseInt(w[i].substring(2));
                    }
                    before |= w[i].equals("b");
                    full |= w[i].equals("f");
                }
                return new Split(panes.get(Integer.parseInt(w[1])), nextPane, w[2].equals("h"), size, before, full);
            }
            case "kill" -> {
                return new Kill(panes.get(Integer.parseInt(w[1])));
            }
            case "resize" -> {
                LayoutTree.Direction d = switch (w[2]) {
                    case "L" -> LayoutTree.Direction.LEFT;
                    case "R" -> LayoutTree.Direction.RIGHT;
                    case "U" -> LayoutTree.Direction.UP;
                    default -> LayoutTree.Direction.DOWN;
                };
                return new ResizePane(panes.get(Integer.parseInt(w[1])), d, Integer.parseInt(w[3]));
            }
            case "resizeto" -> {
                Integer x = null;
                Integer y = null;
                for (int i = 2; i < w.length; i++) {
                    if (w[i].startsWith("x=")) {
                        x = Integer.parseInt(w[i].substring(2));
                    } else if (w[i].startsWith("y=")) {
                        y = Integer.parseInt(w[i].substring(2));
                    }
                }
                return new ResizePaneTo(panes.get(Integer.parseInt(w[1])), x, y);
            }
            case "layout" -> {
                return new Select(LayoutTree.Preset.of(w[1]));
            }
            case "window" -> {
                String[] wh = w[1].split("x");
                return new ResizeWindow(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            }
            case "swap" -> {
                return new Swap(panes.get(Integer.parseInt(w[1])), panes.get(Integer.parseInt(w[2])));
            }
            case "apply" -> {
                return new ApplyLayout(w[1]);
            }
            case "spread" -> {
                return new SpreadOut(panes.get(Integer.parseInt(w[1])));
            }
            case "rotate" -> {
                return new Rotate(w.length < 2);
            }
            default -> throw new IllegalArgumentException("unknown scenario op: " + line);
        }
    }
}
