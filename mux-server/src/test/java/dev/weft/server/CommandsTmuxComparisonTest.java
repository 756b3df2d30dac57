package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same command sequence run by weft (RunCommand on a real server) and by a private tmux 3.3a:
 * after every step the panes (index, place, size, active) and the tabs (index, flags, pane count)
 * must be the same.
 */
class CommandsTmuxComparisonTest {
    private static final String PANES = "#{pane_index}:#{pane_left},#{pane_top} #{pane_width}x#{pane_height}#{?pane_active,*,}";
    private static final String WINDOWS = "#{window_index}#{window_flags} #{window_panes}";

    @TempDir
    Path tmp;

    @Test
    void paneAndTabCommandsMatchTmux() throws Exception {
        assumeTrue(PrivateTmux.available(), "tmux is not installed");
        List<List<String>> steps = List.of(
                List.of("split-window", "-h", "-t", "w"),
                List.of("split-window", "-t", "w"),
                List.of("select-pane", "-L", "-t", "w"),
                List.of("split-window", "-v", "-l", "30%", "-t", "w"),
                List.of("resize-pane", "-R", "-t", "w", "3"),
                List.of("resize-pane", "-U", "-t", "w:.2", "2"),
                List.of("select-layout", "-t", "w", "main-vertical"),
                List.of("next-layout", "-t", "w"),
                List.of("previous-layout", "-t", "w"),
                List.of("swap-pane", "-D", "-t", "w"),
                List.of("swap-pane", "-U", "-t", "w"),
                List.of("rotate-window", "-t", "w"),
                List.of("rotate-window", "-D", "-t", "w"),
                List.of("select-pane", "-t", "w:.+"),
                List.of("last-pane", "-t", "w"),
                List.of("resize-pane", "-Z", "-t", "w"),
                List.of("select-pane", "-t", "w:.-"),
                List.of("select-layout", "-t", "w", "tiled"),
                List.of("kill-pane", "-t", "w:.0"),
                List.of("break-pane", "-d", "-t", "w"),
                List.of("new-window", "-t", "w", "/bin/sh"),
                List.of("split-window", "-h", "-b", "-t", "w:1", "/bin/sh"),
                List.of("select-window", "-t", "w:0"),
                List.of("last-window", "-t", "w"),
                List.of("next-window", "-t", "w"),
                List.of("join-pane", "-h", "-s", "w:1.0", "-t", "w:0"),
                List.of("select-layout", "-t", "w:0", "even-horizontal"),
                List.of("resize-pane", "-x", "30", "-t", "w:0.1"),
                List.of("kill-pane", "-a", "-t", "w:0.1"),
                List.of("split-window", "-f", "-h", "-l", "20", "-t", "w:0"),
                List.of("split-window", "-t", "w:0.0"),
                List.of("kill-pane", "-t", "w:0.1"),
                List.of("kill-pane", "-t", "w:0.1"),
                List.of("new-window", "-t", "w"),
                List.of("select-window", "-t", "w:1"),
                List.of("kill-window", "-t", "w:1"),
                List.of("kill-pane", "-t", "w:0.0"));
        try (ServerHarness h = new ServerHarness(tmp); PrivateTmux tmux = new PrivateTmux()) {
            TestClient c = h.client();
            h.newSession(c, "w", 100, 29, "/bin/sh");
            assertThat(tmux.run("new-session", "-d", "-s", "w", "-x", "100", "-y", "29", "/bin/sh").exit()).isZero();
            List<String> mismatches = new ArrayList<>();
            for (List<String> step : steps) {
                List<String> tmuxStep = new ArrayList<>(step);
                if (step.get(0).equals("split-window") || step.get(0).equals("new-window")) {
                    if (!step.get(step.size() - 1).equals("/bin/sh")) {
                        tmuxStep.add("/bin/sh");
                    }
                }
                PrivateTmux.Result r = tmux.run(tmuxStep);
                assertThat(r.exit()).as("tmux %s: %s", step, r.err()).isZero();
                List<String> weftStep = new ArrayList<>(tmuxStep);
                c.run(-1, weftStep.toArray(String[]::new));
                for (String window : List.of("w:0", "w:1", "w:2")) {
                    PrivateTmux.Result tp = tmux.run("list-panes", "-t", window, "-F", PANES);
                    if (tp.exit() != 0) {
                        continue;
                    }
                    String weft = c.run(-1, "list-panes", "-t", window, "-F", PANES);
                    if (!weft.equals(tp.out().strip())) {
                        mismatches.add(step + " " + window + ":\nweft:\n" + weft + "\ntmux:\n" + tp.out().strip());
                    }
                }
                String tw = tmux.run("list-windows", "-t", "w", "-F", WINDOWS).out().strip();
                String ww = c.run(-1, "list-windows", "-t", "w", "-F", WINDOWS);
                if (!ww.equals(tw)) {
                    mismatches.add(step + " windows:\nweft:\n" + ww + "\ntmux:\n" + tw);
                }
            }
            assertThat(mismatches).isEmpty();
        }
    }
}
