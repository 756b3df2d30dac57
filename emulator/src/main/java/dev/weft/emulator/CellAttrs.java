package dev.weft.emulator;

/** Bits of a cell's attribute int, as carried by {@link Line#attrs} and the protocol. */
public final class CellAttrs {
    public static final int BOLD = 1;
    public static final int DIM = 1 << 1;
    public static final int ITALIC = 1 << 2;
    /** Underline style in bits 3-5: 0 none, 1 single, 2 double, 3 curly, 4 dotted, 5 dashed. */
    public static final int UNDERLINE_SHIFT = 3;
    public static final int UNDERLINE_MASK = 7 << UNDERLINE_SHIFT;
    public static final int BLINK = 1 << 6;
    public static final int INVERSE = 1 << 7;
    public static final int HIDDEN = 1 << 8;
    public static final int STRIKE = 1 << 9;
    public static final int OVERLINE = 1 << 10;

    public static int underline(int attrs) {
        return (attrs & UNDERLINE_MASK) >>> UNDERLINE_SHIFT;
    }

    private CellAttrs() {}
}
