package dev.weft.keymaps;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * tmux key names: {@code C-b}, {@code M-x}, {@code S-Up}, {@code Enter}, {@code F5}, {@code PPage}, {@code Space}...
 *
 * <p>Grammar, as tmux's {@code key_string_lookup_string}: modifier prefixes {@code C-} {@code M-}
 * {@code S-} (either case, any order, combinable: {@code C-M-x}), or a leading {@code ^} for Ctrl
 * ({@code ^A} is {@code C-a}); then a key name (case-insensitive), a single character, or a
 * hexadecimal code point {@code 0x263a}. Names: Enter, Escape, Tab, BTab (Tab with Shift), BSpace,
 * Space, Up, Down, Left, Right, Home, End, IC (Insert), DC (Delete), PPage (PageUp, PgUp), NPage
 * (PageDown, PgDn), F1..F12, KP0..KP9, KPEnter, KP+, KP-, KP*, KP/, KP. .
 *
 * <p>{@link #parse} keeps what was written: {@code C-i} is CHAR 'i' with Ctrl, {@code C-m} is not
 * Enter. Use {@link KeyEvent#canonical()} to compare with what an outer terminal sends.
 * {@link #format} writes tmux's spelling, modifiers in the order {@code C-M-S-}.
 */
public final class KeyNames {
    private static final Map<String, KeyEvent> BY_NAME = new LinkedHashMap<>();
    private static final Map<KeyCode, String> NAME_OF = new LinkedHashMap<>();

    static {
        name("Enter", KeyCode.ENTER);
        name("Escape", KeyCode.ESCAPE);
        name("Tab", KeyCode.TAB);
        name("BSpace", KeyCode.BACKSPACE);
        name("Space", KeyCode.SPACE);
        name("Up", KeyCode.UP);
        name("Down", KeyCode.DOWN);
        name("Left", KeyCode.LEFT);
        name("Right", KeyCode.RIGHT);
        name("Home", KeyCode.HOME);
        name("End", KeyCode.END);
        name("IC", KeyCode.INSERT);
        name("DC", KeyCode.DELETE);
        name("PPage", KeyCode.PAGE_UP);
        name("NPage", KeyCode.PAGE_DOWN);
        for (int i = 1; i <= 12; i++) {
            name("F" + i, KeyCode.valueOf("F" + i));
        }
        for (int i = 0; i <= 9; i++) {
            name("KP" + i, KeyCode.valueOf("KP_" + i));
        }
        name("KPEnter", KeyCode.KP_ENTER);
        name("KP+", KeyCode.KP_PLUS);
        name("KP-", KeyCode.KP_MINUS);
        name("KP*", KeyCode.KP_MULTIPLY);
        name("KP/", KeyCode.KP_DIVIDE);
        name("KP.", KeyCode.KP_DECIMAL);
        alias("BTab", KeyEvent.of(KeyCode.TAB, KeyEvent.SHIFT));
        alias("Insert", KeyEvent.of(KeyCode.INSERT, 0));
        alias("Delete", KeyEvent.of(KeyCode.DELETE, 0));
        alias("PageUp", KeyEvent.of(KeyCode.PAGE_UP, 0));
        alias("PgUp", KeyEvent.of(KeyCode.PAGE_UP, 0));
        alias("PageDown", KeyEvent.of(KeyCode.PAGE_DOWN, 0));
        alias("PgDn", KeyEvent.of(KeyCode.PAGE_DOWN, 0));
        alias("Esc", KeyEvent.of(KeyCode.ESCAPE, 0));
    }

    private static void name(String name, KeyCode code) {
        BY_NAME.put(name.toLowerCase(Locale.ROOT), KeyEvent.of(code, 0));
        NAME_OF.put(code, name);
    }

    private static void alias(String name, KeyEvent key) {
        BY_NAME.put(name.toLowerCase(Locale.ROOT), key);
    }

    /** @throws IllegalArgumentException with a one-line message when not a key name */
    public static KeyEvent parse(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty key name (try Enter, C-c, M-x, Up, F5 or a single character)");
        }
        String s = name;
        int mods = 0;
        if (s.length() > 1 && s.charAt(0) == '^') {
            mods |= KeyEvent.CTRL;
            s = s.substring(1);
        } else {
            while (s.length() >= 2 && s.charAt(1) == '-') {
                int bit = modifierBit(s.charAt(0));
                if (bit == 0) {
                    throw unknown(name);
                }
                mods |= bit;
                s = s.substring(2);
            }
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key name " + quote(name) + " has modifiers but no key");
        }
        KeyEvent base = BY_NAME.get(s.toLowerCase(Locale.ROOT));
        if (base == null) {
            base = single(s, mods, name);
        }
        return new KeyEvent(base.code(), base.codepoint(), base.modifiers() | mods);
    }

    public static String format(KeyEvent key) {
        StringBuilder b = new StringBuilder();
        int mods = key.modifiers();
        KeyCode code = key.code();
        int cp = key.codepoint();
        if (code == KeyCode.CHAR && cp >= 0 && cp < 0x20) {
            // A bare control character is written as the Ctrl key that produces it.
            KeyEvent k = InputDecoder.ascii(cp);
            code = k.code();
            cp = k.codepoint();
            mods |= k.modifiers();
        } else if (code == KeyCode.CHAR && cp == 0x7f) {
            code = KeyCode.BACKSPACE;
        } else if (code == KeyCode.CHAR && cp == ' ') {
            code = KeyCode.SPACE;
        }
        boolean btab = code == KeyCode.TAB && (mods & KeyEvent.SHIFT) != 0;
        if ((mods & KeyEvent.CTRL) != 0) {
            b.append("C-");
        }
        if ((mods & KeyEvent.ALT) != 0) {
            b.append("M-");
        }
        if ((mods & KeyEvent.SHIFT) != 0 && !btab) {
            b.append("S-");
        }
        if (btab) {
            return b.append("BTab").toString();
        }
        if (code != KeyCode.CHAR) {
            return b.append(NAME_OF.get(code)).toString();
        }
        if (!Character.isValidCodePoint(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            return b.append(String.format("0x%x", cp)).toString();
        }
        return b.appendCodePoint(cp).toString();
    }

    private static KeyEvent single(String s, int mods, String name) {
        int cp = s.codePointAt(0);
        if (Character.charCount(cp) == s.length() && (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)) {
            if ((mods & KeyEvent.CTRL) != 0 && name.startsWith("^")) {
                cp = Character.toLowerCase(cp); // tmux: ^A is C-a
            }
            return fromCodepoint(cp);
        }
        if (s.length() > 2 && (s.startsWith("0x") || s.startsWith("0X"))) {
            int v = hex(s.substring(2));
            if (v >= 0 && (v < Character.MIN_SURROGATE || v > Character.MAX_SURROGATE)) {
                return fromCodepoint(v);
            }
        }
        throw unknown(name);
    }

    private static KeyEvent fromCodepoint(int cp) {
        if (cp < 0x20 || cp == 0x7f) {
            return InputDecoder.ascii(cp);
        }
        return cp == ' ' ? KeyEvent.of(KeyCode.SPACE, 0) : KeyEvent.ofChar(cp, 0);
    }

    private static int hex(String digits) {
        if (digits.length() > 6) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v <= Character.MAX_CODE_POINT ? v : -1;
    }

    private static int modifierBit(char c) {
        switch (c) {
            case 'C': case 'c': return KeyEvent.CTRL;
            case 'M': case 'm': return KeyEvent.ALT;
            case 'S': case 's': return KeyEvent.SHIFT;
            default: return 0;
        }
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown key name " + quote(name)
                + " (try Enter, C-c, M-x, Up, F5, PPage or a single character)");
    }

    /** The name in quotes, control characters escaped and cut to 40 characters: one safe line. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        int n = 0;
        for (int i = 0; i < s.length() && n < 40; i = s.offsetByCodePoints(i, 1), n++) {
            int cp = s.codePointAt(i);
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp == '"' || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else {
                b.appendCodePoint(cp);
            }
        }
        if (n >= 40 && s.codePointCount(0, s.length()) > 40) {
            b.append("...");
        }
        return b.append('"').toString();
    }

    private KeyNames() {}
}
