package dev.weft.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's flags and arguments, parsed as tmux's getopt does: flags come first, may be
 * grouped ({@code -dh}), a value follows its letter in the same word or the next one
 * ({@code -l50}, {@code -l 50}); the first word not starting with '-' (or a lone "-", or the
 * word after "--") begins the arguments.
 */
final class Args {
    private final Map<Character, String> flags;
    private final List<String> positional;
    private final List<String> original;

    private Args(Map<Character, String> flags, List<String> positional, List<String> original) {
        this.flags = flags;
        this.positional = positional;
        this.original = original;
    }

    /** Parse {@code words} (the argv without the command name); errors in tmux's words. */
    static Args parse(Command.Spec spec, List<String> words) throws MuxException {
        Map<Character, String> flags = new LinkedHashMap<>();
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            if (w.equals("--")) {
                i++;
                break;
            }
            if (w.length() < 2 || w.charAt(0) != '-') {
                break;
            }
            i++;
            for (int j = 1; j < w.length(); j++) {
                char c = w.charAt(j);
                int at = spec.flags().indexOf(c);
                if (c == ':' || at < 0) {
                    throw usage(spec, "unknown flag -" + Visible.of(String.valueOf(c)));
                }
                boolean takesValue = at + 1 < spec.flags().length() && spec.flags().charAt(at + 1) == ':';
                if (!takesValue) {
                    flags.put(c, "");
                    continue;
                }
                if (j + 1 < w.length()) {
                    flags.put(c, w.substring(j + 1));
                } else if (i < words.size()) {
                    flags.put(c, words.get(i++));
                } else {
                    throw usage(spec, "-" + c + " expects an argument");
                }
                break;
            }
        }
        List<String> positional = new ArrayList<>(words.subList(i, words.size()));
        if (positional.size() < spec.minArgs()) {
            throw usage(spec, "too few arguments (need at least " + spec.minArgs() + ")");
        }
        if (spec.maxArgs() >= 0 && positional.size() > spec.maxArgs()) {
            throw usage(spec, "too many arguments (need at most " + spec.maxArgs() + ")");
        }
        return new Args(flags, List.copyOf(positional), List.copyOf(words));
    }

    /** tmux's "command NAME: what" plus the usage line, on one line. */
    static MuxException usage(Command.Spec spec, String what) {
        return new MuxException("usage", "command " + spec.name() + ": " + what + " (" + spec.usageLine() + ")");
    }

    boolean has(char flag) {
        return flags.containsKey(flag);
    }

    /** The flag's value, or null when it was not given. */
    String value(char flag) {
        return flags.get(flag);
    }

    List<String> positional() {
        return positional;
    }

    /** The words as given (flags and arguments, without the command name). */
    List<String> original() {
        return original;
    }

    /** The i-th argument, or null. */
    String arg(int i) {
        return i < positional.size() ? positional.get(i) : null;
    }
}
