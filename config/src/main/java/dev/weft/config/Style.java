package dev.weft.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A tmux style: {@code fg=COLOUR,bg=COLOUR} and attributes ({@code bold dim italics underscore
 * blink reverse hidden strikethrough}, {@code no...} to clear, {@code default}/{@code none}).
 * Colours use the protocol's encoding: 0 default, {@code 0x1000000 | index} (names black..white,
 * brightred.., colour0..colour255), {@code 0x2000000 | 0xRRGGBB} ({@code #rrggbb}). Attribute bits
 * are the emulator's {@code CellAttrs} (BOLD 1, DIM 2, ITALIC 4, UNDERLINE 1<<3, BLINK 1<<6,
 * INVERSE 1<<7, HIDDEN 1<<8, STRIKE 1<<9). -1 in fg/bg: not given (keep the base's).
 *
 * <p>As tmux's {@code style_parse}: items are separated by commas or spaces and applied in
 * order; {@code default} returns to the base (for {@link #parse}, to "nothing given");
 * {@code none} clears every attribute; {@code fg=default} and {@code fg=terminal} are the
 * terminal's own colour (0). {@code align=}, {@code fill=}, {@code list=}, {@code range=},
 * {@code us=}, {@code push-default}, {@code pop-default} and {@code noalign}, {@code nolist},
 * {@code norange} are checked as tmux 3.3 checks them and then ignored (weft draws no aligned
 * lists). The underline kinds (double, curly, dotted, dashed) set the emulator's underline field
 * (bits 3-5) rather than one bit. Where weft differs from tmux 3.3: X11 colour names
 * ({@code orange}) are refused, {@code us=COLOUR} (tmux 3.4) is accepted.
 *
 * @param attrs attributes this style turns on
 * @param clearedAttrs attributes this style turns off (never overlaps {@code attrs})
 */
public record Style(int fg, int bg, int attrs, int clearedAttrs) {
    public static final int UNSET = -1;
    public static final Style NONE = new Style(UNSET, UNSET, 0, 0);

    public static final int BOLD = 1;
    public static final int DIM = 1 << 1;
    public static final int ITALIC = 1 << 2;
    public static final int UNDERLINE = 1 << 3;
    public static final int UNDERLINE_MASK = 7 << 3;
    public static final int BLINK = 1 << 6;
    public static final int INVERSE = 1 << 7;
    public static final int HIDDEN = 1 << 8;
    public static final int STRIKE = 1 << 9;
    public static final int OVERLINE = 1 << 10;
    /** Every attribute bit a style can touch ({@code none} clears them all). */
    public static final int ALL_ATTRS = BOLD | DIM | ITALIC | UNDERLINE_MASK | BLINK | INVERSE | HIDDEN
            | STRIKE | OVERLINE;

    /** Colour encodings (the protocol's): an indexed colour, a 24-bit one. */
    public static final int INDEXED = 0x1000000;
    public static final int RGB = 0x2000000;

    /** Parse {@code fg=red,bold}; IllegalArgumentException with a one-line reason. */
    public static Style parse(String text) {
        return StyleParser.apply(text, NONE, NONE);
    }

    /** This style drawn over {@code base}: given colours win, attributes added and cleared. */
    public Style over(Style base) {
        int a = (base.attrs & ~clearedAttrs) | attrs;
        int c = (base.clearedAttrs | clearedAttrs) & ~a;
        return new Style(fg != UNSET ? fg : base.fg, bg != UNSET ? bg : base.bg, a, c);
    }

    /** The style as text {@link #parse} reads back to an equal style ({@code "default"} for NONE). */
    public String format() {
        return StyleParser.format(this);
    }

    /** A run of text in one style. */
    public record Segment(Style style, String text) {}

    /**
     * Split expanded status text at its {@code #[...]} markers: each marker applies over the style
     * before it, starting from {@code base}; {@code #[default]} returns to base. A bad marker is
     * shown as text. As tmux's format_draw, an even run of '#' before '[' is half as many literal
     * '#' and a literal '[' ({@code ##[} shows {@code #[}); an odd run ends in a marker.
     */
    public static List<Segment> segments(String text, Style base) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Style current = base;
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch != '#') {
                run.append(ch);
                i++;
                continue;
            }
            int hashes = 0;
            while (i + hashes < n && text.charAt(i + hashes) == '#') {
                hashes++;
            }
            if (i + hashes >= n || text.charAt(i + hashes) != '[') {
                run.append(text, i, i + hashes);
                i += hashes;
                continue;
            }
            run.append("#".repeat(hashes / 2));
            int open = i + hashes; // the '['
            if (hashes % 2 == 0) {
                run.append('[');
                i = open + 1;
                continue;
            }
            int close = text.indexOf(']', open);
            if (close < 0) {
                run.append(text, open - 1, n);
                break;
            }
            try {
                Style next = StyleParser.apply(text.substring(open + 1, close), current, base);
                if (run.length() > 0) {
                    out.add(new Segment(current, run.toString()));
                    run.setLength(0);
                }
                current = next;
            } catch (IllegalArgumentException bad) {
                run.append(text, open - 1, close + 1);
            }
            i = close + 1;
        }
        if (run.length() > 0) {
            out.add(new Segment(current, run.toString()));
        }
        return out;
    }
}
