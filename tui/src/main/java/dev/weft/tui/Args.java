package dev.weft.tui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * tmux's getopt for the client-side commands: {@code spec} lists flag letters, a letter followed by
 * ':' takes a value ({@code "1kiNTI:p:t:"}); flags may be grouped ({@code -bN}); {@code --} ends
 * them. A bad flag is an {@link IllegalArgumentException} with the command's usage line.
 */
record Args(Map<Character, String> flags, List<String> rest) {
    static Args parse(List<String> argv, String spec, String usage) {
        Map<Character, String> flags = new HashMap<>();
        int i = 1;
        while (i < argv.size()) {
            String a = argv.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.length() == 1) {
                break;
            }
            for (int j = 1; j < a.length(); j++) {
                char f = a.charAt(j);
                int at = spec.indexOf(f);
                if (at < 0 || f == ':') {
                    throw new IllegalArgumentException("usage: " + usage);
                }
                boolean takesValue = at + 1 < spec.length() && spec.charAt(at + 1) == ':';
                if (!takesValue) {
                    flags.put(f, "");
                    continue;
                }
                String value;
                if (j + 1 < a.length()) {
                    value = a.substring(j + 1);
                } else if (i + 1 < argv.size()) {
                    value = argv.get(++i);
                } else {
                    throw new IllegalArgumentException("usage: " + usage);
                }
                flags.put(f, value);
                break;
            }
            i++;
        }
        return new Args(flags, new ArrayList<>(argv.subList(Math.min(i, argv.size()), argv.size())));
    }

    boolean has(char flag) {
        return flags.containsKey(flag);
    }

    String get(char flag) {
        return flags.get(flag);
    }
}
