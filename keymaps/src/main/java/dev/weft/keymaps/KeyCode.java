package dev.weft.keymaps;

/** Keys that are not plain characters; {@link #CHAR} carries a code point in {@link KeyEvent}. */
public enum KeyCode {
    CHAR, ENTER, TAB, BACKSPACE, ESCAPE, SPACE,
    UP, DOWN, LEFT, RIGHT, HOME, END, INSERT, DELETE, PAGE_UP, PAGE_DOWN,
    F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12,
    KP_0, KP_1, KP_2, KP_3, KP_4, KP_5, KP_6, KP_7, KP_8, KP_9,
    KP_ENTER, KP_PLUS, KP_MINUS, KP_MULTIPLY, KP_DIVIDE, KP_DECIMAL
}
