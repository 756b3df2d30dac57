package dev.weft.keymaps;

/** The pane modes that change how a key is encoded. */
public record KeyModes(boolean cursorKeysApp, boolean keypadApp, boolean bracketedPaste,
                       int kittyKeyboardFlags) {
    public static final KeyModes DEFAULT = new KeyModes(false, false, false, 0);
}
