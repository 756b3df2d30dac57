package dev.weft.cli.e2e;

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
        return Tmux.run(socket, java.util.Map.of(), args);
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
