package dev.weft.emulator.golden;

import dev.weft.emulator.CellAttrs;
import dev.weft.emulator.Colors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attributes xterm printed for one screen (NAME.xterm-attrs.txt, written by
 * tools/golden/xterm_print.py from xterm's print-screen). Lines:
 * <pre>
 *   ROW len=N                       cells xterm printed in ROW (it stops at the last drawn cell)
 *   ROW line=dwl|dhl-top|dhl-bottom the row's DEC line size, when not single
 *   ROW C1-C2 fg=F bg=B FLAGS       a run of equal non-plain cells; F, B: default | iN | #rrggbb;
 *                                   FLAGS: "-" or bold,dim,italic,underline,blink,inverse,hidden,strike
 * </pre>
 * Cells not in a run but within {@code len} are plain; cells past {@code len} are unknown.
 */
final class XtermAttrs {

    /** The attribute bits xterm's print-screen reports (it has no overline; it blanks hidden cells). */
    static final int PRINTED_FLAGS = CellAttrs.BOLD | CellAttrs.DIM | CellAttrs.ITALIC
            | CellAttrs.UNDERLINE_MASK | CellAttrs.BLINK | CellAttrs.INVERSE | CellAttrs.STRIKE;

    record Rendition(int fg, int bg, int flags) {
        static final Rendition PLAIN = new Rendition(Colors.DEFAULT, Colors.DEFAULT, 0);

        @Override
        public String toString() {
            return "fg=" + color(fg) + " bg=" + color(bg) + " " + flagNames(flags);
        }
    }

    private final int[] printedLength;
    private final Rendition[][] cells;
    private final Map<Integer, String> lineSizes;

    private XtermAttrs(int[] printedLength, Rendition[][] cells, Map<Integer, String> lineSizes) {
        this.printedLength = printedLength;
        this.cells = cells;
        this.lineSizes = lineSizes;
    }

    /** How many cells of {@code row} xterm printed; attributes past this are unknown. */
    int printedLength(int row) {
        return printedLength[row];
    }

    Rendition at(int row, int col) {
        return cells[row][col];
    }

    Map<Integer, String> lineSizes() {
        return lineSizes;
    }

    static XtermAttrs parse(String file, List<String> lines) {
        int[] length = new int[GoldenScreen.ROWS];
        Arrays.fill(length, -1);
        Rendition[][] cells = new Rendition[GoldenScreen.ROWS][];
        Map<Integer, String> sizes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "golden/" + file + " line " + (i + 1) + " (\"" + line + "\")";
            String[] f = line.split(" ");
            try {
                int row = Integer.parseInt(f[0]);
                if (f[1].startsWith("len=")) {
                    length[row] = Integer.parseInt(f[1].substring(4));
                    cells[row] = new Rendition[length[row]];
                    Arrays.fill(cells[row], Rendition.PLAIN);
                } else if (f[1].startsWith("line=")) {
                    sizes.put(row, f[1].substring(5));
                } else {
                    String[] range = f[1].split("-");
                    Rendition r = new Rendition(color(f[2], "fg="), color(f[3], "bg="), flags(f[4]));
                    for (int c = Integer.parseInt(range[0]); c <= Integer.parseInt(range[1]); c++) {
                        cells[row][c] = r;
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + ": not an attribute line (" + e
                        + "); re-run tools/golden/xterm_print.py");
            }
        }
        for (int row = 0; row < GoldenScreen.ROWS; row++) {
            if (length[row] < 0) {
                throw new IllegalStateException("golden/" + file + ": no len= line for row " + row
                        + "; re-run tools/golden/xterm_print.py");
            }
        }
        return new XtermAttrs(length, cells, sizes);
    }

    private static int color(String field, String prefix) {
        if (!field.startsWith(prefix)) {
            throw new IllegalArgumentException("expected " + prefix);
        }
        String v = field.substring(prefix.length());
        if (v.equals("default")) {
            return Colors.DEFAULT;
        }
        if (v.startsWith("i")) {
            return Colors.indexed(Integer.parseInt(v.substring(1)));
        }
        if (v.startsWith("#")) {
            return Colors.RGB | Integer.parseInt(v.substring(1), 16);
        }
        throw new IllegalArgumentException("bad colour " + v);
    }

    private static final String[] FLAG_NAMES =
            {"bold", "dim", "italic", "underline", "blink", "inverse", "hidden", "strike"};
    private static final int[] FLAG_BITS = {CellAttrs.BOLD, CellAttrs.DIM, CellAttrs.ITALIC,
            1 << CellAttrs.UNDERLINE_SHIFT, CellAttrs.BLINK, CellAttrs.INVERSE, CellAttrs.HIDDEN,
            CellAttrs.STRIKE};

    private static int flags(String field) {
        int bits = 0;
        if (field.equals("-")) {
            return 0;
        }
        for (String name : field.split(",")) {
            int i = Arrays.asList(FLAG_NAMES).indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("unknown flag " + name);
            }
            bits |= FLAG_BITS[i];
        }
        return bits;
    }

    /** Our attribute bits as xterm would print them: any underline style is "underline". */
    static int asPrinted(int attrs) {
        int bits = attrs & PRINTED_FLAGS & ~CellAttrs.UNDERLINE_MASK;
        if (CellAttrs.underline(attrs) != 0) {
            bits |= 1 << CellAttrs.UNDERLINE_SHIFT;
        }
        return bits;
    }

    static String color(int c) {
        if (c == Colors.DEFAULT) {
            return "default";
        }
        if (Colors.isRgb(c)) {
            return String.format("#%06x", c & 0xFFFFFF);
        }
        if (Colors.isIndexed(c)) {
            return "i" + (c & 0xFF);
        }
        return String.format("?%x", c);
    }

    static String flagNames(int bits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((bits & FLAG_BITS[i]) != 0) {
                sb.append(sb.length() == 0 ? "" : ",").append(FLAG_NAMES[i]);
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }
}
