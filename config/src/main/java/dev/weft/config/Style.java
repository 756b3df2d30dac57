package dev.weft.config;

import java.util.List;

/**
 * A tmux style: {@code fg=COLOUR,bg=COLOUR} and attributes ({@code bold dim italics underscore
 * blink reverse hidden strikethrough}, {@code no...} to clear, {@code default}/{@code none}).
 * Colours use the protocol's encoding: 0 default, {@code 0x1000000 | index} (names black..white,
 * brightred.., colour0..colour255), {@code 0x2000000 | 0xRRGGBB} ({@code #rrggbb}). Attribute bits
 * are the emulator's {@code CellAttrs} (BOLD 1, DIM 2, ITALIC 4, UNDERLINE 1<<3, BLINK 1<<6,
 * INVERSE 1<<7, HIDDEN 1<<8, STRIKE 1<<9). -1 in fg/bg: not given (keep the base's).
 */
public record Style(int fg, int bg, int attrs, int clearedAttrs) {
    public static final int UNSET = -1;
    public static final Style NONE = new Style(UNSET, UNSET, 0, 0);

    /** Parse {@code fg=red,bold}; IllegalArgumentException with a one-line reason. */
    public static Style parse(String text) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** This style drawn over {@code base}: given colours win, attributes added and cleared. */
    public Style over(Style base) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** A run of text in one style. */
    public record Segment(Style style, String text) {}

    /**
     * Split expanded status text at its {@code #[...]} markers: each marker applies over the style
     * before it, starting from {@code base}; {@code #[default]} returns to base. A bad marker is
     * shown as text.
     */
    public static List<Segment> segments(String text, Style base) {
        throw new UnsupportedOperationException("not built yet");
    }
}
