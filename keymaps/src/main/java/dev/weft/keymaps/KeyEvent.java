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

    /**
     * This key as the outer terminal's legacy encoding would report it, for comparing a key read
     * from a terminal with one written in a binding: {@code C-i} is Tab, {@code C-m} Enter,
     * {@code C-[} Escape, {@code C-?} BSpace, {@code C-@} C-Space, a space character is
     * {@link KeyCode#SPACE}, and Ctrl with an upper-case letter is Ctrl with the lower-case one.
     */
    public KeyEvent canonical() {
        if (code != KeyCode.CHAR) {
            return this;
        }
        if (codepoint == ' ') {
            return of(KeyCode.SPACE, modifiers);
        }
        if (!has(CTRL)) {
            return this;
        }
        int rest = modifiers & ~CTRL;
        switch (codepoint) {
            case 'i': case 'I': return of(KeyCode.TAB, rest);
            case 'm': case 'M': return of(KeyCode.ENTER, rest);
            case '[': return of(KeyCode.ESCAPE, rest);
            case '?': return of(KeyCode.BACKSPACE, rest);
            case '@': return of(KeyCode.SPACE, modifiers);
            default:
                if (codepoint >= 'A' && codepoint <= 'Z') {
                    return ofChar(codepoint + 32, modifiers);
                }
                return this;
        }
    }

    public boolean has(int modifier) {
        return (modifiers & modifier) != 0;
    }
}
