package dev.weft.emulator.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One recorded screen: the bytes a real program wrote to an 80x24 PTY (NAME.bin) and what xterm
 * and tmux showed after reading them (files made by tools/golden/expected.sh).
 */
record GoldenScreen(String name, byte[] bytes, List<String> xtermText, XtermAttrs xtermAttrs,
                    XtermColors xtermColors, Cursor xtermCursor, List<String> tmuxText) {

    /**
     * Where xterm's cursor was (0-based, absolute), from its answers to CPR and, when origin mode
     * ({@code originMode}) was on, DECRQSS for the scrolling region (tools/golden/xterm_cursor.py).
     */
    record Cursor(int row, int col, boolean originMode) {
        static Cursor parse(String file, List<String> lines) {
            for (String line : lines) {
                String[] f = line.split(" ");
                if (f[0].equals("xterm") && f.length == 4) {
                    try {
                        return new Cursor(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]) - 1, f[3].equals("1"));
                    } catch (NumberFormatException e) {
                        break;
                    }
                }
            }
            throw new IllegalStateException("golden/" + file + ": no \"xterm ROW COL ORIGIN\" line;"
                    + " re-run tools/golden/expected.sh");
        }
    }

    static final int COLS = 80;
    static final int ROWS = 24;
    private static final String DIR = "/golden/";

    /** Every screen named in golden/screens.txt, in that order. */
    static List<GoldenScreen> all() {
        List<GoldenScreen> screens = new ArrayList<>();
        for (String name : lines("screens.txt")) {
            if (!name.isBlank()) {
                screens.add(load(name.strip()));
            }
        }
        return screens;
    }

    static GoldenScreen load(String name) {
        List<String> xterm = rows(name + ".xterm.txt");
        XtermAttrs attrs = XtermAttrs.parse(name + ".xterm-attrs.txt", lines(name + ".xterm-attrs.txt"));
        XtermColors colors = XtermColors.parse(name + ".xterm-colors.txt", lines(name + ".xterm-colors.txt"));
        Cursor cursor = Cursor.parse(name + ".cursor.txt", lines(name + ".cursor.txt"));
        return new GoldenScreen(name, bytes(name + ".bin"), xterm, attrs, colors, cursor, rows(name + ".tmux.txt"));
    }

    /** A screen file as exactly {@link #ROWS} lines (tmux and the converter write one per row). */
    private static List<String> rows(String file) {
        List<String> rows = lines(file);
        if (rows.size() != ROWS) {
            throw new IllegalStateException(DIR + file + ": expected " + ROWS + " lines, found "
                    + rows.size() + "; re-run tools/golden/expected.sh");
        }
        return rows;
    }

    static List<String> lines(String file) {
        String text = new String(bytes(file), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static byte[] bytes(String file) {
        try (InputStream in = GoldenScreen.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIR + file
                        + "; re-run tools/golden/record.sh and expected.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
