package dev.weft.keymaps;

import java.nio.charset.StandardCharsets;

/**
 * Replies a terminal sends as control strings, so the decoder can pass each on as one Raw event
 * instead of decoding it as keys. {@code ESC P}, {@code ESC ]} and {@code ESC _} are also what
 * M-P, M-] and M-_ send, so only the shapes of replies count as strings:
 * <pre>
 *   ESC P &gt;|  ESC P 1$r  ESC P 0$r  ESC P 1+r  ESC P 0+r     XTVERSION, DECRQSS, XTGETTCAP
 *   ESC ] digits ;                                       OSC replies (colours, clipboard)
 *   ESC _ G                                              kitty graphics replies
 * </pre>
 * ending at BEL or {@code ESC \}. A string longer than {@link #MAX} is cut there.
 */
final class ControlStrings {
    static final int INCOMPLETE = -1;
    static final int NOT_A_STRING = 0;
    static final int MAX = 64 * 1024;

    private static final byte[][] DCS = ascii(">|", "1$r", "0$r", "1+r", "0+r");
    private static final byte[][] APC = ascii("G");

    /**
     * The length of the control string starting at {@code pos} (an ESC followed by P, ] or _),
     * {@link #INCOMPLETE} if more bytes are needed to know, or {@link #NOT_A_STRING}.
     */
    static int length(byte[] buf, int pos, int len) {
        int kind = buf[pos + 1];
        int body = pos + 2;
        int start;
        if (kind == ']') {
            start = oscStart(buf, body, len);
        } else {
            start = prefix(buf, body, len, kind == 'P' ? DCS : APC);
        }
        if (start <= 0) {
            return start;
        }
        for (int i = start; i < len; i++) {
            if (i - pos >= MAX) {
                return i - pos;
            }
            int b = buf[i] & 0xff;
            if (b == 0x07) {
                return i + 1 - pos;
            }
            if (b == 0x1b) {
                if (i + 1 >= len) {
                    return INCOMPLETE;
                }
                // ESC \ ends the string; any other ESC means the string was broken off here.
                return buf[i + 1] == '\\' ? i + 2 - pos : i - pos;
            }
        }
        return len - pos >= MAX ? MAX : INCOMPLETE;
    }

    /** Position after "digits;" or INCOMPLETE / NOT_A_STRING. */
    private static int oscStart(byte[] buf, int i, int len) {
        int digits = 0;
        while (true) {
            if (i >= len) {
                return INCOMPLETE;
            }
            int b = buf[i];
            if (b >= '0' && b <= '9' && digits < 5) {
                digits++;
                i++;
            } else if (b == ';' && digits > 0) {
                return i + 1;
            } else {
                return NOT_A_STRING;
            }
        }
    }

    private static int prefix(byte[] buf, int i, int len, byte[][] prefixes) {
        boolean couldStillMatch = false;
        for (byte[] p : prefixes) {
            int k = 0;
            while (k < p.length && i + k < len && buf[i + k] == p[k]) {
                k++;
            }
            if (k == p.length) {
                return i + k;
            }
            if (i + k >= len) {
                couldStillMatch = true;
            }
        }
        return couldStillMatch ? INCOMPLETE : NOT_A_STRING;
    }

    private static byte[][] ascii(String... s) {
        byte[][] out = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    private ControlStrings() {}
}
