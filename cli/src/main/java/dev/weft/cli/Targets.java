package dev.weft.cli;

/** Default targets, as tmux: inside a pane, that pane; otherwise the server picks the most recent session. */
final class Targets {
    static String paneOrCurrent(String target) {
        if (target != null && !target.isEmpty()) {
            return target;
        }
        String pane = System.getenv("WEFT_PANE");
        return pane != null && !pane.isEmpty() ? "%" + pane : "";
    }

    private Targets() {}
}
