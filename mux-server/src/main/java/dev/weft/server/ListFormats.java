package dev.weft.server;

import java.util.Map;

/**
 * What list-sessions, list-windows and list-panes share: {@code -F} lines and the {@code -f}
 * filter (tmux: a format; the item is listed when it expands to neither empty nor "0").
 *
 * <p>Each list also sets {@code window_format} and {@code pane_format} (1 for a window line,
 * resp. a pane line, else 0), as tmux's choose-tree does for its items, so one format such as
 * tmux's choose-tree default can say how each kind of line looks. tmux's own list commands
 * leave them unset (empty), which reads as false too; only a format asking for
 * {@code #{pane_format}} in list-panes sees the difference.
 */
final class ListFormats {
    static final Map<String, String> SESSION = Map.of("window_format", "0", "pane_format", "0");
    static final Map<String, String> WINDOW = Map.of("window_format", "1", "pane_format", "0");
    static final Map<String, String> PANE = Map.of("window_format", "0", "pane_format", "1");

    private ListFormats() {}

    /** The line for {@code t}, or null when {@code -f} leaves it out. */
    static String line(CommandContext ctx, Args args, String format, Target t, Map<String, String> kind) {
        String filter = args.value('f');
        if (filter != null && !truthy(ctx.expand(filter, t, kind))) {
            return null;
        }
        return ctx.expand(format, t, kind);
    }

    /** tmux's format_true. */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty() && !s.equals("0");
    }
}
