package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.server.LayoutScript.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LayoutTree against a real tmux: the same ops must give the same window, layout string and panes. */
class LayoutTmuxComparisonTest {
    private static final int[][] SIZES = {{80, 24}, {159, 48}, {7, 5}, {200, 50}, {20, 10}, {3, 3}, {81, 25}};

    private static PrivateTmux tmux;

    @BeforeAll
    static void startTmux() {
        assumeTrue(PrivateTmux.available(), "tmux is not installed");
        tmux = startServer();
    }

    /** A keeper session holds the server up between test sessions; panes run sleep, not a shell. */
    private static PrivateTmux startServer() {
        PrivateTmux t = new PrivateTmux();
        PrivateTmux.Result r = t.run("new-session", "-d", "-s", "keep", "exec sleep 100000", ";",
                "set", "-g", "default-command", "exec sleep 100000");
        assertThat(r.exit()).as(r.err()).isZero();
        t.noteServerPid();
        return t;
    }

    @AfterAll
    static void stopTmux() {
        if (tmux != null) {
            tmux.close();
        }
    }

    /** Hand-picked cases: size, then ops separated by ";" (see {@link LayoutScript#parse}). */
    private static final String[][] SCENARIOS = {
        {"80x24", "split 0 h; split 0 h; split 1 v; split 3 v l=3 b"},
        {"80x24", "split 0 h; split 1 h; split 2 h; resize 0 R 50; resize 3 L 70"},
        {"80x24", "split 0 v; split 0 h; split 2 h; resize 2 L 30; resize 1 U 30; resize 0 D 5"},
        {"7x5", "split 0 h; split 0 h; split 0 v; split 2 v; split 0 h; split 1 h; split 4 h; split 1 v"},
        {"80x24", "split 0 h; split 1 v f; split 0 h f b l=5; split 3 v f b l=100; split 2 h l=0"},
        {"7x5", "split 0 h; split 1 h; split 2 h; window 2x2; window 40x10; window 7x5"},
        {"159x48", "split 0 h; split 0 v; split 1 v; split 2 h; split 3 h; split 4 v; layout even-horizontal;"
                + "layout even-vertical; layout main-horizontal; layout main-vertical; layout tiled"},
        {"200x50", "split 0 h; split 1 v; split 2 v; layout main-vertical; resize 0 R 20; layout main-horizontal"},
        {"7x5", "split 0 h; split 1 v; split 0 v; split 2 h; layout tiled; window 30x20; layout tiled"},
        {"80x24", "split 0 h l=30; split 1 v; rotate; rotate D; rotate D; swap 0 2; swap 1 1; rotate"},
        {"80x24", "split 0 h; split 1 v; resizeto 1 x=200 y=1; resizeto 0 x=1; resizeto 2 y=30"},
        {"80x24", "split 0 h; split 1 v; split 2 h; split 3 v; kill 3; kill 1; kill 0; split 0 v b"},
        {"80x24", "split 0 h; split 1 v; split 1 h; window 20x5; kill 1; window 21x6; layout main-vertical"},
        {"3x3", "split 0 h; split 0 v; split 1 v; window 1x1; layout even-vertical; window 3x3"},
        {"80x24", "split 0 h l=10; split 1 h l=5; split 2 v l=3; spread 3; spread 3; spread 0; spread 0"},
        {"20x10", "split 0 v; split 1 h; resize 0 D 3; window 8x4; spread 1; spread 2"},
    };

