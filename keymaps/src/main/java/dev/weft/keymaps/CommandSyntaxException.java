package dev.weft.keymaps;

/** A command line that cannot be split: says what and at which column (1-based). */
public final class CommandSyntaxException extends IllegalArgumentException {
    private final int column;

    public CommandSyntaxException(String message, int column) {
        super(message + " at column " + column);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
