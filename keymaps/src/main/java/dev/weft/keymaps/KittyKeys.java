package dev.weft.keymaps;

import java.nio.charset.StandardCharsets;

/**
 * Key presses in the kitty keyboard protocol (https://sw.kovidgoyal.net/kitty/keyboard-protocol/),
 * every flag, decided as kitty's own encoder ({@code key_encoding.c}) decides. The general form:
 * <pre>
 *   ESC [ key [: shifted] [; mods] [; text] u        key  the unshifted code point, or kitty's
 *                                                          number (27 Escape, 13 Enter, 9 Tab,
 *                                                          127 BSpace, 57399.. keypad)
 *   ESC [ [1 ; mods] A|B|C|D|H|F|P|Q|S               cursor keys, Home, End, F1 F2 F4
 *   ESC [ n [; mods] ~                               Insert 2, Delete 3, PgUp 5, PgDn 6, F3 13,
 *                                                    F5.. 15 17 18 19 20 21 23 24
 *   mods = 1 + (shift 1 | alt 2 | ctrl 4); left out when 1 and nothing follows
 * </pre>
 * The flags:
 * <ul>
 * <li>1 disambiguate: Escape, and text keys with Ctrl or Alt, become {@code CSI u}; keypad keys
 *     that make no text (KP Enter, any with Ctrl/Alt) use the keypad numbers. Plain Enter, Tab
 *     and BSpace stay CR, HT, DEL; plain text (also Shift+letter, keypad digits) stays text.
 * <li>2 report event types: we only ever send presses, and a press is the default event type,
 *     so (as kitty does) nothing is added: {@code ;1:1} is left out.
 * <li>4 alternate keys: with Shift, the shifted key after a colon ({@code CSI 97:65;6u} for
 *     C-S-a). The shifted key of a letter is its upper case; of ASCII punctuation and digits the
 *     US layout's ({@code 1} → {@code !}), as kitty's table. The base-layout key is never sent: the
 *     outer terminal did not tell us the physical key.
 * <li>8 report all keys as escape codes: plain text keys ({@code CSI 97u}), Enter, Tab and
 *     BSpace ({@code CSI 13u}) and Escape too; no legacy Ctrl/Alt forms.
 * <li>16 associated text: when a key that makes text is sent as an escape code (so with flag 8),
 *     its text as code points in the third field ({@code CSI 97;2;65u} for S-a).
 * </ul>
 * Without flag 1, keypad keys are reported as the keys they stand for (KP5 as '5', KP Enter as
 * Enter), as kitty does; DECKPAM does not apply under kitty flags. Cursor keys keep their SS3
 * form under DECCKM while neither flag 1 nor 2 is set (kitty does so even with modifiers; we only
 * without, as the modified form carries the modifiers). F3 is {@code CSI 13~} rather than
 * {@code CSI R}, which is also a cursor position report. A key's text exists only without Ctrl
 * and Alt (as kitty on Linux); an upper-case letter without Shift is taken as Shift+letter.
 */
final class KittyKeys {
    static final int DISAMBIGUATE = 1;
    static final int EVENT_TYPES = 2;
    static final int ALTERNATES = 4;
    static final int ALL_AS_ESCAPES = 8;
    static final int TEXT = 16;

    private static final int SHIFT = KeyEvent.SHIFT;
    private static final int ALT = KeyEvent.ALT;
    private static final int CTRL = KeyEvent.CTRL;

