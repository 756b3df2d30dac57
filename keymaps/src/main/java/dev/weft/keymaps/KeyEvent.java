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
     * This key as an outer terminal using the legacy (xterm) encoding would report it, for
     * comparing a key read from a terminal with one written in a binding: {@code C-i} is Tab,
     * {@code C-m} Enter, {@code C-[} Escape, {@code C-?} BSpace, {@code C-@} C-Space, {@code S-a}
     * is 'A', {@code C-S-a} is C-a, {@code C-1} is '1', a space character is {@link KeyCode#SPACE}.
     * Defined as decoding the legacy encoding (with the application keypad, so keypad keys stay
     * keypad keys); a key with no legacy encoding is returned unchanged.
     */
    public KeyEvent canonical() {
        byte[] legacy = KeyEncoder.encode(this, CANONICAL_MODES);
        if (legacy.length == 0) {
            return this;
        }
        InputEvent[] only = new InputEvent[1];
        int[] count = {0};
        InputDecoder d = new InputDecoder();
        java.util.function.Consumer<InputEvent> sink = e -> {
            count[0]++;
            only[0] = e;
        };
        d.feed(legacy, 0, legacy.length, sink);
        d.flush(sink);
        return count[0] == 1 && only[0] instanceof InputEvent.Key k ? k.key() : this;
    }

    private static final KeyModes CANONICAL_MODES = new KeyModes(false, true, false, 0);

    public boolean has(int modifier) {
        return (modifiers & modifier) != 0;
    }
}
