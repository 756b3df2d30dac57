package dev.weft.config;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The work of {@link Formats#expand}; one instance per expansion. */
final class FormatExpander {
    /** Nesting deeper than this is left unexpanded (tmux stops at a loop limit too). */
    private static final int MAX_DEPTH = 32;
    private static final int MAX_PAD = 1000;
    private static final String SHORT_NAMES = "SIWTHhPDF";
    private static final String[] LONG_NAMES = {"session_name", "window_index", "window_name", "pane_title",
        "host", "host_short", "pane_index", "pane_id", "window_flags"};

    private final Function<String, String> vars;
    private final ZonedDateTime now;

    FormatExpander(Function<String, String> vars, ZonedDateTime now) {
        this.vars = vars;
        this.now = now;
    }

    String expand(String s, int depth) {
        if (depth > MAX_DEPTH) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int styleEnd = -1; // inside #[...] short names are not expanded (tmux)
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '%' && now != null && i + 1 < n) {
                String t = strftime(s.charAt(i + 1));
                if (t != null) {
                    out.append(t);
                    i += 2;
                    continue;
                }
            }
            if (c != '#' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            switch (d) {
                case '#' -> {
                    int run = i;
                    while (run < n && s.charAt(run) == '#') {
                        run++;
                    }
                    if (run < n && s.charAt(run) == '[') {
                        // ##[ (any run of #s before '[') is left for Style.segments
                        out.append(s, i, run + 1);
                        styleEnd = Math.max(styleEnd, markerEnd(s, run));
                        i = run + 1;
                    } else {
                        out.append('#');
                        i += 2;
                    }
                }
                case '[' -> {
                    out.append("#[");
                    styleEnd = Math.max(styleEnd, markerEnd(s, i + 1));
                    i += 2;
                }
                case ',', '}' -> {
                    out.append(d);
                    i += 2;
                }
                case '{' -> {
                    int end = skip(s, i + 2, ',', false);
                    if (end < 0) {
                        i = n; // tmux drops an unclosed #{ and what follows
                    } else {
                        out.append(brace(s.substring(i + 2, end), depth + 1));
                        i = end + 1;
                    }
                }
                default -> {
                    int k = SHORT_NAMES.indexOf(d);
                    if (k >= 0 && i > styleEnd) {
                        out.append(lookup(LONG_NAMES[k], ""));
                    } else {
                        out.append('#').append(d);
                    }
                    i += 2;
                }
            }
        }
        return out.toString();
    }

    private static int markerEnd(String s, int open) {
        int close = s.indexOf(']', open);
        return close < 0 ? s.length() : close;
    }

    /**
     * tmux's format_skip: from {@code from}, the index of the first {@code stop} character (or
     * '}' when {@code stopAtComma} is false) not inside a nested {@code #{...}}, skipping
     * {@code #x} escapes; -1 when there is none.
     */
    static int skip(String s, int from, char stop, boolean stopAtComma) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#' && i + 1 < s.length()) {
                char d = s.charAt(i + 1);
                if (d == '{') {
                    depth++;
                    i++;
                    continue;
                }
                if (",#{}:".indexOf(d) >= 0) {
                    i++;
                    continue;
                }
            }
            if (c == '}') {
                if (depth > 0) {
                    depth--;
                } else if (!stopAtComma) {
                    return i;
                }
                continue;
            }
            if (stopAtComma && c == stop && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level comma-separated parts of {@code s}. */
    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int comma = skip(s, from, ',', true);
            if (comma < 0) {
                parts.add(s.substring(from));
                return parts;
            }
            parts.add(s.substring(from, comma));
            from = comma + 1;
        }
    }

    /** The inside of {@code #{...}}. */
    private String brace(String inner, int depth) {
        if (depth > MAX_DEPTH) {
            return "#{" + inner + "}";
        }
        if (inner.startsWith("?")) {
            return conditional(split(inner.substring(1)), depth);
        }
        int colon = inner.indexOf(':');
        List<Modifier> mods = colon > 0 ? Modifier.parseAll(inner.substring(0, colon)) : null;
        if (mods == null) {
            return lookup(inner, "");
        }
        String rest = inner.substring(colon + 1);
        Modifier compare = mods.stream().filter(Modifier::compares).findFirst().orElse(null);
        String value;
        if (compare != null) {
            List<String> sides = split(rest);
            String a = expand(sides.get(0), depth);
            String b = sides.size() > 1 ? expand(String.join(",", sides.subList(1, sides.size())), depth) : "";
            value = compare.compare(a, b) ? "1" : "0";
        } else if (mods.stream().anyMatch(m -> m.kind() == 'l')) {
            value = rest;
        } else if (rest.indexOf('#') >= 0) {
            value = expand(rest, depth);
        } else {
            value = lookup(rest, "");
        }
        for (Modifier m : mods) {
            value = m.apply(value);
        }
        return value;
    }

    /** {@code cond,then,else}: as tmux 3.3, the else part is everything after the second comma. */
    private String conditional(List<String> parts, int depth) {
        if (parts.size() < 3) {
            return ""; // tmux: a conditional needs both branches
        }
        if (Formats.truthy(condition(parts.get(0), depth))) {
            return expand(parts.get(1), depth);
        }
        return expand(String.join(",", parts.subList(2, parts.size())), depth);
    }

    /** A condition's value: a variable, else the condition expanded, else (unchanged) empty. */
    private String condition(String cond, int depth) {
        String v = lookup(cond, null);
        if (v != null) {
            return v;
        }
        String e = expand(cond, depth);
        return e.equals(cond) ? "" : e;
    }

    private String lookup(String name, String missing) {
        if (vars == null || name.isEmpty()) {
            return missing;
        }
        try {
            String v = vars.apply(name);
            return v != null ? v : missing;
        } catch (RuntimeException e) {
            return missing;
        }
    }

    /** One C strftime conversion, or null to leave {@code %c} as it is. */
    private String strftime(char c) {
        return switch (c) {
            case 'H' -> two(now.getHour());
            case 'M' -> two(now.getMinute());
            case 'S' -> two(now.getSecond());
            case 'd' -> two(now.getDayOfMonth());
            case 'e' -> String.format(Locale.ROOT, "%2d", now.getDayOfMonth());
            case 'm' -> two(now.getMonthValue());
            case 'y' -> two(Math.floorMod(now.getYear(), 100));
            case 'Y' -> Integer.toString(now.getYear());
            case 'b' -> now.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'B' -> now.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'a' -> now.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case 'A' -> now.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'I' -> two(now.getHour() % 12 == 0 ? 12 : now.getHour() % 12);
            case 'p' -> now.getHour() < 12 ? "AM" : "PM";
            // C prints UTC for a zero offset; java.time would print "Z"
            case 'Z' -> now.getZone() instanceof java.time.ZoneOffset off && off.getTotalSeconds() == 0
                    ? "UTC" : DateTimeFormatter.ofPattern("z", Locale.ENGLISH).format(now);
            case '%' -> "%";
            default -> null;
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** One modifier of {@code #{MODS:...}}. */
    record Modifier(char kind, String op, int number, String marker) {

        /** The modifiers of {@code text} ({@code =21;p5}), or null when it is not a modifier list. */
        static List<Modifier> parseAll(String text) {
            List<Modifier> out = new ArrayList<>();
            for (String m : text.split(";", -1)) {
                Modifier one = parse(m);
                if (one == null) {
                    return null;
                }
                out.add(one);
            }
            return out;
        }

        private static Modifier parse(String m) {
            switch (m) {
                case "l", "b", "d":
                    return new Modifier(m.charAt(0), m, 0, "");
                case "==", "!=", "<", ">", "<=", ">=", "||", "&&":
                    return new Modifier('c', m, 0, "");
                default:
                    break;
            }
            if (m.startsWith("=")) {
                String body = m.substring(1);
                String marker = "";
                if (body.startsWith("/")) {
                    String[] p = body.substring(1).split("/", -1);
                    if (p.length < 2) {
                        return null;
                    }
                    body = p[0];
                    marker = p[1];
                }
                Integer n = number(body);
                // tmux ignores a truncation it cannot read (#{=:x}, #{=abc:x} show x whole)
                return n == null ? new Modifier('n', "=", 0, "") : new Modifier('=', "=", n, marker);
            }
            if (m.startsWith("p")) {
                Integer n = number(m.substring(1));
                return n == null ? new Modifier('n', "p", 0, "")
                        : new Modifier('p', "p", Math.max(-MAX_PAD, Math.min(MAX_PAD, n)), "");
            }
            return null;
        }

        private static Integer number(String s) {
            if (!s.matches("-?[0-9]{1,9}")) {
                return null;
            }
            return Integer.parseInt(s);
        }

        boolean compares() {
            return kind == 'c';
        }

        boolean compare(String a, String b) {
            return switch (op) {
                case "==" -> a.equals(b);
                case "!=" -> !a.equals(b);
                case "<" -> a.compareTo(b) < 0;
                case ">" -> a.compareTo(b) > 0;
                case "<=" -> a.compareTo(b) <= 0;
                case ">=" -> a.compareTo(b) >= 0;
                case "||" -> Formats.truthy(a) || Formats.truthy(b);
                default -> Formats.truthy(a) && Formats.truthy(b);
            };
        }

        String apply(String v) {
            switch (kind) {
                case '=': {
                    int limit = Math.abs(number);
                    if (Cells.width(v) <= limit) {
                        return v;
                    }
                    return number >= 0 ? Cells.keepStart(v, limit) + marker : marker + Cells.keepEnd(v, limit);
                }
                case 'p': {
                    int pad = Math.abs(number) - Cells.width(v);
                    if (pad <= 0) {
                        return v;
                    }
                    // tmux 3.3: positive pads on the right, negative on the left
                    return number > 0 ? v + " ".repeat(pad) : " ".repeat(pad) + v;
                }
                case 'b': {
                    String t = v;
                    while (t.length() > 1 && t.endsWith("/")) {
                        t = t.substring(0, t.length() - 1);
                    }
                    return t.equals("/") ? "/" : t.substring(t.lastIndexOf('/') + 1);
                }
                case 'd': {
                    // C dirname: trailing slashes do not count
                    String t = v;
                    while (t.length() > 1 && t.endsWith("/")) {
                        t = t.substring(0, t.length() - 1);
                    }
                    int slash = t.lastIndexOf('/');
                    return slash < 0 ? "." : slash == 0 ? "/" : t.substring(0, slash);
                }
                default:
                    return v;
            }
        }
    }
}
