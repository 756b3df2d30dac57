package dev.weft.emulator;

/** The attributes new characters are written with (SGR state plus DECSCA protection). */
final class Pen {
    int fg;
    int bg;
    int ul;
    /** {@link CellAttrs} bits, plus {@link Row#PROTECTED} when DECSCA is on. */
    int attrs;

    void reset() {
        fg = 0;
        bg = 0;
        ul = 0;
        attrs = 0;
    }

    void copyFrom(Pen o) {
        fg = o.fg;
        bg = o.bg;
        ul = o.ul;
        attrs = o.attrs;
    }
}
