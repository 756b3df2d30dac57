package dev.weft.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** Validation and normal form of option values by kind, and the words for what a kind takes. */
final class OptionValues {
    private OptionValues() {}

    private static final List<String> TRUE = List.of("on", "true", "yes", "1");
    private static final List<String> FALSE = List.of("off", "false", "no", "0");

    /**
     * The stored text for {@code value}, or IllegalArgumentException naming the option as the user
     * wrote it ({@code given}) and what it takes.
     */
    static String normalise(OptionSpec spec, String given, String value) {
        if (value == null) {
            throw new IllegalArgumentException(given + " needs a value: " + expected(spec));
        }
        switch (spec.kind()) {
            case BOOL -> {
                String v = value.strip().toLowerCase(Locale.ROOT);
                if (TRUE.contains(v)) {
                    return "on";
                }
                if (FALSE.contains(v)) {
                    return "off";
                }
                throw bad(spec, given, value);
            }
            case INT -> {
                String v = value.strip();
                long n;
                if (!v.matches("[-+]?[0-9]{1,12}")) {
                    throw bad(spec, given, value);
                }
                n = Long.parseLong(v);
                if (n < spec.min() || n > spec.max()) {
                    throw bad(spec, given, value);
                }
                return Long.toString(n);
            }
            case CHOICE -> {
                for (String c : spec.choices()) {
                    if (c.equalsIgnoreCase(value.strip())) {
                        return c;
                    }
                }
                throw bad(spec, given, value);
            }
            case STRING -> {
                if (!validTerm(value)) {
                    throw bad(spec, given, value);
                }
                return value;
            }
            case KEY -> {
                if (ConfigLoader.KeyNameCheck.LENIENT.problem(value) != null) {
                    throw bad(spec, given, value);
                }
                return value;
            }
            case FORMAT -> {
                String why = Formats.check(value);
                if (why != null) {
                    throw new IllegalArgumentException(given + ": " + why);
                }
                return value;
            }
            case STYLE -> {
                try {
                    Style.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(given + ": " + e.getMessage());
                }
                return value.strip();
            }
            case ARGV -> {
                return argvText(argvOf(spec, given, value));
            }
            default -> throw new IllegalStateException(spec.kind().toString());
        }
    }

    /** The only STRING option is {@code term}: one printable word. */
    static boolean validTerm(String s) {
        return !s.isEmpty() && s.length() <= 128 && s.chars().allMatch(c -> c > ' ' && c < 0x7f);
    }

    private static IllegalArgumentException bad(OptionSpec spec, String given, String value) {
        return new IllegalArgumentException(given + " must be " + expected(spec) + ", got " + TomlSource.quote(value));
    }

    /** What an option takes, to complete "NAME must be ...". */
    static String expected(OptionSpec spec) {
        return switch (spec.kind()) {
            case BOOL -> "on or off";
            case INT -> spec.max() == Integer.MAX_VALUE
                    ? (spec.min() == 0 ? "a whole number, 0 or more" : "a whole number, " + spec.min() + " or more")
                    : "a whole number from " + spec.min() + " to " + spec.max();
            case CHOICE -> choices(spec.choices());
            case STRING -> "a terminal name such as \"xterm-256color\"";
            case KEY -> "a key name such as \"C-b\"";
            case FORMAT -> "a format such as \"#S:#I\"";
            case STYLE -> "a style such as \"fg=red,bold\"";
            case ARGV -> "a shell command, or an array such as [\"/bin/zsh\", \"-l\"]";
        };
    }

    private static String choices(List<String> cs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                b.append(i == cs.size() - 1 ? " or " : ", ");
            }
            b.append('"').append(cs.get(i)).append('"');
        }
        return b.toString();
    }

    /**
     * An argv from set-option text: a TOML array of non-empty strings ({@code ["/bin/zsh", "-l"]},
     * recognised by '[' and then a quote or ']'); blank is empty (the shell); anything else is one
     * shell command, {@code ["/bin/sh", "-c", TEXT]}, as tmux runs default-command (so
     * {@code [ -f x ] && vim} stays a shell command).
     */
    private static List<String> argvOf(OptionSpec spec, String given, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return List.of();
        }
        if (!looksLikeArray(v)) {
            if (value.indexOf('\0') >= 0) {
                throw bad(spec, given, value);
            }
            return List.of("/bin/sh", "-c", value);
        }
        List<String> out = parseArgv(v);
        if (out == null) {
            throw bad(spec, given, value);
        }
        return out;
    }

    private static boolean looksLikeArray(String v) {
        if (!v.startsWith("[")) {
            return false;
        }
        String rest = v.substring(1).stripLeading();
        return rest.isEmpty() || rest.charAt(0) == '"' || rest.charAt(0) == '\'' || rest.charAt(0) == ']';
    }

    /** A stored argv text back to a list ({@link Options#getArgv}). */
    static List<String> argv(String text) {
        List<String> out = parseArgv(text);
        return out == null ? List.of() : out;
    }

    /** A TOML array of non-empty strings, or null. */
    private static List<String> parseArgv(String text) {
        TomlParseResult r;
        try {
            r = Toml.parse("v = " + text);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return null;
        }
        if (r.hasErrors() || r.keySet().size() != 1 || !(r.get("v") instanceof TomlArray a)) {
            return null;
        }
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof String s) || s.isEmpty() || s.indexOf('\0') >= 0) {
                return null;
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** An argv as TOML array text: {@code ["/bin/zsh", "-l"]}. */
    static String argvText(List<String> argv) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < argv.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append('"');
            for (char c : argv.get(i).toCharArray()) {
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20 || c == 0x7f) {
                    b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
