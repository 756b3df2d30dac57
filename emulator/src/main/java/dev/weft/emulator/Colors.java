package dev.weft.emulator;

/**
 * Colours packed in an int, as carried by {@link Line} and the protocol:
 * 0 is the default colour, {@code 0x1000000 | index} a 256-colour palette entry,
 * {@code 0x2000000 | 0xRRGGBB} a truecolor.
 */
public final class Colors {
    public static final int DEFAULT = 0;
    public static final int INDEXED = 0x1000000;
    public static final int RGB = 0x2000000;

    public static int indexed(int index) {
        return INDEXED | (index & 0xFF);
    }

    public static int rgb(int r, int g, int b) {
        return RGB | (r & 0xFF) << 16 | (g & 0xFF) << 8 | (b & 0xFF);
    }

    public static boolean isIndexed(int color) {
        return (color & INDEXED) != 0;
    }

    public static boolean isRgb(int color) {
        return (color & RGB) != 0;
    }

    private Colors() {}
}
