package dev.weft.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import dev.weft.config.Style;
import java.util.Arrays;

/**
 * One composed status line: a styled glyph per column ({@code ""} in the column after a wide
 * character) and where the prompt's cursor is (-1: none). Built by {@link StatusBar}, drawn by
 * {@link FrameRenderer}; a plain value so composition is tested without a screen.
 */
final class StatusRow {
    private final String[] glyphs;
    private final Style[] styles;
    private int cursor = -1;
    /** Where each tab label was put, for the mouse (tmux's {@code range=window}). */
    private final java.util.List<TabSpan> tabSpans = new java.util.ArrayList<>();

    /** A tab label drawn over columns [{@code from}, {@code to}). */
    record TabSpan(int tabId, int from, int to) {}

    StatusRow(int cols, Style fill) {
        glyphs = new String[Math.max(0, cols)];
        styles = new Style[glyphs.length];
        Arrays.fill(glyphs, " ");
        Arrays.fill(styles, fill);
    }

    int cols() {
        return glyphs.length;
    }

    String glyph(int x) {
        return glyphs[x];
    }

    Style style(int x) {
        return styles[x];
    }

    int cursor() {
        return cursor;
    }

    void cursor(int x) {
        cursor = x;
    }

    void tabSpan(int tabId, int from, int to) {
        if (to > from) {
            tabSpans.add(new TabSpan(tabId, from, to));
        }
    }

    java.util.List<TabSpan> tabSpans() {
        return java.util.List.copyOf(tabSpans);
    }

    /** The tab whose label is drawn at column {@code x}, or -1 (a separator, the left or right part, a list marker). */
    int tabAt(int x) {
        for (TabSpan span : tabSpans) {
            if (x >= span.from() && x < span.to()) {
                return span.tabId();
            }
        }
        return -1;
    }

    /** The row as text (wide characters once), for tests and logs. */
    String text() {
        StringBuilder s = new StringBuilder();
        for (String g : glyphs) {
            s.append(g);
        }
        return s.toString();
    }

    /**
     * Put {@code text} from column {@code x} in {@code style}, never past {@code limit} (a wide
     * character that would straddle it is left out); returns the column after what was put.
     */
    int put(int x, String text, Style style, int limit) {
        int end = Math.min(limit, glyphs.length);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x20 || cp == 0x7f) {
                cp = ' ';
            }
            int w = width(cp);
            if (x + w > end) {
                break;
            }
            glyphs[x] = new String(Character.toChars(cp));
            styles[x] = style;
            if (w == 2) {
                glyphs[x + 1] = "";
                styles[x + 1] = style;
            }
            x += w;
        }
        return x;
    }

    void restyle(int x, Style style) {
        if (x >= 0 && x < styles.length) {
            styles[x] = style;
        }
    }

    static int width(int codepoint) {
        return codepoint < 0x10000 && TerminalTextUtils.isCharDoubleWidth((char) codepoint)
                || codepoint >= 0x1F300 && codepoint <= 0x1FAFF || codepoint >= 0x20000 && codepoint <= 0x3FFFD ? 2 : 1;
    }

    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += width(cp);
        }
        return w;
    }
}
