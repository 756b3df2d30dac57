package dev.weft.tui;

/**
 * tmux's 5x5 font for the clock and the pane numbers ({@code window_clock_table} in tmux's
 * window-clock.c): digits, ':', 'A', 'P', 'M'. A character takes 5 columns plus one of space.
 */
final class BigDigits {
    static final int HEIGHT = 5;
    /** Columns per character including the gap after it. */
    static final int ADVANCE = 6;

    private static final String[][] FONT = {
        {"#####", "#   #", "#   #", "#   #", "#####"}, // 0
        {"    #", "    #", "    #", "    #", "    #"}, // 1
        {"#####", "    #", "#####", "#    ", "#####"}, // 2
        {"#####", "    #", "#####", "    #", "#####"}, // 3
        {"#   #", "#   #", "#####", "    #", "    #"}, // 4
        {"#####", "#    ", "#####", "    #", "#####"}, // 5
        {"#####", "#    ", "#####", "#   #", "#####"}, // 6
        {"#####", "    #", "    #", "    #", "    #"}, // 7
        {"#####", "#   #", "#####", "#   #", "#####"}, // 8
        {"#####", "#   #", "#####", "    #", "#####"}, // 9
        {"     ", "  #  ", "     ", "  #  ", "     "}, // :
        {"#####", "#   #", "#####", "#   #", "#   #"}, // A
        {"#####", "#   #", "#####", "#    ", "#    "}, // P
        {"#   #", "## ##", "# # #", "#   #", "#   #"}, // M
    };

    private BigDigits() {}

    /** Whether pixel (col, row) of character {@code c} is set; false for characters without a glyph. */
    static boolean lit(char c, int col, int row) {
        int index = switch (c) {
            case ':' -> 10;
            case 'A' -> 11;
            case 'P' -> 12;
            case 'M' -> 13;
            default -> c >= '0' && c <= '9' ? c - '0' : -1;
        };
        return index >= 0 && row >= 0 && row < HEIGHT && col >= 0 && col < 5
                && FONT[index][row].charAt(col) == '#';
    }

    /** Whether {@code text} drawn large fits in cols x rows (tmux's test). */
    static boolean fits(String text, int cols, int rows) {
        return cols >= text.length() * ADVANCE && rows >= HEIGHT;
    }
}
