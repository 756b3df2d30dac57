package dev.weft.keymaps;

/**
 * The meaning of complete CSI and SS3 sequences from the outer terminal (see {@link InputDecoder}
 * for the table). Returns null for sequences that are not understood, which the decoder passes on
 * as Raw.
 */
final class CsiKeys {
    /** Marker results compared by identity: a bracketed paste begins; nothing to emit. */
    static final InputEvent PASTE_START = new InputEvent.Raw(new byte[0]);
    static final InputEvent NOTHING = new InputEvent.Raw(new byte[0]);

    private static final int MAX_PARAMS = 8;
    private static final int MAX_SUBPARAMS = 4;

    /** {@code body} is what lies between {@code ESC [} and the final byte {@code fin}. */
    static InputEvent decode(String body, int fin) {
        if (body.startsWith("<")) {
            return fin == 'M' || fin == 'm' ? sgrMouse(body.substring(1), fin == 'M') : null;
        }
        int[][] p = params(body);
        if (p == null) {
            return null; // private markers (? = >), intermediates, or malformed numbers
        }
        switch (fin) {
            case 'A': return cursorLike(KeyCode.UP, p);
            case 'B': return cursorLike(KeyCode.DOWN, p);
            case 'C': return cursorLike(KeyCode.RIGHT, p);
            case 'D': return cursorLike(KeyCode.LEFT, p);
            case 'H': return cursorLike(KeyCode.HOME, p);
            case 'F': return cursorLike(KeyCode.END, p);
            case 'P': return cursorLike(KeyCode.F1, p);
            case 'Q': return cursorLike(KeyCode.F2, p);
            case 'S': return cursorLike(KeyCode.F4, p);
            case 'R':
                // CSI 1;m R is F3 with modifiers; CSI row;col R is a cursor position report.
                return p.length == 0 || (p.length == 2 && p[0][0] == 1) ? cursorLike(KeyCode.F3, p) : null;
            case 'Z':
                return key(KeyEvent.of(KeyCode.TAB, KeyEvent.SHIFT | modifiers(p)));
            case 'I':
                return p.length == 0 ? new InputEvent.Focus(true) : null;
            case 'O':
                return p.length == 0 ? new InputEvent.Focus(false) : null;
            case '~':
                return tilde(p);
            case 'u':
                return kitty(p);
            case 'M':
                return urxvtMouse(p);
            default:
                return null;
        }
    }

    /** SS3 keys: {@code ESC O [mod] fin}; the optional digits are a modifier as some terminals send. */
    static InputEvent decodeSs3(String digits, int fin) {
        int mods = 0;
        if (!digits.isEmpty()) {
            int[][] p = params(digits);
            if (p == null || p.length != 1) {
                return null;
            }
            mods = modifierBits(p[0][0]);
        }
        KeyCode code;
        switch (fin) {
            case 'A': code = KeyCode.UP; break;
            case 'B': code = KeyCode.DOWN; break;
            case 'C': code = KeyCode.RIGHT; break;
            case 'D': code = KeyCode.LEFT; break;
            case 'H': code = KeyCode.HOME; break;
            case 'F': code = KeyCode.END; break;
            case 'P': code = KeyCode.F1; break;
            case 'Q': code = KeyCode.F2; break;
            case 'R': code = KeyCode.F3; break;
            case 'S': code = KeyCode.F4; break;
            case 'M': code = KeyCode.KP_ENTER; break;
            case 'k': code = KeyCode.KP_PLUS; break;
            case 'm': code = KeyCode.KP_MINUS; break;
            case 'j': code = KeyCode.KP_MULTIPLY; break;
            case 'o': code = KeyCode.KP_DIVIDE; break;
            case 'n': code = KeyCode.KP_DECIMAL; break;
            case 'X': return key(KeyEvent.ofChar('=', mods)); // keypad '='
            default:
                if (fin >= 'p' && fin <= 'y') {
                    code = KeyCode.values()[KeyCode.KP_0.ordinal() + fin - 'p'];
                    break;
                }
                return null;
        }
        return key(KeyEvent.of(code, mods));
    }

    private static InputEvent cursorLike(KeyCode code, int[][] p) {
        // Accept "", "1;m" (xterm) and a lone "1"; anything else is not a key we know.
        if (p.length > 2 || (p.length >= 1 && p[0][0] != 1 && p[0][0] != -1)) {
            return null;
        }
        return key(KeyEvent.of(code, modifiers(p)));
    }

    private static InputEvent tilde(int[][] p) {
        if (p.length == 0) {
            return null;
        }
        int n = p[0][0];
        if (n == 200 && p.length == 1) {
            return PASTE_START;
        }
        if (n == 27 && p.length == 3) {
            // xterm modifyOtherKeys: CSI 27 ; m ; codepoint ~
            return codepointKey(p[2][0], modifierBits(p[1][0]));
        }
        if (p.length > 2) {
            return null;
        }
        KeyCode code;
        switch (n) {
            case 1: case 7: code = KeyCode.HOME; break;
            case 2: code = KeyCode.INSERT; break;
            case 3: code = KeyCode.DELETE; break;
            case 4: case 8: code = KeyCode.END; break;
            case 5: code = KeyCode.PAGE_UP; break;
            case 6: code = KeyCode.PAGE_DOWN; break;
            case 11: code = KeyCode.F1; break;
            case 12: code = KeyCode.F2; break;
            case 13: code = KeyCode.F3; break;
            case 14: code = KeyCode.F4; break;
            case 15: code = KeyCode.F5; break;
            case 17: code = KeyCode.F6; break;
            case 18: code = KeyCode.F7; break;
            case 19: code = KeyCode.F8; break;
            case 20: code = KeyCode.F9; break;
            case 21: code = KeyCode.F10; break;
            case 23: code = KeyCode.F11; break;
            case 24: code = KeyCode.F12; break;
            default: return null;
        }
        return key(KeyEvent.of(code, modifiers(p)));
    }

