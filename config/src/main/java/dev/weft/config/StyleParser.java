package dev.weft.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** tmux style text to {@link Style} and back; the rules are in Style's Javadoc. */
final class StyleParser {
    private static final List<String> COLOUR_NAMES = List.of("black", "red", "green", "yellow", "blue",
            "magenta", "cyan", "white");

    /** Attribute name to (mask, value): plain attributes are one bit; underline kinds a field value. */
    private static final Map<String, int[]> ATTRIBUTES = new LinkedHashMap<>();

    static {
        ATTRIBUTES.put("bold", new int[] {Style.BOLD, Style.BOLD});
        ATTRIBUTES.put("bright", new int[] {Style.BOLD, Style.BOLD});
        ATTRIBUTES.put("dim", new int[] {Style.DIM, Style.DIM});
        ATTRIBUTES.put("italics", new int[] {Style.ITALIC, Style.ITALIC});
        ATTRIBUTES.put("underscore", new int[] {Style.UNDERLINE_MASK, 1 << 3});
        ATTRIBUTES.put("double-underscore", new int[] {Style.UNDERLINE_MASK, 2 << 3});
        ATTRIBUTES.put("curly-underscore", new int[] {Style.UNDERLINE_MASK, 3 << 3});
        ATTRIBUTES.put("dotted-underscore", new int[] {Style.UNDERLINE_MASK, 4 << 3});
        ATTRIBUTES.put("dashed-underscore", new int[] {Style.UNDERLINE_MASK, 5 << 3});
        ATTRIBUTES.put("blink", new int[] {Style.BLINK, Style.BLINK});
        ATTRIBUTES.put("reverse", new int[] {Style.INVERSE, Style.INVERSE});
        ATTRIBUTES.put("hidden", new int[] {Style.HIDDEN, Style.HIDDEN});
        ATTRIBUTES.put("strikethrough", new int[] {Style.STRIKE, Style.STRIKE});
        ATTRIBUTES.put("overline", new int[] {Style.OVERLINE, Style.OVERLINE});
        ATTRIBUTES.put("acs", new int[] {0, 0}); // line drawing charset: nothing to do in weft
    }

    /** Accepted and ignored: tmux's alignment, list and range markup and the default stack. */
    private static final List<String> IGNORED_KEYS = List.of("align", "fill", "list", "range", "us");
    private static final List<String> IGNORED_WORDS = List.of("push-default", "pop-default", "noalign",
            "nolist", "norange", "nonone", "nodefault");
    private static final List<String> ALIGNS = List.of("left", "centre", "right", "absolute-centre");
    private static final List<String> LISTS = List.of("on", "focus", "left-marker", "right-marker");

    /** tmux's style_parse delimiters. */
    private static final Pattern ITEM_SEPARATORS = Pattern.compile("[, \n]");

    private StyleParser() {}

    /**
     * Apply the items of {@code text} in order to {@code start}; {@code default} jumps to {@code base}.
     */
    static Style apply(String text, Style start, Style base) {
        if (text == null) {
            throw new IllegalArgumentException("a style is needed, such as \"fg=red,bold\"");
        }
        int fg = start.fg();
        int bg = start.bg();
        int attrs = start.attrs();
        int cleared = start.clearedAttrs();
        for (String raw : ITEM_SEPARATORS.split(text)) {
            if (raw.isEmpty()) {
                continue;
            }
            String item = raw.toLowerCase(Locale.ROOT);
            int eq = item.indexOf('=');
            if (eq >= 0) {
                String key = item.substring(0, eq);
                String value = item.substring(eq + 1);
                switch (key) {
                    case "fg" -> fg = colour(value, raw);
                    case "bg" -> bg = colour(value, raw);
                    default -> {
                        if (!IGNORED_KEYS.contains(key)) {
                            throw unknown(raw, key + "=");
                        }
                        if (key.equals("fill") || key.equals("us")) {
                            colour(value, raw); // checked as tmux does, then ignored
                        } else if (key.equals("align") && !ALIGNS.contains(value)) {
                            throw new IllegalArgumentException("bad align in " + TomlSource.quote(raw)
                                    + ": use left, centre, right or absolute-centre");
                        } else if (key.equals("list") && !LISTS.contains(value)) {
                            throw new IllegalArgumentException("bad list in " + TomlSource.quote(raw)
                                    + ": use on, focus, left-marker or right-marker");
                        }
                    }
                }
                continue;
            }
            if (item.equals("default")) {
                fg = base.fg();
                bg = base.bg();
                attrs = base.attrs();
                cleared = base.clearedAttrs();
                continue;
            }
            if (item.equals("none")) {
                attrs = 0;
                cleared = Style.ALL_ATTRS;
                continue;
            }
            if (IGNORED_WORDS.contains(item)) {
                continue;
            }
            int[] set = ATTRIBUTES.get(item);
            if (set != null) {
                attrs = (attrs & ~set[0]) | set[1];
                cleared = (cleared | set[0]) & ~set[1];
                continue;
            }
            int[] clear = item.startsWith("no") ? ATTRIBUTES.get(item.substring(2)) : null;
            if (clear != null) {
                attrs &= ~clear[0];
                cleared |= clear[0];
                continue;
            }
            throw unknown(raw, item);
        }
        return new Style(fg, bg, attrs, cleared);
    }

