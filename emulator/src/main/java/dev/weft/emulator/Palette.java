package dev.weft.emulator;

import java.util.Locale;

/**
 * The 256-colour palette and the default foreground, background and cursor colours, as RGB
 * ints (0xRRGGBB). OSC 4/10/11/12 set and query them, OSC 104/110/111/112 reset them. The
 * initial values are xterm's palette and a light-grey-on-black default; the server may set
 * the defaults to what the client's terminal reports.
 */
final class Palette {
    private static final int[] ANSI = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    };
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};
    static final int NO_COLOR = -1;

    final int[] colors = new int[256];
    int baseForeground = 0xe5e5e5;
    int baseBackground = 0x000000;
    int foreground;
    int background;
    /** The cursor colour, or {@link #NO_COLOR} for "use the foreground". */
    int cursor = NO_COLOR;

    Palette() {
        resetAll();
    }

    static int defaultColor(int i) {
        if (i < 16) {
            return ANSI[i];
        }
        if (i < 232) {
            int x = i - 16;
            return CUBE[x / 36] << 16 | CUBE[x / 6 % 6] << 8 | CUBE[x % 6];
        }
        int g = 8 + (i - 232) * 10;
        return g << 16 | g << 8 | g;
    }

    void resetAll() {
        for (int i = 0; i < 256; i++) {
            colors[i] = defaultColor(i);
        }
        foreground = baseForeground;
        background = baseBackground;
        cursor = NO_COLOR;
    }

    void reset(int i) {
        if (i >= 0 && i < 256) {
            colors[i] = defaultColor(i);
        }
    }

    /**
     * Parse an X11 colour spec as xterm accepts: {@code rgb:R/G/B} with 1-4 hex digits per
     * component, or {@code #RGB}, {@code #RRGGBB}, {@code #RRRGGGBBB}, {@code #RRRRGGGGBBBB}.
     * Returns 0xRRGGBB, or -1 if not understood (colour names are not supported).
     */
    static int parse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("rgb:")) {
            String[] p = s.substring(4).split("/", -1);
            if (p.length != 3) {
                return -1;
            }
            int r = component(p[0]);
            int g = component(p[1]);
            int b = component(p[2]);
            return r < 0 || g < 0 || b < 0 ? -1 : r << 16 | g << 8 | b;
        }
        if (s.startsWith("#") && s.length() > 1 && (s.length() - 1) % 3 == 0 && s.length() <= 13) {
            int n = (s.length() - 1) / 3;
            int r = component(s.substring(1, 1 + n));
            int g = component(s.substring(1 + n, 1 + 2 * n));
            int b = component(s.substring(1 + 2 * n));
            return r < 0 || g < 0 || b < 0 ? -1 : r << 16 | g << 8 | b;
        }
        return -1;
    }

    /** A 1-4 digit hex component scaled to 8 bits. */
    private static int component(String h) {
        if (h.isEmpty() || h.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < h.length(); i++) {
            int d = Character.digit(h.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        int max = (1 << (4 * h.length())) - 1;
        return Math.round(v * 255f / max);
    }

    /** xterm's reply form: rgb:rrrr/gggg/bbbb. */
    static String format(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return String.format(Locale.ROOT, "rgb:%02x%02x/%02x%02x/%02x%02x", r, r, g, g, b, b);
    }
}
