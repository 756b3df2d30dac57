package dev.weft.keymaps;

import java.util.Comparator;
import java.util.List;

/**
 * tmux list-keys order: tmux sorts a table by key code, where a key code is the base key
 * (control characters C-a.. are their C0 codes, Enter is 0x0d, Tab 0x09, Escape 0x1b, Space
 * 0x20, characters their code point, then the special keys in tmux's enum order: BSpace, F1..F12,
 * IC, DC, Home, End, NPage, PPage, BTab, Up, Down, Left, Right, the keypad, then non-ASCII
 * characters, which tmux 3.3 stores as UTF-8 data above every key code) with the modifier bits
 * above it: Meta, then Ctrl, then Shift. So unmodified keys come first (C-b before Space before
 * {@code %} before PPage), then M- keys, then C-Up etc., then S- keys: the order tmux 3.3 prints.
 */
final class KeyOrder {
    /** Special keys in tmux's key_code enum order; BTab is Tab with Shift folded in. */
    private static final List<KeyCode> SPECIAL = List.of(
            KeyCode.BACKSPACE,
            KeyCode.F1, KeyCode.F2, KeyCode.F3, KeyCode.F4, KeyCode.F5, KeyCode.F6,
            KeyCode.F7, KeyCode.F8, KeyCode.F9, KeyCode.F10, KeyCode.F11, KeyCode.F12,
            KeyCode.INSERT, KeyCode.DELETE, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP,
            KeyCode.TAB /* BTab */, KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT,
            KeyCode.KP_DIVIDE, KeyCode.KP_MULTIPLY, KeyCode.KP_MINUS, KeyCode.KP_7, KeyCode.KP_8, KeyCode.KP_9,
            KeyCode.KP_PLUS, KeyCode.KP_4, KeyCode.KP_5, KeyCode.KP_6, KeyCode.KP_1, KeyCode.KP_2, KeyCode.KP_3,
            KeyCode.KP_ENTER, KeyCode.KP_0, KeyCode.KP_DECIMAL);
    private static final long SPECIAL_BASE = 0x200000L; // above every code point
    private static final long UNICODE_BASE = 0x400000L;
    private static final int META = 1;
    private static final int CTRL = 2;
    private static final int SHIFT = 4;

    static final Comparator<KeyEvent> TMUX = Comparator.comparingLong(KeyOrder::code)
            .thenComparing(KeyNames::format);

    /** A number ordering {@code key} (a canonical key) as tmux's key code does. */
    static long code(KeyEvent key) {
        int mods = 0;
        if (key.has(KeyEvent.ALT)) {
            mods |= META;
        }
        if (key.has(KeyEvent.CTRL)) {
            mods |= CTRL;
        }
        if (key.has(KeyEvent.SHIFT)) {
            mods |= SHIFT;
        }
        long base;
        switch (key.code()) {
            case CHAR -> {
                int cp = key.codepoint();
                int control = controlCode(cp);
                if ((mods & CTRL) != 0 && control >= 0) {
                    mods &= ~CTRL;
                    base = control;
                } else if (cp >= 0x80) {
                    base = UNICODE_BASE + cp; // tmux keeps non-ASCII keys as UTF-8 data, after the special keys
                } else {
                    base = cp;
                }
            }
            case SPACE -> {
                if ((mods & CTRL) != 0) {
                    mods &= ~CTRL;
                    base = 0; // C-Space is NUL
                } else {
                    base = ' ';
                }
            }
            case ENTER -> base = 0x0d;
            case ESCAPE -> base = 0x1b;
            case TAB -> {
                if ((mods & SHIFT) != 0) {
                    mods &= ~SHIFT;
                    base = SPECIAL_BASE + SPECIAL.indexOf(KeyCode.TAB);
                } else {
                    base = 0x09;
                }
            }
            default -> base = SPECIAL_BASE + SPECIAL.indexOf(key.code());
        }
        return ((long) mods << 32) | base;
    }

    /** The C0 code Ctrl makes of this character, or -1. */
    private static int controlCode(int cp) {
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + 1;
        }
        if (cp >= '@' && cp <= '_') {
            return cp - '@';
        }
        return cp == '?' ? 0x7f : -1;
    }

    private KeyOrder() {}
}
