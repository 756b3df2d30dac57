package dev.weft.keymaps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes keys for a pane, honouring its modes (DECCKM, keypad, bracketed paste, kitty flags).
 *
 * <h2>Legacy (xterm) encoding, {@code kittyKeyboardFlags == 0}</h2>
 * <pre>
 *   text            UTF-8 of the code point (S-a gives "A")
 *   C-a .. C-z      0x01 .. 0x1a        C-@ / C-Space / C-2  0x00
 *   C-[  C-3        0x1b (ESC)          C-\  C-4             0x1c
 *   C-]  C-5        0x1d                C-^  C-6  C-~        0x1e
 *   C-_  C-7  C-/   0x1f                C-?  C-8             0x7f
 *   other C-x       x itself (xterm without modifyOtherKeys sends the plain character)
 *   M-anything      ESC prefixed to the key's legacy bytes (M-a = ESC 'a', M-Enter = ESC CR)
 *   Enter CR  Tab HT  S-Tab CSI Z  BSpace 0x7f (C-BSpace 0x08, as xterm)  Escape ESC
 *   Up/Down/Right/Left   CSI A/B/C/D, SS3 A/B/C/D when DECCKM is set
 *   Home/End             CSI H/F,     SS3 H/F     when DECCKM is set
 *     with modifiers     CSI 1 ; m A   (always CSI)   m = 1 + shift + 2*alt + 4*ctrl
 *   Insert Delete PgUp PgDn   CSI 2~ 3~ 5~ 6~, with modifiers CSI 2;m~
 *   F1..F4               SS3 P..S, with modifiers CSI 1;m P..S
 *   F5..F12              CSI 15~ 17~ 18~ 19~ 20~ 21~ 23~ 24~, with modifiers CSI 15;m~
 *   keypad (DECKPNM)     the digit / operator character, KP Enter = CR
 *   keypad (DECKPAM)     SS3 p..y for 0..9, SS3 M Enter, k +, m -, j *, o /, n .
 * </pre>
 *
 * <h2>Kitty keyboard protocol, {@code kittyKeyboardFlags != 0}</h2>
 * Every flag (1 disambiguate, 2 event types, 4 alternate keys, 8 all keys as escape codes, 16
 * associated text), as kitty itself encodes a key press: see {@link KittyKeys}.
 */
public final class KeyEncoder {
    private static final byte ESC = 0x1b;
    static final String PASTE_START = "\u001b[200~";
    static final String PASTE_END = "\u001b[201~";

    /** Kitty's code point for keypad 0; the other keypad keys follow (see {@link #kittyKeypad}). */
    static final int KITTY_KP_0 = 57399;

    public static byte[] encode(KeyEvent key, KeyModes modes) {
        if (key == null || key.code() == null) {
            return new byte[0];
        }
        KeyModes m = modes == null ? KeyModes.DEFAULT : modes;
        if (m.kittyKeyboardFlags() != 0) {
            byte[] kitty = KittyKeys.encode(key, m);
            if (kitty != null) {
                return kitty;
            }
        }
        return legacy(key, m);
    }

    /** Paste text: wrapped in ESC[200~ ... ESC[201~ when the pane enabled bracketed paste (markers inside the text are removed). */
    public static byte[] paste(String text, KeyModes modes) {
        String t = text == null ? "" : text;
        if (modes != null && modes.bracketedPaste()) {
            // Removing one marker can join the pieces of another ("\e[20\e[201~1~"): repeat.
            String prev;
            do {
                prev = t;
                t = t.replace(PASTE_START, "").replace(PASTE_END, "");
            } while (!t.equals(prev));
            return (PASTE_START + t + PASTE_END).getBytes(StandardCharsets.UTF_8);
        }
        // tmux turns line feeds into carriage returns, as a typed Enter would be; a CRLF pair
        // becomes one CR so Windows-style text does not give blank lines.
        return t.replace("\r\n", "\r").replace('\n', '\r').getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] legacy(KeyEvent key, KeyModes modes) {
        int mods = key.modifiers() & 7;
        boolean alt = (mods & KeyEvent.ALT) != 0;
        boolean ctrl = (mods & KeyEvent.CTRL) != 0;
        boolean shift = (mods & KeyEvent.SHIFT) != 0;
        int param = 1 + mods;
        switch (key.code()) {
            case CHAR:
                return altPrefixed(alt, charBytes(key.codepoint(), ctrl, shift));
            case SPACE:
                return altPrefixed(alt, ctrl ? new byte[] {0} : new byte[] {' '});
            case ENTER:
                return altPrefixed(alt, new byte[] {'\r'});
            case TAB:
                if (shift) {
                    return altPrefixed(alt, csi("Z"));
                }
                return altPrefixed(alt, new byte[] {'\t'});
            case BACKSPACE:
                return altPrefixed(alt, new byte[] {ctrl ? (byte) 0x08 : (byte) 0x7f});
            case ESCAPE:
                return altPrefixed(alt, new byte[] {ESC});
            case UP: return cursor('A', mods, modes);
            case DOWN: return cursor('B', mods, modes);
            case RIGHT: return cursor('C', mods, modes);
            case LEFT: return cursor('D', mods, modes);
            case HOME: return cursor('H', mods, modes);
            case END: return cursor('F', mods, modes);
            case INSERT: return tilde(2, param);
            case DELETE: return tilde(3, param);
            case PAGE_UP: return tilde(5, param);
            case PAGE_DOWN: return tilde(6, param);
            case F1: return function('P', param);
            case F2: return function('Q', param);
            case F3: return function('R', param);
            case F4: return function('S', param);
            case F5: return tilde(15, param);
            case F6: return tilde(17, param);
            case F7: return tilde(18, param);
            case F8: return tilde(19, param);
            case F9: return tilde(20, param);
            case F10: return tilde(21, param);
            case F11: return tilde(23, param);
            case F12: return tilde(24, param);
            default:
                return altPrefixed(alt, keypad(key.code(), modes.keypadApp()));
        }
    }