    @Test
    void scenariosGiveTmuxGeometry() {
        List<String> failures = new ArrayList<>();
        for (String[] scenario : SCENARIOS) {
            String[] size = scenario[0].split("x");
            String[] ops = scenario[1].split(";");
            String diff = TmuxLayoutRun.compare(tmux, "scenario", Integer.parseInt(size[0]), Integer.parseInt(size[1]),
                    (tree, next, step) -> step < ops.length ? LayoutScript.parse(ops[step], tree, next) : null);
            if (diff != null) {
                failures.add(scenario[1] + ":\n" + diff);
            }
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    }

    /**
     * select-pane -L/-R/-U/-D from every pane after random sequences. tmux breaks ties by most
     * recent activity, which LayoutTree does not know: where several panes qualify, tmux's choice
     * must be one of {@link LayoutTree#neighbours}; where one or none, it must be exactly it.
     */
    @Test
    void neighboursAreTmuxs() {
        List<String> failures = new ArrayList<>();
        for (int seed = 1; seed <= 60 && failures.size() < 3; seed++) {
            int[] size = SIZES[seed % SIZES.length];
            Random rnd = new Random(seed * 31L);
            int length = 3 + rnd.nextInt(15);
            String diff = TmuxLayoutRun.compare(tmux, "n" + seed, size[0], size[1],
                    (tree, next, step) -> step < length ? LayoutScript.random(rnd, tree, next) : null,
                    LayoutTmuxComparisonTest::compareNeighbours);
            if (diff != null) {
                failures.add("seed " + seed + ": " + diff);
            }
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
    }

    private static String compareNeighbours(PrivateTmux tmux, String window, LayoutTree tree) {
        List<String> batch = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        String[] flags = {"-L", "-R", "-U", "-D"};
        LayoutTree.Direction[] dirs = {LayoutTree.Direction.LEFT, LayoutTree.Direction.RIGHT,
            LayoutTree.Direction.UP, LayoutTree.Direction.DOWN};
        for (int pane : tree.panes()) {
            for (int d = 0; d < 4; d++) {
                batch.addAll(List.of("select-pane", "-t", "%" + pane, ";", "select-pane", "-t", "%" + pane, flags[d],
                        ";", "display-message", "-p", "-t", window, "#{pane_id}", ";"));
                asked.add(pane + " " + dirs[d]);
            }
        }
        PrivateTmux.Result r = tmux.run(batch);
        String[] answers = r.out().split("\n");
        if (answers.length != asked.size()) {
            return "tmux answered " + answers.length + " of " + asked.size() + ": " + r.err();
        }
        for (int i = 0; i < answers.length; i++) {
            String[] q = asked.get(i).split(" ");
            int pane = Integer.parseInt(q[0]);
            LayoutTree.Direction d = LayoutTree.Direction.valueOf(q[1]);
            int got = Integer.parseInt(answers[i].trim().substring(1));
            List<Integer> candidates = tree.neighbours(pane, d);
            int mine = tree.neighbour(pane, d);
            boolean ok = candidates.size() > 1 ? candidates.contains(got) : got == (mine == -1 ? pane : mine);
            if (!ok) {
                return "select-pane " + d + " from %" + pane + ": tmux went to %" + got + ", LayoutTree offers "
                        + candidates + " in " + tree.describe();
            }
        }
        return null;
    }

    @Test
    void randomOpSequencesGiveTmuxGeometry() {
        List<String> failures = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        for (int seed = 1; seed <= 300; seed++) {
            int[] size = SIZES[seed % SIZES.length];
            Random rnd = new Random(seed);
            int length = 10 + rnd.nextInt(30);
            String diff;
            try {
                diff = TmuxLayoutRun.compare(tmux, "r" + seed, size[0], size[1],
                        (tree, next, step) -> step < length ? LayoutScript.random(rnd, tree, next) : null);
            } catch (TmuxLayoutRun.TmuxCrashed e) {
                crashes.add("seed " + seed + ": " + e.getMessage());
                tmux.close();
                tmux = startServer();
                continue;
            }
            if (diff != null) {
                failures.add("seed " + seed + ": " + diff);
                if (failures.size() >= 3) {
                    break;
                }
            }
        }
        crashes.forEach(c -> System.out.println("tmux itself crashed (not a LayoutTree difference): " + c));
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
        // A crash skips a sequence; many would mean the comparison no longer compares.
        assertThat(crashes.size()).as(String.join("\n\n", crashes)).isLessThan(10);
    }
}
