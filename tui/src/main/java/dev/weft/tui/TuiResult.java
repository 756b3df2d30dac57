package dev.weft.tui;

/**
 * How the TUI ended: the cli prints {@link #message()} (when not empty) after the outer terminal
 * is restored and exits with {@link #exitCode()}. Messages are tmux's.
 */
public record TuiResult(int exitCode, String message) {

    public TuiResult {
        message = message == null ? "" : message;
    }

    /** The user detached (prefix d, or another client detached us). */
    public static TuiResult detached(String sessionName) {
        return new TuiResult(0, "[detached (from session " + sessionName + ")]");
    }

    /** The session ended (its last pane exited or it was killed). */
    public static TuiResult exited() {
        return new TuiResult(0, "[exited]");
    }

    /** The server said it is exiting. */
    public static TuiResult serverExited() {
        return new TuiResult(0, "[server exited]");
    }

    /** The connection to the server went away without a goodbye. */
    public static TuiResult lostServer() {
        return new TuiResult(1, "[lost server]");
    }

    public static TuiResult failure(String message) {
        return new TuiResult(1, message);
    }
}
