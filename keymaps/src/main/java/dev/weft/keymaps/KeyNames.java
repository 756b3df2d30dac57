package dev.weft.keymaps;

/** tmux key names: {@code C-b}, {@code M-x}, {@code S-Up}, {@code Enter}, {@code F5}, {@code PPage}, {@code Space}... */
public final class KeyNames {

    /** @throws IllegalArgumentException with a one-line message when not a key name */
    public static KeyEvent parse(String name) {
        throw new UnsupportedOperationException("keymaps in progress");
    }

    public static String format(KeyEvent key) {
        throw new UnsupportedOperationException("keymaps in progress");
    }

    private KeyNames() {}
}
