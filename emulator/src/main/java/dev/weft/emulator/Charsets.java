package dev.weft.emulator;

/**
 * G0-G3 character set designations (ESC ( ) * + F), locking shifts SI/SO/LS2/LS3 and single
 * shifts SS2/SS3. Supported sets: ASCII 'B', DEC special graphics '0', UK 'A'.
 */
final class Charsets {
    static final char ASCII = 'B';
    static final char DEC_GRAPHICS = '0';
    static final char UK = 'A';

    /** DEC special graphics for 0x5F..0x7E. */
    private static final String DEC_GRAPHICS_MAP =
            "\u00a0\u25c6\u2592\u2409\u240c\u240d\u240a\u00b0\u00b1\u2424\u240b\u2518\u2510\u250c\u2514"
            + "\u253c\u23ba\u23bb\u2500\u23bc\u23bd\u251c\u2524\u2534\u252c\u2502\u2264\u2265\u03c0\u2260"
            + "\u00a3\u00b7";

    final char[] g = {ASCII, ASCII, ASCII, ASCII};
    int gl;
    /** The set for the next character only (SS2/SS3), or -1. */
    int single = -1;

    void reset() {
        g[0] = g[1] = g[2] = g[3] = ASCII;
        gl = 0;
        single = -1;
    }

    void copyFrom(Charsets o) {
        System.arraycopy(o.g, 0, g, 0, 4);
        gl = o.gl;
        single = o.single;
    }

    /** True when printable ASCII maps to itself (the fast path may skip {@link #map}). */
    boolean isIdentity() {
        return g[gl] == ASCII && single < 0;
    }

    /** Map a printed code point through the active set, consuming a single shift. */
    int map(int cp) {
        char set = g[single >= 0 ? single : gl];
        single = -1;
        if (cp > 0x7E) {
            return cp;
        }
        if (set == DEC_GRAPHICS && cp >= 0x5F) {
            return DEC_GRAPHICS_MAP.charAt(cp - 0x5F);
        }
        if (set == UK && cp == '#') {
            return 0xA3;
        }
        return cp;
    }

    void designate(int slot, int finalByte) {
        g[slot] = switch (finalByte) {
            case '0' -> DEC_GRAPHICS;
            case 'A' -> UK;
            default -> ASCII;
        };
    }
}
