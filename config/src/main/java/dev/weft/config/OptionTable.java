package dev.weft.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every option weft has, in one table: the only place an option is declared.
 *
 * <p>Ranges follow tmux's options-table where weft has no reason to differ; {@code escape_time}
 * and {@code scrollback_lines} keep weft's tighter limits. tmux's colour options
 * {@code clock-mode-colour}, {@code display-panes-colour} and {@code display-panes-active-colour}
 * answer to the matching style option ({@link #colourAlias}): setting one sets the style to
 * {@code fg=VALUE}.
 */
public final class OptionTable {
    private OptionTable() {}

    private static final int INT_MAX = Integer.MAX_VALUE;

    private static final List<OptionSpec> ALL = List.of(
            key("prefix", "C-b", "the prefix key", "prefix"),
            integer("escape_time", 10, 0, 10_000,
                    "milliseconds a lone ESC waits for the rest of a key sequence", "escape-time"),
            integer("scrollback_lines", 10_000, 1, 1_000_000, "lines of history kept per pane", "history-limit"),
            spec("default_prog", OptionKind.ARGV, "[]", List.of(),
                    "the program a new pane runs; empty: $SHELL as a login shell", "default-command"),
            spec("term", OptionKind.STRING, "xterm-256color", List.of(), "TERM in every pane", "default-terminal"),
            bool("mouse", true, "mouse: select and resize panes, select tabs, scroll", "mouse"),
            choice("mode_keys", "emacs", List.of("vi", "emacs"),
                    "copy mode key table (default vi when $VISUAL, else $EDITOR, contains \"vi\")", "mode-keys"),
            bool("set_clipboard", true,
                    "copy mode copies, and programs in panes, set the outer terminal's clipboard with OSC 52",
                    "set-clipboard"),
            integer("buffer_limit", 50, 1, 10_000, "automatic paste buffers kept (the oldest goes first)",
                    "buffer-limit"),
            choice("window_size", "latest", List.of("latest", "smallest", "largest", "manual"),
                    "which attached client's size a session takes", "window-size"),
            integer("repeat_time", 500, 0, INT_MAX,
                    "milliseconds a repeatable key stays active without the prefix", "repeat-time"),
            integer("display_time", 750, 0, INT_MAX, "milliseconds a message stays in the status line",
                    "display-time"),
            integer("display_panes_time", 1000, 1, INT_MAX, "milliseconds pane numbers are shown",
                    "display-panes-time"),
            bool("automatic_rename", true, "name a tab after the program running in it", "automatic-rename"),
            integer("base_index", 0, 0, INT_MAX, "the number of the first tab", "base-index"),
            integer("pane_base_index", 0, 0, 65_535, "the number of the first pane", "pane-base-index"),
            bool("renumber_windows", false, "renumber tabs when one is closed", "renumber-windows"),
            bool("status", true, "show the status line", "status"),
            choice("status.position", "bottom", List.of("top", "bottom"), "where the status line is",
                    "status-position"),
            integer("status.interval", 15, 0, INT_MAX, "seconds between status line updates (0: none)",
                    "status-interval"),
            format("status.left", "[#S] ", "the left of the status line", "status-left"),
            format("status.right", "\"#{=21:pane_title}\" %H:%M %d-%b-%y", "the right of the status line",
                    "status-right"),
            integer("status.left_length", 10, 0, Short.MAX_VALUE, "cells the left part may take",
                    "status-left-length"),
            integer("status.right_length", 40, 0, Short.MAX_VALUE, "cells the right part may take",
                    "status-right-length"),
            style("status.style", "bg=green,fg=black", "the status line's style", "status-style"),
            format("status.tab_format", "#I:#W#{?window_flags,#{window_flags}, }",
                    "a tab's label in the status line", "window-status-format"),
            format("status.tab_current_format", "#I:#W#{?window_flags,#{window_flags}, }",
                    "the current tab's label", "window-status-current-format"),
            style("status.tab_style", "default", "a tab label's style", "window-status-style"),
            style("status.tab_current_style", "default", "the current tab label's style",
                    "window-status-current-style"),
            style("status.message_style", "bg=yellow,fg=black", "messages and prompts in the status line",
                    "message-style"),
            style("border.style", "default", "pane borders", "pane-border-style"),
            style("border.active_style", "fg=green", "the active pane's border", "pane-active-border-style"),
            style("display_panes.style", "fg=blue", "pane numbers (display-panes)", null),
            style("display_panes.active_style", "fg=red", "the active pane's number (display-panes)",
                    null),
            style("clock_mode.style", "fg=blue", "the clock (clock-mode)", null));

    /** tmux colour options: name to the style option they set as {@code fg=VALUE}. */
    private static final Map<String, String> COLOUR_ALIASES = Map.of(
            "clock-mode-colour", "clock_mode.style",
            "display-panes-colour", "display_panes.style",
            "display-panes-active-colour", "display_panes.active_style");

    private static final Map<String, OptionSpec> BY_NAME = new HashMap<>();
    private static final List<String> ALL_NAMES;

    static {
        List<String> names = new ArrayList<>();
        for (OptionSpec s : ALL) {
            BY_NAME.put(s.name(), s);
            names.add(s.name());
            for (String t : s.tmuxNames()) {
                BY_NAME.putIfAbsent(t, s);
                if (!t.equals(s.name())) {
                    names.add(t);
                }
            }
        }
        for (Map.Entry<String, String> e : COLOUR_ALIASES.entrySet()) {
            BY_NAME.put(e.getKey(), BY_NAME.get(e.getValue()));
            names.add(e.getKey());
        }
        ALL_NAMES = Collections.unmodifiableList(names);
    }

    /** All options, in the order show-options prints them. */
    public static List<OptionSpec> all() {
        return ALL;
    }

    /** The option with this weft name or tmux name ({@code status.left}, {@code status-left}), or null. */
    public static OptionSpec find(String name) {
        return name == null ? null : BY_NAME.get(name);
    }

    /** True for a tmux colour option name ({@code clock-mode-colour}): its value is one colour. */
    public static boolean colourAlias(String name) {
        return COLOUR_ALIASES.containsKey(name);
    }

    /** Every name an option answers to (weft names, then tmux names), for "did you mean". */
    public static List<String> names() {
        return ALL_NAMES;
    }

    /**
     * The one-line error for a name that is no option: {@code unknown option: status-lft (did you
     * mean status-left?)}.
     */
    public static String unknown(String name) {
        String near = Suggestions.nearest(name, ALL_NAMES);
        return "unknown option: " + printable(name) + (near != null ? " (did you mean " + near + "?)" : "");
    }

    /** A name as typed, unless it holds what would break the one-line message (found by fuzzing). */
    private static String printable(String name) {
        boolean plain = name.length() <= 60 && name.codePoints().allMatch(c -> c > ' ' && c != 0x7f
                && !(c >= 0x80 && c < 0xa0) && c != 0x2028 && c != 0x2029);
        return plain ? name : TomlSource.quote(name);
    }

    private static OptionSpec spec(String name, OptionKind kind, String def, List<String> choices,
                                   String description, String tmux) {
        return new OptionSpec(name, kind, def, choices, 0, 0, tmux == null ? List.of() : List.of(tmux), description);
    }

    private static OptionSpec key(String name, String def, String description, String tmux) {
        return spec(name, OptionKind.KEY, def, List.of(), description, tmux);
    }

    private static OptionSpec integer(String name, int def, int min, int max, String description, String tmux) {
        return new OptionSpec(name, OptionKind.INT, Integer.toString(def), List.of(), min, max, List.of(tmux),
                description);
    }

    private static OptionSpec bool(String name, boolean def, String description, String tmux) {
        return spec(name, OptionKind.BOOL, def ? "on" : "off", List.of(), description, tmux);
    }

    private static OptionSpec choice(String name, String def, List<String> choices, String description,
                                     String tmux) {
        return spec(name, OptionKind.CHOICE, def, choices, description, tmux);
    }

    private static OptionSpec format(String name, String def, String description, String tmux) {
        return spec(name, OptionKind.FORMAT, def, List.of(), description, tmux);
    }

    private static OptionSpec style(String name, String def, String description, String tmux) {
        return spec(name, OptionKind.STYLE, def, List.of(), description, tmux);
    }
}
