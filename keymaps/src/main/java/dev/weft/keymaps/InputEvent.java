package dev.weft.keymaps;

/** What the outer terminal sent, decoded. */
public sealed interface InputEvent {
    record Key(KeyEvent key) implements InputEvent {}

    /** Text between the outer terminal's bracketed-paste markers. */
    record Paste(String text) implements InputEvent {}

    record Focus(boolean gained) implements InputEvent {}

    /** A mouse report (SGR form decoded): button as SGR numbers, 1-based cell coordinates. */
    record Mouse(int button, int col, int row, boolean press, int modifiers) implements InputEvent {}

    /** A sequence we could not decode, passed on as it came. */
    record Raw(byte[] bytes) implements InputEvent {}
}
