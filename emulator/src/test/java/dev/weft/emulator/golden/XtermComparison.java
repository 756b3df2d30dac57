package dev.weft.emulator.golden;

import dev.weft.emulator.CellAttrs;
import dev.weft.emulator.Line;
import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Feeds a golden screen's bytes to our {@link Terminal} and compares the result with what
 * xterm printed: every row's text, and the colours and attributes of every cell xterm printed.
 *
 * <p>Our screen is read the way xterm's print-screen writes its own: a concealed (SGR 8) cell
 * is a blank and its HIDDEN bit is not compared, because xterm prints concealed cells as blanks
 * without the attribute; overline is not compared because xterm's print has no code for it;
 * cells past the last one xterm printed in a row have no attributes in the print, so for those
 * only the displayed background is checked, against xterm's HTML dump. The cursor position is
 * compared with xterm's answer to CPR. Nothing else is relaxed.
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

    /** One way our screen differs from xterm's: a row's text, or one printed cell's attributes. */
    record Difference(Kind kind, int row, int col, String text, String xtermText, String describe,
                      XtermAttrs.Rendition xterm, XtermAttrs.Rendition weft) {
        enum Kind { TEXT, ATTRIBUTES, BACKGROUND, CURSOR }

        boolean isText() {
            return kind == Kind.TEXT;
        }

        /** A text difference that disappears when the '*' marks are blanked (vttest marks the cursor with '*'). */
        boolean isSameTextApartFromStars() {
            return isText() && text.replace('*', ' ').stripTrailing().equals(xtermText.replace('*', ' ').stripTrailing());
        }

        /** A text difference that is only U+00A0 in weft where xterm has a blank. */
        boolean isNoBreakSpaceForBlank() {
            return isText() && text.replace('\u00a0', ' ').stripTrailing().equals(xtermText);
        }

        /** A text difference that disappears when both sides are NFC-normalised (precomposed). */
        boolean isSameTextComposed() {
            return isText() && java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                    .equals(java.text.Normalizer.normalize(xtermText, java.text.Normalizer.Form.NFC));
        }

        @Override
        public String toString() {
            return describe;
        }
    }

    /** The first difference from xterm (row order; text before attributes), or empty if none. */
    static Optional<Difference> firstDifference(GoldenScreen screen, Terminal t) {
        List<Difference> all = differences(screen, t);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every difference from xterm: per row, the text if it differs (then the row's attributes are
     * not compared, the cells being shifted), else each printed cell whose attributes differ.
     */
    static List<Difference> differences(GoldenScreen screen, Terminal t) {
        List<Difference> out = new ArrayList<>();
        XtermAttrs attrs = screen.xtermAttrs();
        for (int row = 0; row < GoldenScreen.ROWS; row++) {
            Line line = t.line(row);
            String ours = textAsXtermPrints(line);
            String xterm = screen.xtermText().get(row);
            if (!ours.equals(xterm)) {
                out.add(new Difference(Difference.Kind.TEXT, row, -1, ours, xterm, "row " + row + " text: xterm \"" + clip(xterm)
                        + "\", weft \"" + clip(ours) + "\"", null, null));
                continue;
            }
            int printed = Math.min(attrs.printedLength(row), line.cols());
            for (int col = 0; col < printed; col++) {
                XtermAttrs.Rendition expected = attrs.at(row, col);
                XtermAttrs.Rendition actual = new XtermAttrs.Rendition(
                        line.fg(col), line.bg(col), XtermAttrs.asPrinted(line.attrs(col)));
                if (!expected.equals(actual)) {
                    out.add(new Difference(Difference.Kind.ATTRIBUTES, row, col, line.text(col), null, "row " + row + " col " + col
                            + " attributes: xterm " + expected + ", weft " + actual, expected, actual));
                }
            }
            // The print has no colours past the last drawn cell; xterm's HTML dump has the
            // displayed background of every cell. Blinking cells are skipped: the dump draws
            // them in colours of its own.
            int width = Math.min(screen.xtermColors().width(row), line.cols());
            for (int col = 0; col < width; col++) {
                if ((line.attrs(col) & CellAttrs.BLINK) != 0) {
                    continue;
                }
                int expected = screen.xtermColors().background(row, col);
                int actual = XtermColors.displayedBackground(line, col);
                if (expected != actual) {
                    out.add(new Difference(Difference.Kind.BACKGROUND, row, col, line.text(col), null,
                            String.format("row %d col %d displayed background: xterm #%06x, weft #%06x"
                                    + " (bg=%s fg=%s %s)", row, col, expected, actual,
                                    XtermAttrs.color(line.bg(col)), XtermAttrs.color(line.fg(col)),
                                    XtermAttrs.flagNames(line.attrs(col))), null, null));
                    break; // one per row is enough to locate it
                }
            }
        }
        GoldenScreen.Cursor c = screen.xtermCursor();
        if (c.row() != t.cursorRow() || c.col() != t.cursorCol()) {
            out.add(new Difference(Difference.Kind.CURSOR, c.row(), -1, null, null, String.format(
                    "cursor: xterm row %d col %d, weft row %d col %d", c.row(), c.col(), t.cursorRow(),
                    t.cursorCol()), null, null));
        }
        return out;
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