    /** The bytes for this press, or null to use the legacy encoding (control characters as CHAR). */
    static byte[] encode(KeyEvent key, KeyModes modes) {
        int flags = modes.kittyKeyboardFlags();
        int mods = key.modifiers() & 7;
        KeyCode code = key.code();
        boolean disambiguate = (flags & DISAMBIGUATE) != 0;
        if (KeyEncoder.kittyKeypad(code) > 0) {
            if (disambiguate) {
                return keypad(code, mods, flags);
            }
            // Without flag 1 kitty reports keypad keys as the keys they stand for.
            if (code == KeyCode.KP_ENTER) {
                code = KeyCode.ENTER;
            } else {
                return text(keypadChar(code), mods, flags);
            }
        }
        switch (code) {
            case CHAR: {
                int cp = key.codepoint();
                if (!Character.isValidCodePoint(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                    return new byte[0];
                }
                if (cp < 0x20 || cp == 0x7f) {
                    return null; // a raw control character: no key to report
                }
                return text(cp, mods, flags);
            }
            case SPACE:
                return text(' ', mods, flags);
            default:
                return functional(code, mods, flags, modes.cursorKeysApp());
        }
    }

    /** Escape, Enter, Tab, BSpace, cursor, editing and function keys. */
    private static byte[] functional(KeyCode code, int mods, int flags, boolean cursorKeysApp) {
        boolean disambiguate = (flags & DISAMBIGUATE) != 0;
        boolean all = (flags & ALL_AS_ESCAPES) != 0;
        if (cursorKeysApp && !disambiguate && (flags & EVENT_TYPES) == 0 && mods == 0) {
            char ss3 = ss3Final(code);
            if (ss3 != 0) {
                return new byte[] {0x1b, 'O', (byte) ss3};
            }
        }
        if (mods == 0) {
            if (code == KeyCode.ESCAPE && !disambiguate && !all) {
                return new byte[] {0x1b};
            }
            if (!all) {
                switch (code) {
                    case ENTER: return new byte[] {'\r'};
                    case BACKSPACE: return new byte[] {0x7f};
                    case TAB: return new byte[] {'\t'};
                    default: break;
                }
            }
        }
        if (!disambiguate) {
            if (mods == ALT) {
                switch (code) {
                    case TAB: return new byte[] {0x1b, '\t'};
                    case ENTER: return new byte[] {0x1b, '\r'};
                    case BACKSPACE: return new byte[] {0x1b, 0x7f};
                    default: break;
                }
            }
            if (mods == SHIFT && code == KeyCode.TAB) {
                return KeyEncoder.csi("Z");
            }
            if (mods == CTRL && code == KeyCode.BACKSPACE) {
                return new byte[] {0x08};
            }
        }
        switch (code) {
            case ESCAPE: return serialize(27, 0, mods, null, 'u');
            case ENTER: return serialize(13, 0, mods, null, 'u');
            case TAB: return serialize(9, 0, mods, null, 'u');
            case BACKSPACE: return serialize(127, 0, mods, null, 'u');
            case INSERT: return serialize(2, 0, mods, null, '~');
            case DELETE: return serialize(3, 0, mods, null, '~');
            case PAGE_UP: return serialize(5, 0, mods, null, '~');
            case PAGE_DOWN: return serialize(6, 0, mods, null, '~');
            case UP: return serialize(1, 0, mods, null, 'A');
            case DOWN: return serialize(1, 0, mods, null, 'B');
            case RIGHT: return serialize(1, 0, mods, null, 'C');
            case LEFT: return serialize(1, 0, mods, null, 'D');
            case HOME: return serialize(1, 0, mods, null, 'H');
            case END: return serialize(1, 0, mods, null, 'F');
            case F1: return serialize(1, 0, mods, null, 'P');
            case F2: return serialize(1, 0, mods, null, 'Q');
            case F3: return serialize(13, 0, mods, null, '~');
            case F4: return serialize(1, 0, mods, null, 'S');
            case F5: return serialize(15, 0, mods, null, '~');
            case F6: return serialize(17, 0, mods, null, '~');
            case F7: return serialize(18, 0, mods, null, '~');
            case F8: return serialize(19, 0, mods, null, '~');
            case F9: return serialize(20, 0, mods, null, '~');
            case F10: return serialize(21, 0, mods, null, '~');
            case F11: return serialize(23, 0, mods, null, '~');
            case F12: return serialize(24, 0, mods, null, '~');
            default: return new byte[0];
        }
    }

    private static char ss3Final(KeyCode code) {
        switch (code) {
            case UP: return 'A';
            case DOWN: return 'B';
            case RIGHT: return 'C';
            case LEFT: return 'D';
            case HOME: return 'H';
            case END: return 'F';
            case F1: return 'P';
            case F2: return 'Q';
            case F3: return 'R';
            case F4: return 'S';
            default: return 0;
        }
    }

    /** A keypad key under flag 1: its text when it makes text (unless flag 8), else kitty's number. */
    private static byte[] keypad(KeyCode code, int mods, int flags) {
        int number = KeyEncoder.kittyKeypad(code);
        int text = code == KeyCode.KP_ENTER || (mods & (CTRL | ALT)) != 0 ? 0 : keypadChar(code);
        if (text != 0 && (flags & ALL_AS_ESCAPES) == 0) {
            return utf8(text);
        }
        int[] embedded = text != 0 && (flags & TEXT) != 0 ? new int[] {text} : null;
        return serialize(number, 0, mods, embedded, 'u');
    }

    private static int keypadChar(KeyCode code) {
        switch (code) {
            case KP_DECIMAL: return '.';
            case KP_DIVIDE: return '/';
            case KP_MULTIPLY: return '*';
            case KP_MINUS: return '-';
            case KP_PLUS: return '+';
            default: return '0' + code.ordinal() - KeyCode.KP_0.ordinal();
        }
    }

    /** A key that makes text (a character, Space, a keypad digit without flag 1). */
    private static byte[] text(int cp, int mods, int flags) {
        int key = cp;
        int lower = Character.toLowerCase(cp);
        if (lower != cp && Character.toUpperCase(lower) == cp) {
            key = lower; // 'A' typed is Shift+a: kitty always reports the unshifted key
            mods |= SHIFT;
        }
        boolean shift = (mods & SHIFT) != 0;
        int shifted = shift ? shifted(key) : 0;
        int text = (mods & (CTRL | ALT)) != 0 ? 0 : (shifted != 0 ? shifted : key);
        boolean all = (flags & ALL_AS_ESCAPES) != 0;
        if (text != 0 && !all) {
            return utf8(text);
        }
        boolean alternates = (flags & ALTERNATES) != 0 && shifted != 0;
        boolean embed = (flags & TEXT) != 0 && text != 0;
        if (!alternates && !embed && mods != 0 && (flags & DISAMBIGUATE) == 0 && !all) {
            byte[] legacy = legacyText(key, mods);
            if (legacy != null) {
                return legacy;
            }
        }
        return serialize(key, alternates ? shifted : 0, mods, embed ? new int[] {text} : null, 'u');
    }

    /**
     * kitty's legacy forms for the ASCII keys a-z 0-9 ` - = [ ] \ ; ' , . / with Alt, Ctrl,
     * Ctrl+Alt, Shift+Alt (and C-Space as NUL); null for other combinations, which go as CSI u.
     */
    private static byte[] legacyText(int key, int mods) {
        if (key == ' ') {
            return mods == CTRL ? new byte[] {0} : null;
        }
        if (!isLegacyAscii(key)) {
            return null;
        }
        int shifted = (mods & SHIFT) != 0 ? shiftedAscii(key) : key;
        if (mods == ALT || mods == (SHIFT | ALT)) {
            return new byte[] {0x1b, (byte) shifted};
        }
        if (mods == CTRL) {
            return new byte[] {(byte) ctrled(key)};
        }
        if (mods == (CTRL | ALT)) {
            return new byte[] {0x1b, (byte) ctrled(key)};
        }
        return null;
    }

    private static boolean isLegacyAscii(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "`-=[]\\;',./".indexOf(c) >= 0;
    }

    /** What Ctrl makes of a legacy ASCII key (kitty's table: keys it does not change stay). */
    private static int ctrled(int key) {
        int c0 = KeyEncoder.ctrlByte(key);
        return c0 >= 0 ? c0 : key;
    }

    /** The shifted key: upper case for letters, the US layout for ASCII symbols, else 0 (unknown). */
    static int shifted(int key) {
        int upper = Character.toUpperCase(key);
        if (upper != key && Character.toLowerCase(upper) == key) {
            return upper;
        }
        int ascii = key < 0x80 ? shiftedAscii(key) : key;
        return ascii != key ? ascii : 0;
    }

    private static int shiftedAscii(int key) {
        String from = "`1234567890-=[]\\;',./";
        String to = "~!@#$%^&*()_+{}|:\"<>?";
        int i = from.indexOf(key);
        if (i >= 0) {
            return to.charAt(i);
        }
        return key >= 'a' && key <= 'z' ? key - 32 : key;
    }

    /** kitty's serialize(): the key number only when it is not 1 or something follows. */
    private static byte[] serialize(int key, int shifted, int mods, int[] text, char trailer) {
        StringBuilder b = new StringBuilder("\u001b[");
        boolean modsField = mods != 0;
        if (key != 1 || shifted != 0 || modsField || text != null) {
            b.append(key);
        }
        if (shifted != 0) {
            b.append(':').append(shifted);
        }
        if (modsField || text != null) {
            b.append(';');
            if (modsField) {
                b.append(1 + mods);
            }
        }
        if (text != null) {
            for (int i = 0; i < text.length; i++) {
                b.append(i == 0 ? ';' : ':').append(text[i]);
            }
        }
        return b.append(trailer).toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] utf8(int cp) {
        return new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
    }

    private KittyKeys() {}
}