    private static IllegalArgumentException unknown(String raw, String word) {
        List<String> known = new ArrayList<>(ATTRIBUTES.keySet());
        known.addAll(List.of("fg=", "bg=", "default", "none"));
        String near = Suggestions.nearest(word, known);
        String hint = near != null ? "did you mean \"" + near + "\"?"
                : "use fg=COLOUR, bg=COLOUR, attributes such as bold or nobold, default or none";
        return new IllegalArgumentException("unknown style item " + TomlSource.quote(raw) + " (" + hint + ")");
    }

    /** A colour in the protocol's encoding; {@code raw} is the whole item, for the message. */
    static int colour(String name, String raw) {
        String s = name.toLowerCase(Locale.ROOT);
        if (s.equals("default") || s.equals("terminal")) {
            return 0;
        }
        if (s.startsWith("#") && s.length() == 7 && s.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Style.RGB | Integer.parseInt(s.substring(1), 16);
        }
        String digits = s.startsWith("colour") ? s.substring(6) : s.startsWith("color") ? s.substring(5) : null;
        if (digits != null && !digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(digits);
            if (n <= 255) {
                return Style.INDEXED | n;
            }
        }
        int i = COLOUR_NAMES.indexOf(s);
        if (i >= 0) {
            return Style.INDEXED | i;
        }
        if (s.startsWith("bright") && COLOUR_NAMES.contains(s.substring(6))) {
            return Style.INDEXED | (8 + COLOUR_NAMES.indexOf(s.substring(6)));
        }
        if (s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '7') {
            return Style.INDEXED | (s.charAt(0) - '0');
        }
        if (s.length() == 2 && s.charAt(0) == '9' && s.charAt(1) >= '0' && s.charAt(1) <= '7') {
            return Style.INDEXED | (8 + s.charAt(1) - '0');
        }
        throw new IllegalArgumentException("bad colour " + TomlSource.quote(name) + " in " + TomlSource.quote(raw)
                + ": use a name (red, brightred), colour0..colour255, #rrggbb or default");
    }

    static String colourName(int c) {
        if (c == 0) {
            return "default";
        }
        if ((c & Style.RGB) != 0) {
            return String.format(Locale.ROOT, "#%06x", c & 0xffffff);
        }
        int index = c & 0xff;
        if (index < 8) {
            return COLOUR_NAMES.get(index);
        }
        if (index < 16) {
            return "bright" + COLOUR_NAMES.get(index - 8);
        }
        return "colour" + index;
    }

    static String format(Style s) {
        List<String> items = new ArrayList<>();
        if (s.fg() != Style.UNSET) {
            items.add("fg=" + colourName(s.fg()));
        }
        if (s.bg() != Style.UNSET) {
            items.add("bg=" + colourName(s.bg()));
        }
        if ((s.clearedAttrs() & Style.ALL_ATTRS) == Style.ALL_ATTRS && s.attrs() == 0) {
            items.add("none");
        } else {
            for (Map.Entry<String, int[]> e : ATTRIBUTES.entrySet()) {
                int[] mv = e.getValue();
                if (mv[0] == 0 || e.getKey().equals("bright")) {
                    continue;
                }
                if (mv[1] != 0 && (s.attrs() & mv[0]) == mv[1]) {
                    items.add(e.getKey());
                } else if ((s.clearedAttrs() & mv[0]) == mv[0] && mv[1] == mv[0]) {
                    items.add("no" + e.getKey());
                } else if (mv[0] == Style.UNDERLINE_MASK && mv[1] == (1 << 3)
                        && (s.clearedAttrs() & mv[0]) == mv[0] && (s.attrs() & mv[0]) == 0) {
                    items.add("nounderscore");
                }
            }
        }
        return items.isEmpty() ? "default" : String.join(",", items);
    }
}
