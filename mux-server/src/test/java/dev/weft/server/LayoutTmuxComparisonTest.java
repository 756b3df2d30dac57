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
        return t;
    }

    @AfterAll
    static void stopTmux() {
        if (tmux != null) {
            tmux.close();
        }
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
