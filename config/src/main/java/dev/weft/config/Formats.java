package dev.weft.config;

import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * tmux formats: {@code #S #I #W #T #H #h #P #D #F} (short names of {@code session_name},
 * {@code window_index}, {@code window_name}, {@code pane_title}, {@code host}, {@code host_short},
 * {@code pane_index}, {@code pane_id}, {@code window_flags}), {@code #{name}}, {@code #{=N:name}}
 * (at most N cells; negative from the end), {@code #{?name,then,else}}, {@code ##} for '#', strftime
 * ({@code %H:%M %d-%b-%y}). Style markers {@code #[...]} are kept as they are, for the drawing side.
 */
public final class Formats {
    private Formats() {}

    /** Expand {@code format}; {@code vars} gives a variable's value or null (then empty). */
    public static String expand(String format, Function<String, String> vars, ZonedDateTime now) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** null when the format is well formed, else a one-line reason (with the column, 1-based). */
    public static String check(String format) {
        throw new UnsupportedOperationException("not built yet");
    }
}
