package dev.weft.keymaps;

/** Encodes keys for a pane, honouring its modes (DECCKM, keypad, bracketed paste, kitty flags). */
public final class KeyEncoder {

    public static byte[] encode(KeyEvent key, KeyModes modes) {
        throw new UnsupportedOperationException("keymaps in progress");
    }

    /** Paste text: wrapped in ESC[200~ ... ESC[201~ when the pane enabled bracketed paste (markers inside the text are removed). */
    public static byte[] paste(String text, KeyModes modes) {
        throw new UnsupportedOperationException("keymaps in progress");
    }

    private KeyEncoder() {}
}