    /** Keypad keys: SS3 forms under DECKPAM, otherwise the characters the keys are labelled with. */
    private static byte[] keypad(KeyCode code, boolean app) {
        char appFinal;
        char text;
        switch (code) {
            case KP_ENTER: appFinal = 'M'; text = '\r'; break;
            case KP_PLUS: appFinal = 'k'; text = '+'; break;
            case KP_MINUS: appFinal = 'm'; text = '-'; break;
            case KP_MULTIPLY: appFinal = 'j'; text = '*'; break;
            case KP_DIVIDE: appFinal = 'o'; text = '/'; break;
            case KP_DECIMAL: appFinal = 'n'; text = '.'; break;
            default:
                int digit = code.ordinal() - KeyCode.KP_0.ordinal();
                if (digit < 0 || digit > 9) {
                    return new byte[0];
                }
                appFinal = (char) ('p' + digit);
                text = (char) ('0' + digit);
        }
        return app ? new byte[] {ESC, 'O', (byte) appFinal} : new byte[] {(byte) text};
    }

    private static byte[] charBytes(int cp, boolean ctrl, boolean shift) {
        if (!Character.isValidCodePoint(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            return new byte[0];
        }
        if (ctrl) {
            int c0 = ctrlByte(cp);
            if (c0 >= 0) {
                return new byte[] {(byte) c0};
            }
        }
        int c = shift && cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        return new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
    }

    /** The C0 byte xterm sends for Ctrl with this character, or -1 if Ctrl does not change it. */
    static int ctrlByte(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
            return cp & 0x1f;
        }
        switch (cp) {
            case '@': case ' ': case '2': return 0x00;
            case '[': case '3': return 0x1b;
            case '\\': case '4': return 0x1c;
            case ']': case '5': return 0x1d;
            case '^': case '6': case '~': return 0x1e;
            case '_': case '7': case '/': return 0x1f;
            case '?': case '8': return 0x7f;
            default: return -1;
        }
    }

    private static byte[] cursor(char fin, int mods, KeyModes modes) {
        if (mods != 0) {
            return csi("1;" + (1 + mods) + fin);
        }
        return modes.cursorKeysApp() ? new byte[] {ESC, 'O', (byte) fin} : csi(String.valueOf(fin));
    }

    private static byte[] function(char fin, int param) {
        return param == 1 ? new byte[] {ESC, 'O', (byte) fin} : csi("1;" + param + fin);
    }

    private static byte[] tilde(int number, int param) {
        return csi(param == 1 ? number + "~" : number + ";" + param + "~");
    }

    static byte[] csi(String body) {
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[b.length + 2];
        out[0] = ESC;
        out[1] = '[';
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    private static byte[] altPrefixed(boolean alt, byte[] bytes) {
        if (!alt || bytes.length == 0) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1);
        out.write(ESC);
        out.write(bytes, 0, bytes.length);
        return out.toByteArray();
    }

    /** Kitty's numbers for keypad keys (KP_0..KP_9, then . / * - + Enter), or 0 for other keys. */
    static int kittyKeypad(KeyCode code) {
        switch (code) {
            case KP_DECIMAL: return 57409;
            case KP_DIVIDE: return 57410;
            case KP_MULTIPLY: return 57411;
            case KP_MINUS: return 57412;
            case KP_PLUS: return 57413;
            case KP_ENTER: return 57414;
            default:
                int digit = code.ordinal() - KeyCode.KP_0.ordinal();
                return digit >= 0 && digit <= 9 ? KITTY_KP_0 + digit : 0;
        }
    }

    private KeyEncoder() {}
}
