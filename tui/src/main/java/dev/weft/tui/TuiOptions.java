package dev.weft.tui;

/**
 * How the TUI behaves.
 *
 * @param prefixKey tmux key name of the prefix ({@code C-b} when null or blank)
 * @param escapeTimeMillis how long a lone ESC waits for the rest of a sequence before it counts as
 *                         the Escape key (tmux {@code escape-time}; 10 ms as tmux 3.5 when negative)
 * @param hostName shown at the right of the status line
 * @param readOnly attached with {@code -r}: no input reaches a pane, only key bindings to
 *                 {@code detach-client} run (tmux), every other key is dropped silently
 */
public record TuiOptions(String prefixKey, int escapeTimeMillis, String hostName, boolean readOnly) {
    public static final String DEFAULT_PREFIX = "C-b";
    public static final int DEFAULT_ESCAPE_TIME_MILLIS = 10;

    public TuiOptions {
        if (prefixKey == null || prefixKey.isBlank()) {
            prefixKey = DEFAULT_PREFIX;
        }
        if (escapeTimeMillis < 0) {
            escapeTimeMillis = DEFAULT_ESCAPE_TIME_MILLIS;
        }
        if (hostName == null) {
            hostName = "";
        }
    }

    /** A client that may type ({@code readOnly} false). */
    public TuiOptions(String prefixKey, int escapeTimeMillis, String hostName) {
        this(prefixKey, escapeTimeMillis, hostName, false);
    }

    /** The defaults (prefix {@code C-b}, escape time 10 ms) with this host name. */
    public static TuiOptions defaults(String hostName) {
        return new TuiOptions(DEFAULT_PREFIX, DEFAULT_ESCAPE_TIME_MILLIS, hostName);
    }
}
