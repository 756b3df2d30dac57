package dev.weft.emulator.golden;

import dev.weft.emulator.CellAttrs;
import dev.weft.emulator.Line;
import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import java.util.Optional;

/**
 * Feeds a golden screen's bytes to our {@link Terminal} and compares the result with what
 * xterm printed: every row's text, and the colours and attributes of every cell xterm printed.
 *
 * <p>Our screen is read the way xterm's print-screen writes its own: a concealed (SGR 8) cell
 * is a blank and its HIDDEN bit is not compared, because xterm prints concealed cells as blanks
 * without the attribute; overline is not compared because xterm's print has no code for it;
 * cells past the last one xterm printed in a row have no known attributes. Nothing else is relaxed.
 */
final class XtermComparison {

    private XtermComparison() {}

    /** The screen after feeding all of {@code screen}'s bytes to a fresh 80x24 terminal. */
    static Terminal replay(GoldenScreen screen) {
        Terminal t = new Terminal(GoldenScreen.COLS, GoldenScreen.ROWS, 1000, TerminalListener.NONE);
        byte[] b = screen.bytes();
        t.feed(b, 0, b.length);
        return t;
    }

    /** The first difference from xterm (row order; text before attributes), or empty if none. */
    static Optional<String> firstDifference(GoldenScreen screen, Terminal t) {
        for (int row = 0; row < GoldenScreen.ROWS; row++) {
            Line line = t.line(row);
            String ours = textAsXtermPrints(line);
            String xterm = screen.xtermText().get(row);
            if (!ours.equals(xterm)) {
                return Optional.of("row " + row + " text: xterm \"" + clip(xterm) + "\", weft \"" + clip(ours) + "\"");
            }
            XtermAttrs attrs = screen.xtermAttrs();
            int printed = Math.min(attrs.printedLength(row), line.cols());
            for (int col = 0; col < printed; col++) {
                XtermAttrs.Rendition expected = attrs.at(row, col);
                XtermAttrs.Rendition actual = new XtermAttrs.Rendition(
                        line.fg(col), line.bg(col), XtermAttrs.asPrinted(line.attrs(col)));
                if (!expected.equals(actual)) {
                    return Optional.of("row " + row + " col " + col + " attributes: xterm " + expected
                            + ", weft " + actual);
                }
            }
        }
        return Optional.empty();
    }

    /** {@link Line#plainText()}, except that concealed cells read as blanks, as xterm prints them. */
    static String textAsXtermPrints(Line line) {
        boolean concealed = false;
        for (int col = 0; col < line.cols(); col++) {
            concealed |= (line.attrs(col) & CellAttrs.HIDDEN) != 0;
        }
        if (!concealed) {
            return line.plainText();
        }
        StringBuilder sb = new StringBuilder();
        for (int col = 0; col < line.cols(); col++) {
            if (line.width(col) == 0) {
                continue;
            }
            sb.append((line.attrs(col) & CellAttrs.HIDDEN) != 0 ? " ".repeat(line.width(col)) : line.text(col));
        }
        return sb.toString().stripTrailing();
    }

    static String clip(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
