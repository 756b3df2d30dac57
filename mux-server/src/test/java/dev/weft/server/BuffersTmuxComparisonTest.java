package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same paste buffer commands run by weft (RunCommand on a real server) and by a private
 * tmux 3.3a: after every step the command's success or error message, list-buffers and
 * show-buffer must be the same.
 */
class BuffersTmuxComparisonTest {
    @TempDir
    Path tmp;

    @Test
    void bufferCommandsMatchTmux() throws Exception {
        assumeTrue(PrivateTmux.available(), "tmux is not installed");
        StringBuilder numbers = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            numbers.append(i).append(' ');
        }
        List<List<String>> steps = List.of(
                List.of("set-buffer", "hello"),
                List.of("setb", "world"),
                List.of("set-buffer", "-b", "named", "xx"),
                List.of("set-buffer", "-a", " more"),
                List.of("set-buffer", "-a", "-b", "named", "yy"),
                List.of("set-buffer", "-n", "renamed"),
                List.of("set-buffer", "-b", "buffer1", "-n", "named"),
                List.of("set-buffer", "-b", "nope", "-n", "foo"),
                List.of("set-buffer", "-b", "", "x"),
                List.of("set-buffer", ""),
                List.of("set-buffer"),
                List.of("set-buffer", "a\tb\nc\\d\001e\u007f\"q\r\033z"),
                List.of("set-buffer", numbers.toString()),
                List.of("set-buffer", "héllo wörld ✓ 日本 " + "é".repeat(120)),
                List.of("set-buffer", "\001".repeat(60)),
                List.of("show-buffer", "-b", "nope"),
                List.of("delete-buffer"),
                List.of("deleteb", "-b", "buffer0"),
                List.of("delete-buffer", "-b", "nope"),
                List.of("set-option", "-g", "buffer-limit", "2"),
                List.of("set-buffer", "q1"),
                List.of("set-buffer", "-b", "buffer1", "again"),
                List.of("set-buffer", "q2"),
                List.of("delete-buffer"),
                List.of("delete-buffer"),
                List.of("delete-buffer"),
                List.of("delete-buffer"),
                List.of("delete-buffer"),
                List.of("delete-buffer"),
                List.of("show-buffer"),
                List.of("delete-buffer"));
        try (ServerHarness h = new ServerHarness(tmp); PrivateTmux tmux = new PrivateTmux()) {
            TestClient c = h.client();
            h.newSession(c, "w", 80, 24, "/bin/sh");
            assertThat(tmux.run("new-session", "-d", "-s", "w", "-x", "80", "-y", "24", "/bin/sh").exit()).isZero();
            tmux.noteServerPid();
            List<String> mismatches = new ArrayList<>();
            for (List<String> step : steps) {
                PrivateTmux.Result t = tmux.run(step);
                String tmuxSays = t.exit() == 0 ? "ok" : "error: " + t.err().strip();
                String weftSays;
                try {
                    c.run(-1, step.toArray(String[]::new));
                    weftSays = "ok";
                } catch (TestClient.CommandFailed e) {
                    weftSays = "error: " + e.getMessage();
                }
                if (!weftSays.equals(tmuxSays)) {
                    mismatches.add(step + ": weft " + weftSays + ", tmux " + tmuxSays);
                }
                String tl = tmux.run("list-buffers").out();
                String wl = c.run(-1, "list-buffers");
                if (!(wl.isEmpty() ? "" : wl + "\n").equals(tl)) {
                    mismatches.add(step + " list-buffers:\nweft:\n" + wl + "\ntmux:\n" + tl);
                }
                PrivateTmux.Result ts = tmux.run("show-buffer");
                String ws;
                try {
                    ws = c.run(-1, "show-buffer");
                } catch (TestClient.CommandFailed e) {
                    ws = null;
                }
                if (ts.exit() == 0 ? !ts.out().equals(ws) : ws != null) {
                    mismatches.add(step + " show-buffer: weft " + ws + ", tmux " + ts.out());
                }
            }
            assertThat(mismatches).isEmpty();
        }
    }
}
