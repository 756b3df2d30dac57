package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copy mode's model over plain lines: movement, words, selections and their text, paging, the position indicator. */
class CopyModeTest {
    /** Lines as text: history first, then the screen's {@code rows}; a trailing '\' marks a wrapped row. */
    static CopyLines lines(int cols, int rows, List<String> all) {
        List<Pdu.StyledLine> styled = new ArrayList<>();
        for (String s : all) {
            boolean wrapped = s.endsWith("\\");
            String text = wrapped ? s.substring(0, s.length() - 1) : s;
            List<String> cells = new ArrayList<>();
            text.codePoints().forEach(cp -> cells.add(new String(Character.toChars(cp))));
            styled.add(new Pdu.StyledLine(wrapped, List.of(new Pdu.StyledRun(0, 0, 0, 0, cells))));
        }
        long history = all.size() - rows;
        return new CopyLines() {
            @Override public int cols() { return cols; }
            @Override public int rows() { return rows; }
            @Override public long historySize() { return history; }
            @Override public Pdu.StyledLine line(long y) {
                long i = y + history;
                return i >= 0 && i < styled.size() ? styled.get((int) i) : null;
            }
        };
    }

    /** 100 history lines "line 000".."line 099" and a screen of 10 rows "line 100".."line 109". */
    static CopyLines numbered() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            all.add(String.format("line %03d", i));
        }
        return lines(40, 10, all);
    }

    @Test
    void startsAtTheBottomWithThePanesCursorAndShowsTmuxsPositionIndicator() {
        CopyMode m = new CopyMode(numbered(), true, 9, 3);
        assertThat(m.oy()).isZero();
        assertThat(m.cy()).isEqualTo(9);
        assertThat(m.cx()).isEqualTo(3);
        assertThat(m.position()).isEqualTo("[0/100]");
        m.scrollUp(5);
        assertThat(m.position()).isEqualTo("[5/100]");
        assertThat(m.lineAt(0)).isEqualTo(-5);
        m.togglePosition();
        assertThat(m.position()).isNull();
    }

    @Test
    void cursorMovesScrollAtTheEdgesAndStopAtTheEnds() {
        CopyMode m = new CopyMode(numbered(), true, 0, 0);
        m.cursorUp();
        assertThat(m.oy()).isEqualTo(1);
        assertThat(m.cy()).isZero();
        assertThat(m.cursorLine()).isEqualTo(-1);
        m.historyTop();
        assertThat(m.oy()).isEqualTo(100);
        m.cursorUp();
        assertThat(m.oy()).isEqualTo(100);
        assertThat(m.cursorLine()).isEqualTo(-100);
        m.historyBottom();
        assertThat(m.oy()).isZero();
        assertThat(m.cy()).isEqualTo(9);
        assertThat(m.cx()).isEqualTo(8); // after "line 109"
        m.cursorDown();
        assertThat(m.cy()).isEqualTo(9);
    }

    @Test
    void leftAndRightWrapBetweenLinesAsTmux() {
        CopyMode m = new CopyMode(numbered(), false, 5, 0);
        m.cursorLeft();
        assertThat(m.cy()).isEqualTo(4);
        assertThat(m.cx()).isEqualTo(8);
        m.cursorRight();
        assertThat(m.cy()).isEqualTo(5);
        assertThat(m.cx()).isZero();
    }

    @Test
    void pagesByTheHeightLessTwoAndHalfPages() {
        CopyMode m = new CopyMode(numbered(), true, 9, 0);
        m.pageUp(false);
        assertThat(m.oy()).isEqualTo(8);
        m.pageUp(true);
        assertThat(m.oy()).isEqualTo(13);
        assertThat(m.pageDown(false)).isFalse();
        assertThat(m.oy()).isEqualTo(5);
        assertThat(m.pageDown(false)).as("at the bottom").isTrue();
        assertThat(m.oy()).isZero();
        m.gotoLine(42);
        assertThat(m.oy()).isEqualTo(42);
        m.gotoLine(1000);
        assertThat(m.oy()).isEqualTo(100);
    }

    @Test
    void verticalMovesKeepTheWantedColumnAndEndOfLineSticks() {
        CopyMode m = new CopyMode(lines(40, 3, List.of("a long line here", "short", "another long line")), false, 0, 12);
        m.cursorDown();
        assertThat(m.cx()).isEqualTo(5);
        m.cursorDown();
        assertThat(m.cx()).isEqualTo(12);
        m.endOfLine();
        m.cursorUp();
        assertThat(m.cx()).isEqualTo(5);
        m.cursorUp();
        assertThat(m.cx()).isEqualTo(16);
    }

    @Test
    void wordMotionsFollowTmuxsSeparators() {
        CopyMode vi = new CopyMode(lines(40, 2, List.of("foo.bar  baz-qux", "next line")), true, 0, 0);
        vi.nextWord(CopyPane.WORD_SEPARATORS);
        assertThat(vi.cx()).isEqualTo(3); // the separator "."
        vi.nextWord(CopyPane.WORD_SEPARATORS);
        assertThat(vi.cx()).isEqualTo(4); // "bar"
        vi.nextWord(CopyPane.WORD_SEPARATORS);
        assertThat(vi.cx()).isEqualTo(9); // "baz"
        vi.nextWordEnd(CopyPane.WORD_SEPARATORS);
        assertThat(vi.cx()).isEqualTo(11); // on the z
        vi.nextWord(CopyPane.WORD_SEPARATORS);
        vi.nextWord(CopyPane.WORD_SEPARATORS);
        vi.nextWord(CopyPane.WORD_SEPARATORS);
        assertThat(vi.cursorLine()).isEqualTo(1);
        assertThat(vi.cx()).isZero(); // "next", across the line break
        vi.previousWord(CopyPane.WORD_SEPARATORS);
        assertThat(vi.cursorLine()).isZero();
        assertThat(vi.cx()).isEqualTo(13); // "qux"

        CopyMode spaces = new CopyMode(lines(40, 1, List.of("foo.bar  baz-qux")), true, 0, 0);
        spaces.nextWord(CopyPane.SPACE_ONLY);
        assertThat(spaces.cx()).isEqualTo(9);
        spaces.nextWordEnd(CopyPane.SPACE_ONLY);
        assertThat(spaces.cx()).isEqualTo(15);
        spaces.previousWord(CopyPane.SPACE_ONLY);
        assertThat(spaces.cx()).isEqualTo(9);

        CopyMode emacs = new CopyMode(lines(40, 1, List.of("foo bar")), false, 0, 0);
        emacs.nextWordEnd(CopyPane.WORD_SEPARATORS);
        assertThat(emacs.cx()).as("emacs M-f lands after the word").isEqualTo(3);
    }

    @Test
    void viSelectionTakesTheCursorCellAndTrimsTrailingBlanks() {
        CopyMode m = new CopyMode(numbered(), true, 9, 0);
        m.startOfLine();
        m.beginSelection();
        m.endOfLine();
        // past the end of the line's text in vi: tmux keeps the newline
        assertThat(CopyText.of(m.lines(), m.selection())).isEqualTo("line 109\n");
        m.cursorLeft();
        assertThat(CopyText.of(m.lines(), m.selection())).as("on the last character").isEqualTo("line 109");
        m.endOfLine();
        m.cursorUp();
        m.startOfLine();
        // the anchor's cell is in it too, as tmux's vi selection
        assertThat(CopyText.of(m.lines(), m.selection())).isEqualTo("line 108\nl");
    }

    @Test
    void emacsSelectionEndsBeforeTheCursor() {
        CopyMode m = new CopyMode(numbered(), false, 9, 0);
        m.beginSelection();
        m.cursorRight();
        m.cursorRight();
        m.cursorRight();
        m.cursorRight();
        assertThat(CopyText.of(m.lines(), m.selection())).isEqualTo("line");
        m.clearSelection();
        assertThat(m.selection()).isNull();
    }

    @Test
    void aWrappedRowJoinsTheNextWithoutANewline() {
        CopyLines l = lines(10, 3, List.of("0123456789\\", "abc", "last"));
        CopyMode m = new CopyMode(l, true, 0, 0);
        m.beginSelection();
        m.cursorDown();
        m.cursorDown();
        m.endOfLine();
        assertThat(CopyText.of(l, m.selection())).isEqualTo("0123456789abc\nlast\n");
    }

    @Test
    void lineSelectionTakesWholeLinesAndRectangleTheSameColumns() {
        CopyLines l = lines(40, 3, List.of("alpha beta", "gamma delta", "epsilon zeta"));
        CopyMode lines = new CopyMode(l, true, 0, 3);
        lines.selectLine();
        lines.cursorDown();
        assertThat(CopyText.of(l, lines.selection())).isEqualTo("alpha beta\ngamma delta\n");

        CopyMode rect = new CopyMode(l, true, 0, 1);
        rect.beginSelection();
        rect.rectangle(true);
        rect.cursorDown();
        rect.cursorDown();
        rect.cursorRight();
        rect.cursorRight();
        assertThat(rect.selection().kind()).isEqualTo(CopyMode.Kind.RECT);
        assertThat(CopyText.of(l, rect.selection())).isEqualTo("lph\namm\npsi");
        rect.otherEnd();
        assertThat(rect.cursorLine()).isZero();
        assertThat(rect.cx()).isEqualTo(1);
        assertThat(CopyText.of(l, rect.selection())).isEqualTo("lph\namm\npsi");
    }

    @Test
    void selectWordAndJumpsAndTheMark() {
        CopyLines l = lines(40, 1, List.of("say hello-world now"));
        CopyMode m = new CopyMode(l, true, 0, 6);
        m.selectWord(CopyPane.WORD_SEPARATORS);
        assertThat(CopyText.of(l, m.selection())).isEqualTo("hello");
        assertThat(m.cursorWord(CopyPane.WORD_SEPARATORS)).isEqualTo("hello");
        m.clearSelection();
        m.startOfLine();
        m.jump('f', "o");
        assertThat(m.cx()).isEqualTo(8);
        m.jumpAgain(false);
        assertThat(m.cx()).isEqualTo(11);
        m.jumpAgain(true);
        assertThat(m.cx()).isEqualTo(8);
        m.jump('t', "n");
        assertThat(m.cx()).isEqualTo(15);
        m.setMark();
        m.startOfLine();
        m.jumpToMark();
        assertThat(m.cx()).isEqualTo(15);
        m.jumpToMark();
        assertThat(m.cx()).isZero();
    }

    @Test
    void moveToCentresALineThatIsNotShownAndParagraphsStopAtBlankLines() {
        CopyMode m = new CopyMode(numbered(), true, 9, 0);
        m.moveTo(-58, 5); // "line 042"
        assertThat(m.cursorLine()).isEqualTo(-58);
        assertThat(m.cy()).isEqualTo(5);
        assertThat(m.oy()).isEqualTo(63);

        CopyLines l = lines(40, 6, List.of("a", "b", "", "c", "d", ""));
        CopyMode p = new CopyMode(l, true, 0, 0);
        p.nextParagraph();
        assertThat(p.cursorLine()).isEqualTo(2);
        p.nextParagraph();
        assertThat(p.cursorLine()).isEqualTo(5);
        p.previousParagraph();
        assertThat(p.cursorLine()).isEqualTo(2);
    }

    @Test
    void matchingBracketsCountNestingAcrossLines() {
        CopyLines l = lines(40, 3, List.of("f(a, (b)) {", "  x[1];", "}"));
        CopyMode m = new CopyMode(l, true, 0, 0);
        m.matchingBracket(true); // not on one: the next on the line, "(", then its match
        assertThat(m.cursorLine()).isZero();
        assertThat(m.cx()).isEqualTo(8);
        m.matchingBracket(true);
        assertThat(m.cx()).as("from the closing one back to its opening").isEqualTo(1);
        m.moveTo(0, 10);
        m.matchingBracket(true);
        assertThat(m.cursorLine()).isEqualTo(2);
        assertThat(m.cx()).isZero();
        m.matchingBracket(false);
        assertThat(m.cursorLine()).isZero();
        assertThat(m.cx()).isEqualTo(10);
    }
}
