package dev.weft.keymaps;

/**
 * One key press. {@code codepoint} is set for {@link KeyCode#CHAR} (the unshifted-by-Ctrl
 * character: C-a is CHAR 'a' with {@link #CTRL}). Modifiers are the bits below.
 */
public record KeyEvent(KeyCode code, int codepoint, int modifiers) {
    public static final int SHIFT = 1;
    public static final int ALT = 2;
    public static final int CTRL = 4;

    public static KeyEvent ofChar(int codepoint, int modifiers) {
        return new KeyEvent(KeyCode.CHAR, codepoint, modifiers);
    }

    public static KeyEvent of(KeyCode code, int modifiers) {
        return new KeyEvent(code, 0, modifiers);
    }

    public boolean has(int modifier) {
        return (modifiers & modifier) != 0;
    }
}
