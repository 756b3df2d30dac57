package dev.weft.keymaps;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits tmux command lines into commands and arguments: words separated by spaces; single
 * quotes literal; double quotes with backslash escapes; a lone {@code ;} (or a word ending in an
 * unescaped {@code ;}) separates commands, {@code \;} is a literal ';' argument (as in
 * {@code bind-key x split-window \; select-pane}); {@code #} at the start of a word begins a
 * comment; {@code ~} at the start of a word is $HOME.
 *
 * <p>The rules, as tmux 3.3's {@code cmd-parse.y} (checked against a real tmux):
 * <ul>
 * <li>Words split on spaces and tabs. A newline or an unquoted, unescaped {@code ;} anywhere in a
 *     word ends the word and the command ({@code display a;b} is two commands, as in tmux).
 *     Empty commands ({@code ;;}) are dropped.
 * <li>{@code '...'}: literal, no escapes. {@code "..."}: escapes below, newlines kept.
 *     Quoted and unquoted parts join into one word ({@code a""b} is {@code ab}; {@code ""} is an
 *     empty word).
 * <li>A backslash, inside double quotes or outside quotes, escapes as tmux does: {@code \n \t \e
 *     \r \a \b \f \v}, {@code \s} (space), {@code \\uXXXX} and {@code \\UXXXXXXXX} (a code point),
 *     {@code \ooo} (octal, first digit 0-3); any other character stands for itself ({@code \;}
 *     {@code \"} {@code \\} {@code \ }). A backslash before a newline joins the lines.
 * <li>{@code #} at the start of an unquoted word begins a comment to the end of the line, unless
 *     it begins {@code #{}: a format, read with its nested braces up to the matching {@code }}
 *     as part of the word (spaces and {@code ;} included), as tmux does. weft also accepts a
 *     format in the middle of a word ({@code a#{b}c}), which tmux rejects.
 * <li>An unquoted {@code ~} at the start of a word, alone or followed by {@code /}, is $HOME
 *     ({@code ~user} is not expanded: it stays literal). tmux also expands a {@code ~} at the
 *     start of double quotes; weft does not, so {@code "~"} is a literal tilde.
 * <li>{@code {} at the start of an unquoted word opens a command block, closed by an unquoted
 *     {@code }} (nesting, quotes, newlines and {@code ;} inside, checked as commands): the block
 *     is one argument holding its text as written, trimmed, so {@code { rename-window "%%" }}
 *     gives {@code rename-window "%%"}: the command line that tmux commands taking a command
 *     (command-prompt, confirm-before, if-shell, bind-key) accept as a string too. Blocks nest
 *     at most {@value #MAX_BLOCK_DEPTH} deep. An unquoted {@code }} outside a block is an error;
 *     write {@code \}} or {@code '}'}.
 * <li>{@code $VAR} is not expanded (tmux would); {@link #quote} quotes {@code $} anyway so its
 *     output stays right if expansion arrives.
 * </ul>
 */
public final class CommandParser {
    private CommandParser() {}

    /** The commands of {@code line}, each an argv; empty for a blank line or comment. */
    public static List<List<String>> parse(String line) {
        Lexer lexer = new Lexer(line, 0, 0);
        return lexer.commands();
    }

    /**
     * Quote an argv back into one line that {@link #parse} reads as the same single command.
     * Words needing no quotes stay bare; others are single-quoted, or double-quoted with escapes
     * when they hold a single quote or control characters. An empty argv gives "".
     */
    public static String quote(List<String> argv) {
        StringBuilder b = new StringBuilder();
        for (String word : argv) {
            if (b.length() > 0) {
                b.append(' ');
            }
            quoteWord(word, b);
        }
        return b.toString();
    }

    /**
     * The command line for the command words a command like {@code bind-key} or
     * {@code confirm-before} received: as {@link #quote}, except that a word that is exactly
     * {@code ;} (written {@code \;} so it reached the command) separates commands again, as
     * tmux does: {@code [split-window, ;, select-pane, -L]} gives
     * {@code split-window ; select-pane -L}, which parses to two commands.
     */
    public static String commandLine(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String word : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (word.equals(";")) {
                b.append(';');
            } else {
                quoteWord(word, b);
            }
        }
        return b.toString();
    }

    /** One word, quoted as {@link #quote} does. */
    public static String quoteWord(String word) {
        StringBuilder b = new StringBuilder();
        quoteWord(word, b);
        return b.toString();
    }

    private static void quoteWord(String word, StringBuilder b) {
        if (!word.isEmpty() && isBare(word)) {
            b.append(word);
            return;
        }
        boolean needsDouble = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\'' || isControl(c)) {
                needsDouble = true;
                break;
            }
        }
        if (!needsDouble) {
            b.append('\'').append(word).append('\'');
            return;
        }
        b.append('"');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '"', '\\', '$' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 0x1b -> b.append("\\e");
                default -> {
                    if (isControl(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** Characters that parse as themselves anywhere in an unquoted word. */
    private static boolean isBare(String word) {
        char first = word.charAt(0);
        if (first == '~' || first == '#' || first == '{') {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c <= ' ' || isControl(c) || "'\"\\;{}$".indexOf(c) >= 0) {
                return false;
            }
            if (c == '#' && i + 1 < word.length() && word.charAt(i + 1) == '{') {
                return false;
            }
        }
        return true;
    }

    /** C0, DEL, C1 and the Unicode line separators: kept out of a line as escapes. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
    }

    /** Blocks nest by recursion: a bound keeps a hostile line from overflowing the stack. */
    static final int MAX_BLOCK_DEPTH = 64;

    /** One pass over the line. Column numbers in errors are 1-based char positions. */
    private static final class Lexer {
        private final String s;
        private int pos;
        private final List<List<String>> commands = new ArrayList<>();
        private List<String> argv = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        /** A word has begun (quotes count: {@code ""} is a word). */
        private boolean inWord;

        /** How many blocks this lexer is inside; in a block an unquoted {@code }} ends it. */
        private final int depth;
        private final boolean inBlock;

        Lexer(String s, int start, int depth) {
            this.s = s;
            this.pos = start;
            this.depth = depth;
            this.inBlock = depth > 0;
        }

        List<List<String>> commands() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t') {
                    endWord();
                    pos++;
                } else if (c == '\n' || c == ';') {
                    endCommand();
                    pos++;
                } else if (c == '#' && !inWord && !startsFormat(pos)) {
                    while (pos < s.length() && s.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == '#' && startsFormat(pos)) {
                    inWord = true;
                    format();
                } else if (c == '\'') {
                    inWord = true;
                    singleQuoted();
                } else if (c == '"') {
                    inWord = true;
                    doubleQuoted();
                } else if (c == '\\') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
                        pos += 2; // line continuation
                    } else {
                        inWord = true;
                        escape();
                    }
                } else if (c == '{' && !inWord) {
                    inWord = true;
                    block();
                } else if (c == '}') {
                    if (inBlock) {
                        pos++;
                        endCommand();
                        closed = true;
                        return commands;
                    }
                    throw new CommandSyntaxException("unexpected } (write \\} or '}' for a literal })", pos + 1);
                } else if (c == '~' && !inWord && tildeEnds(pos + 1)) {
                    inWord = true;
                    word.append(home());
                    pos++;
                } else {
                    inWord = true;
                    word.append(c);
                    pos++;
                }
            }
            endCommand();
            return commands;
        }

        /** The block's {@code }} was found (only for a block's lexer). */
        private boolean closed;

        /**
         * {@code { commands }}: one argument holding the block's text as written (trimmed). The
         * inside is lexed here only to find the closing brace and report errors; keeping the
         * text rather than re-quoting the parsed commands keeps nested blocks linear in size
         * (re-quoting doubles the backslashes at every level).
         */
        private void block() {
            int start = pos;
            if (depth >= MAX_BLOCK_DEPTH) {
                throw new CommandSyntaxException("{ blocks nested more than " + MAX_BLOCK_DEPTH + " deep", start + 1);
            }
            Lexer inner = new Lexer(s, pos + 1, depth + 1);
            inner.commands();
            if (!inner.closed) {
                throw new CommandSyntaxException("unterminated { (missing })", start + 1);
            }
            word.append(s.substring(start + 1, inner.pos - 1).strip());
            pos = inner.pos;
        }

        private boolean startsFormat(int at) {
            return at + 1 < s.length() && s.charAt(at + 1) == '{';
        }

        private boolean tildeEnds(int at) {
            if (at >= s.length()) {
                return true;
            }
            char c = s.charAt(at);
            return c == '/' || c == ' ' || c == '\t' || c == '\n' || c == ';';
        }

        private void endWord() {
            if (inWord) {
                argv.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
        }

        private void endCommand() {
            endWord();
            if (!argv.isEmpty()) {
                commands.add(List.copyOf(argv));
                argv = new ArrayList<>();
            }
        }

        /** {@code #{...}} with nested braces, copied as is. */
        private void format() {
            int start = pos;
            int depth = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '#' && startsFormat(pos)) {
                    depth++;
                    word.append("#{");
                    pos += 2;
                    continue;
                }
                word.append(c);
                pos++;
                if (c == '}' && --depth == 0) {
                    return;
                }
            }
            throw new CommandSyntaxException("unterminated format #{ (missing })", start + 1);
        }

        private void singleQuoted() {
            int start = pos;
            int end = s.indexOf('\'', pos + 1);
            if (end < 0) {
                throw new CommandSyntaxException("unterminated single quote", start + 1);
            }
            word.append(s, pos + 1, end);
            pos = end + 1;
        }

        private void doubleQuoted() {
            int start = pos;
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return;
                }
                if (c == '\\') {
                    if (pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
                        pos += 2;
                    } else {
                        escape();
                    }
                } else {
                    word.append(c);
                    pos++;
                }
            }
            throw new CommandSyntaxException("unterminated double quote", start + 1);
        }

        /** At a backslash: append what it stands for and move past it. */
        private void escape() {
            int start = pos;
            pos++;
            if (pos >= s.length()) {
                throw new CommandSyntaxException("backslash at end of line (write \\\\ for a backslash)", start + 1);
            }
            char c = s.charAt(pos++);
            switch (c) {
                case 'a' -> word.append('\u0007');
                case 'b' -> word.append('\b');
                case 'e' -> word.append('\u001b');
                case 'f' -> word.append('\f');
                case 's' -> word.append(' ');
                case 'v' -> word.append('\u000b');
                case 'r' -> word.append('\r');
                case 'n' -> word.append('\n');
                case 't' -> word.append('\t');
                case 'u' -> word.appendCodePoint(hex(4, start));
                case 'U' -> word.appendCodePoint(hex(8, start));
                case '0', '1', '2', '3' -> word.append((char) octal(c, start));
                case '4', '5', '6', '7' -> throw new CommandSyntaxException("invalid octal escape \\" + c
                        + " (octal escapes are \\000 to \\377)", start + 1);
                default -> word.append(c);
            }
        }

        private int hex(int digits, int start) {
            if (pos + digits > s.length()) {
                throw badUnicode(digits, start);
            }
            long v = 0;
            for (int i = 0; i < digits; i++) {
                int d = Character.digit(s.charAt(pos + i), 16);
                if (d < 0 || s.charAt(pos + i) > 'f') {
                    throw badUnicode(digits, start);
                }
                v = v * 16 + d;
            }
            if (v > Character.MAX_CODE_POINT || (v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE)) {
                throw new CommandSyntaxException("\\u escape is not a Unicode character", start + 1);
            }
            pos += digits;
            return (int) v;
        }

        private CommandSyntaxException badUnicode(int digits, int start) {
            return new CommandSyntaxException("invalid \\" + (digits == 4 ? "u" : "U") + " escape (need "
                    + digits + " hex digits)", start + 1);
        }

        private int octal(char first, int start) {
            int v = first - '0';
            for (int i = 0; i < 2; i++) {
                char c = pos < s.length() ? s.charAt(pos) : 0;
                if (c < '0' || c > '7') {
                    throw new CommandSyntaxException("invalid octal escape (need 3 digits, \\000 to \\377)", start + 1);
                }
                v = v * 8 + (c - '0');
                pos++;
            }
            return v;
        }

        private static String home() {
            String home = System.getenv("HOME");
            return home != null && !home.isEmpty() ? home : System.getProperty("user.home", "~");
        }
    }
}
