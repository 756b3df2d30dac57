package dev.weft.emulator.golden;

import dev.weft.emulator.CellAttrs;
import dev.weft.emulator.Colors;
import dev.weft.emulator.Line;
import java.util.List;

/**
 * The colours xterm displayed in every cell (NAME.xterm-colors.txt, written by
 * tools/golden/xterm_html.py from xterm's HTML screen dump, CSI 10 i). The dump has resolved
 * RGB colours with inverse applied (but not reverse video); it is used for what xterm's print-screen
 * cannot give: the background of erased cells past the last drawn cell of a row.
 * Lines: {@code ROW C1-C2 fg=#rrggbb bg=#rrggbb CLASSES}.
 */
final class XtermColors {

    /** xterm's default foreground and background (XTerm app-defaults: black on white). */
    static final int DEFAULT_FG = 0x000000;
    static final int DEFAULT_BG = 0xFFFFFF;

    /** xterm's default colours 0-15 (XTerm app-defaults color0..color15). */
    private static final int[] ANSI = {
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    };
    private static final int[] CUBE = {0, 0x5F, 0x87, 0xAF, 0xD7, 0xFF};

    private final int[][] bg;

    private XtermColors(int[][] bg) {
        this.bg = bg;
    }

    /** Cells the dump covers in {@code row} (80, or 132 when xterm switched to 132 columns). */
    int width(int row) {
        return bg[row].length;
    }

    int background(int row, int col) {
        return bg[row][col];
    }

    static XtermColors parse(String file, List<String> lines) {
        int[][] bg = new int[GoldenScreen.ROWS][];
        int[] filled = new int[GoldenScreen.ROWS];
        for (int row = 0; row < GoldenScreen.ROWS; row++) {
            bg[row] = new int[200];
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            try {
                String[] f = line.split(" ");
                int row = Integer.parseInt(f[0]);
                String[] range = f[1].split("-");
                if (!f[3].startsWith("bg=#")) {
                    throw new IllegalArgumentException("expected bg=#rrggbb");
                }
                int colour = Integer.parseInt(f[3].substring(4), 16);
                int from = Integer.parseInt(range[0]);
                int to = Integer.parseInt(range[1]);
                if (from != filled[row]) {
                    throw new IllegalArgumentException("run does not start at column " + filled[row]);
                }
                for (int c = from; c <= to; c++) {
                    bg[row][c] = colour;
                }
                filled[row] = to + 1;
            } catch (RuntimeException e) {
                throw new IllegalStateException("golden/" + file + " line " + (i + 1) + " (\"" + line
                        + "\"): not a colour run (" + e.getMessage() + "); re-run tools/golden/xterm_html.py");
            }
        }
        for (int row = 0; row < GoldenScreen.ROWS; row++) {
            if (filled[row] < GoldenScreen.COLS) {
                throw new IllegalStateException("golden/" + file + ": row " + row + " covers only "
                        + filled[row] + " columns; re-run tools/golden/xterm_html.py");
            }
            bg[row] = java.util.Arrays.copyOf(bg[row], filled[row]);
        }
        return new XtermColors(bg);
    }

    /**
     * The background xterm's dump would give our cell: the cell's background, or its foreground
     * when inverse. The dump ignores reverse video (DECSCNM: checked with xterm 379, a screen with
     * CSI ? 5 h dumps black on white), so the screen mode is not applied here either.
     */
    static int displayedBackground(Line line, int col) {
        boolean inverse = (line.attrs(col) & CellAttrs.INVERSE) != 0;
        int fg = resolve(line.fg(col), DEFAULT_FG);
        int bg = resolve(line.bg(col), DEFAULT_BG);
        return inverse ? fg : bg;
    }

    static int resolve(int colour, int dflt) {
        if (colour == Colors.DEFAULT) {
            return dflt;
        }
        if (Colors.isRgb(colour)) {
            return colour & 0xFFFFFF;
        }
        int i = colour & 0xFF;
        if (i < 16) {
            return ANSI[i];
        }
        if (i < 232) {
            int c = i - 16;
            return CUBE[c / 36] << 16 | CUBE[c / 6 % 6] << 8 | CUBE[c % 6];
        }
        int g = 8 + 10 * (i - 232);
        return g << 16 | g << 8 | g;
    }
}
