package dev.weft.config;

import java.time.ZonedDateTime;
import java.util.function.Function;

/**
 * tmux formats: {@code #S #I #W #T #H #h #P #D #F} (short names of {@code session_name},
 * {@code window_index}, {@code window_name}, {@code pane_title}, {@code host}, {@code host_short},
 * {@code pane_index}, {@code pane_id}, {@code window_flags}), {@code #{name}}, {@code #{=N:name}}
 * (at most N cells; negative from the end), {@code #{?name,then,else}}, {@code ##} for '#', strftime
 * ({@code %H:%M %d-%b-%y}). Style markers {@code #[...]} are kept as they are, for the drawing side.
 *
 * <p>What is supported, following tmux 3.3's format_expand:
 * <ul>
 * <li>{@code #,} and {@code #}} are a literal comma and brace; an unknown {@code #X} stays as it is;
 *     an unclosed {@code #{} and all after it is dropped (tmux).
 * <li>{@code #{?cond,a,b}}: cond is a variable, or a format when it is no variable; true when not
 *     empty and not "0"; as in tmux 3.3 the else part is all that follows the second comma, and
 *     a conditional without both parts is empty.
 * <li>Modifiers before ':', separated by ';': {@code =N}, {@code =-N}, {@code =/N/marker/}
 *     (truncate, adding marker when cut), {@code pN} (pad to N cells: positive pads on the right,
 *     negative on the left, as tmux 3.3 does; at most 1000), a number that does not read is
 *     ignored as tmux does,
 *     {@code l} (literal), {@code b}/{@code d} (basename/dirname), {@code ==}, {@code !=},
 *     {@code <}, {@code >}, {@code <=}, {@code >=}, {@code ||}, {@code &&} (on two comma-separated
 *     formats, giving 1 or 0). After the modifiers comes a variable name, or a format when it
 *     holds '#'.
 * <li>strftime conversions apply to the format's own text, never to variable values, as tmux's
 *     status line does: {@code %H %M %S %d %b %B %a %A %y %Y %m %e %I %p %Z %%}; others stay.
 * <li>Not supported: {@code #(shell command)} (left as text); {@code E:}, {@code T:}, loops
 *     ({@code S:}, {@code W:}, {@code P:}), {@code s/x/y/}, {@code m:}, {@code t:}, {@code C:}
 *     (these read as an unknown variable: empty). Variable values are never expanded again, so
 *     the output is bounded by the format and the values.
 * </ul>
 * Cells are measured with {@link Cells}: wide characters count 2, style markers 0.
 */
public final class Formats {
    private Formats() {}

    /** Expand {@code format}; {@code vars} gives a variable's value or null (then empty). */
    public static String expand(String format, Function<String, String> vars, ZonedDateTime now) {
        if (format == null) {
            return "";
        }
        try {
            return new FormatExpander(vars, now).expand(format, 0);
        } catch (RuntimeException | StackOverflowError e) {
            return format; // a status line must never take the server down; show the raw format
        }
    }

    /** null when the format is well formed, else a one-line reason (with the column, 1-based). */
    public static String check(String format) {
        if (format == null) {
            return "a format is needed";
        }
        int[] open = new int[format.length()];
        char[] kind = new char[format.length()];
        int depth = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '#' && i + 1 < format.length()) {
                char d = format.charAt(i + 1);
                if (d == '{' || d == '[') {
                    open[depth] = i;
                    kind[depth++] = d;
                }
                i++; // '#' and the character after it go together (## #, #} #{ #[ #X)
            } else if (depth > 0 && ((c == '}' && kind[depth - 1] == '{') || (c == ']' && kind[depth - 1] == '['))) {
                depth--;
            }
        }
        if (depth == 0) {
            return null;
        }
        int at = open[0];
        int column = format.codePointCount(0, at) + 1;
        return kind[0] == '{'
                ? "#{ at column " + column + " is not closed by }"
                : "#[ at column " + column + " is not closed by ]";
    }

    /** Truthiness of a condition's value, as tmux's format_true. */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty() && !s.equals("0");
    }
}
