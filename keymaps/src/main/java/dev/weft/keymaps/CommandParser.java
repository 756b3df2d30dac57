package dev.weft.keymaps;

import java.util.List;

/**
 * Splits tmux command lines into commands and arguments: words separated by spaces; single
 * quotes literal; double quotes with backslash escapes; a lone {@code ;} (or a word ending in an
 * unescaped {@code ;}) separates commands, {@code \;} is a literal ';' argument (as in
 * {@code bind-key x split-window \; select-pane}); {@code #} at the start of a word begins a
 * comment; {@code ~} at the start of a word is $HOME.
 */
public final class CommandParser {
    private CommandParser() {}

    /** The commands of {@code line}, each an argv; empty for a blank line or comment. */
    public static List<List<String>> parse(String line) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Quote an argv back into one line that {@link #parse} reads as the same single command. */
    public static String quote(List<String> argv) {
        throw new UnsupportedOperationException("not built yet");
    }
}
