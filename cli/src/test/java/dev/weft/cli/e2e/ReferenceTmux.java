package dev.weft.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A detached tmux window of a given size on a private server, to ask what tmux does: the pane
 * sizes weft must give for the same commands. Panes run {@code cat} so nothing prints.
 */
final class ReferenceTmux implements AutoCloseable {
    private final String socket = "weft-ref-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    ReferenceTmux(int cols, int rows) {
        tmux("new-session", "-d", "-s", "ref", "-x", Integer.toString(cols), "-y", Integer.toString(rows), "cat");
        tmux("set-option", "-g", "window-size", "manual");
        tmux("set-option", "-g", "default-command", "cat");
    }

    /** Run one tmux command against the reference window. */
    String tmux(String... args) {
        List<String> argv = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        argv.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
            pb.environment().remove("TMUX");
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("tmux " + String.join(" ", args) + " failed: "
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every pane as {@code INDEX:LEFT,TOP WIDTHxHEIGHT}, one per line, in pane order. */
    String geometry() {
        return tmux("list-panes", "-t", "ref", "-F", WindowsAndPanesIT.GEOMETRY_FORMAT);
    }

    @Override
    public void close() {
        try {
            tmux("kill-server");
        } catch (AssertionError e) {
            // already gone
        }
    }
}
