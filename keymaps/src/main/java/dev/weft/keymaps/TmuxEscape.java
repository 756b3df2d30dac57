package dev.weft.keymaps;

/**
 * tmux's {@code args_escape}: how tmux prints an argument (a key in list-keys) so that it parses
 * back. One character that would be special is written with a backslash ({@code \%}, {@code \;},
 * {@code \"}, {@code \~}); a longer word holding any of {@code  #';$}{}%} goes in double quotes
 * ({@code "M-{"}), one holding a space or {@code "} in single quotes ({@code 'M-"'}); a backslash
 * is doubled ({@code M-\\}) and control characters written as C escapes or octal.
 */
final class TmuxEscape {
    private static final String DOUBLE_QUOTED = " #';${}%";
    private static final String SINGLE_QUOTED = " \"";

    static String arg(String s) {
        if (s.isEmpty()) {
            return "''";
        }
        char quotes = 0;
        if (containsAny(s, DOUBLE_QUOTED)) {
            quotes = '"';
        } else if (containsAny(s, SINGLE_QUOTED)) {
            quotes = '\'';
        }
        boolean single = s.codePointCount(0, s.length()) == 1;
        if (single && s.charAt(0) != ' ' && (quotes != 0 || s.charAt(0) == '~')
                && s.charAt(0) >= 0x20 && s.charAt(0) != 0x7f) {
            return "\\" + s;
        }
        String escaped = vis(s, quotes == '"');
        String tilde = escaped.startsWith("~") ? "\\" : "";
        if (quotes == '\'') {
            return "'" + escaped + "'";
        }
        if (quotes == '"') {
            return "\"" + tilde + escaped + "\"";
        }
        return tilde + escaped;
    }

    /** vis(3) with VIS_OCTAL|VIS_CSTYLE|VIS_TAB|VIS_NL (and VIS_DQ inside double quotes). */
    private static String vis(String s, boolean dq) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append(dq ? "\\\"" : "\"");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\%03o", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private TmuxEscape() {}
}