    /**
     * Kitty: {@code CSI unicode-key-code[:alternates] ; modifiers[:event-type] ; text u}. The key
     * is the unshifted key; alternates and text are not needed (Shift is in the modifiers), except
     * for key 0, which kitty sends for text that no key made: then a single code point of text is
     * the key.
     */
    private static InputEvent kitty(int[][] p) {
        if (p.length == 0 || p.length > 3) {
            return null;
        }
        int mods = p.length >= 2 ? modifierBits(p[1][0]) : 0;
        int event = p.length >= 2 && p[1].length >= 2 ? p[1][1] : 1;
        if (event == 3) {
            return NOTHING; // key release: only presses are keys for us
        }
        if (p[0][0] == 0 && p.length == 3 && p[2].length == 1 && p[2][0] > 0) {
            return codepointKey(p[2][0], mods); // flag 16: text with no key (an input method)
        }
        return codepointKey(p[0][0], mods);
    }

    private static InputEvent codepointKey(int cp, int mods) {
        switch (cp) {
            case 27: return key(KeyEvent.of(KeyCode.ESCAPE, mods));
            case 13: return key(KeyEvent.of(KeyCode.ENTER, mods));
            case 9: return key(KeyEvent.of(KeyCode.TAB, mods));
            case 127: case 8: return key(KeyEvent.of(KeyCode.BACKSPACE, mods));
            case 32: return key(KeyEvent.of(KeyCode.SPACE, mods));
            default:
                break;
        }
        if (cp >= KeyEncoder.KITTY_KP_0 && cp <= KeyEncoder.KITTY_KP_0 + 15) {
            for (KeyCode c : KeyCode.values()) {
                if (KeyEncoder.kittyKeypad(c) == cp) {
                    return key(KeyEvent.of(c, mods));
                }
            }
            return cp == 57415 ? key(KeyEvent.ofChar('=', mods)) : null;
        }
        boolean privateUse = cp >= 0xe000 && cp <= 0xf8ff; // kitty's other functional keys
        if (cp < 0x20 || cp > Character.MAX_CODE_POINT || privateUse
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) || cp == 0x7f) {
            return null;
        }
        return key(KeyEvent.ofChar(cp, mods));
    }

    private static InputEvent sgrMouse(String body, boolean press) {
        int[][] p = params(body);
        if (p == null || p.length != 3 || p[0][0] < 0 || p[1][0] < 0 || p[2][0] < 0) {
            return null;
        }
        int b = p[0][0];
        return new InputEvent.Mouse(mouseButton(b), p[1][0], p[2][0], press, mouseModifiers(b));
    }

    /** urxvt (1015): {@code CSI 32+code ; x ; y M}, a release being code 3 as in X10. */
    private static InputEvent urxvtMouse(int[][] p) {
        if (p.length != 3 || p[0].length != 1 || p[1].length != 1 || p[2].length != 1
                || p[0][0] < 32 || p[1][0] < 1 || p[2][0] < 1) {
            return null;
        }
        int cb = p[0][0] - 32;
        boolean press = (cb & 3) != 3 || (cb & (32 | 64)) != 0;
        return new InputEvent.Mouse(mouseButton(cb), p[1][0], p[2][0], press, mouseModifiers(cb));
    }

    /** The SGR button number without the shift/meta/ctrl bits (motion 32 and wheel 64 stay). */
    static int mouseButton(int b) {
        return b & ~0x1c;
    }

    static int mouseModifiers(int b) {
        int m = 0;
        if ((b & 4) != 0) {
            m |= KeyEvent.SHIFT;
        }
        if ((b & 8) != 0) {
            m |= KeyEvent.ALT;
        }
        if ((b & 16) != 0) {
            m |= KeyEvent.CTRL;
        }
        return m;
    }

    /** Modifier bits from the second parameter, as xterm and kitty send it (1 + bits). */
    private static int modifiers(int[][] p) {
        return p.length >= 2 ? modifierBits(p[1][0]) : 0;
    }

    /** xterm/kitty modifier parameter to {@link KeyEvent} bits; super, caps and num lock are dropped. */
    static int modifierBits(int param) {
        return param < 1 ? 0 : (param - 1) & 7;
    }

    /**
     * Parameters as numbers: {@code 1;5:3} is {@code [[1],[5,3]]}; an empty one is -1. Null when
     * the body holds anything but digits, ';' and ':' or too many parameters. Numbers saturate.
     */
    static int[][] params(String body) {
        if (body.isEmpty()) {
            return new int[0][];
        }
        String[] parts = body.split(";", -1);
        if (parts.length > MAX_PARAMS) {
            return null;
        }
        int[][] out = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            String[] subs = parts[i].split(":", -1);
            if (subs.length > MAX_SUBPARAMS) {
                return null;
            }
            out[i] = new int[subs.length];
            for (int j = 0; j < subs.length; j++) {
                out[i][j] = number(subs[j]);
                if (out[i][j] == -2) {
                    return null;
                }
            }
        }
        return out;
    }

    /** -1 for empty, -2 for not a number, otherwise the value capped at 99,999,999. */
    private static int number(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            v = Math.min(99_999_999L, v * 10 + (c - '0'));
        }
        return (int) v;
    }

    private static InputEvent key(KeyEvent k) {
        return new InputEvent.Key(k);
    }

    private CsiKeys() {}
}
