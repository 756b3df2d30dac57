package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Resize with reflow: whole screens before and after. */
class ResizeReflowTest {

    @Test
    void narrowingWrapsLongLinesAndPushesIntoScrollback() {
        Screens s = new Screens(10, 3).feed("0123456789abc\r\n$ ");
        s.rows("0123456789", "abc", "$").cursor(2, 2);
        s.term.resize(5, 3);
        s.rows("56789", "abc", "$").cursor(2, 2);
        assertThat(s.scrollback()).containsExactly("01234");
        assertThat(s.term.scrollbackLine(0).wrapped()).isTrue();
        assertThat(s.term.line(0).wrapped()).isTrue();
        assertThat(s.term.line(1).wrapped()).isFalse();
    }

    @Test
    void wideningJoinsWrappedLinesBackFromScrollback() {
        Screens s = new Screens(10, 3).feed("0123456789abc\r\n$ ");
        s.term.resize(5, 3);
        s.term.resize(20, 3);
        s.rows("0123456789abc", "$", "").cursor(1, 2);
        assertThat(s.scrollback()).isEmpty();
        assertThat(s.term.line(0).wrapped()).isFalse();
    }

    @Test
    void cursorInsideAWrappedLineFollowsItsCharacter() {
        Screens s = new Screens(6, 3).feed("abcdefghij\033[2;2H");
        s.rows("abcdef", "ghij", "").cursor(1, 1); // on 'h'
        s.term.resize(4, 4);
        s.rows("abcd", "efgh", "ij", "").cursor(1, 3); // still on 'h'
        s.term.resize(12, 4);
        s.rows("abcdefghij", "", "", "").cursor(0, 7);
    }

    @Test
    void pendingWrapSurvivesResizeAsThePhantomColumn() {
        Screens s = new Screens(5, 2).feed("abcde");
        assertThat(s.term.cursorPendingWrap()).isTrue();
        s.term.resize(8, 2);
        s.rows("abcde", "").cursor(0, 5);
        assertThat(s.term.cursorPendingWrap()).isFalse();
        s.feed("f").rows("abcdef", "");
    }

    @Test
    void wideCharactersAreNotSplitByReflow() {
        Screens s = new Screens(6, 2).feed("ab中文x");
        s.rows("ab中文", "x");
        s.term.resize(5, 3);
        s.rows("ab中", "文x", "");
        assertThat(s.term.line(1).width(0)).isEqualTo(2);
        s.term.resize(10, 3);
        s.rows("ab中文x", "", "");
    }

    @Test
    void shrinkingDropsBlankRowsBelowTheCursorBeforeScrolling() {
        Screens s = new Screens(10, 6).feed("top\r\nmid");
        s.term.resize(10, 3);
        s.rows("top", "mid", "").cursor(1, 3);
        assertThat(s.scrollback()).isEmpty();
    }

    @Test
    void alternateScreenIsCutNotReflowedAndMainReflowsBehindIt() {
        Screens s = new Screens(6, 3).feed("abcdefgh\033[?1049h\033[Hfull");
        s.term.resize(3, 3);
        s.rows("ful", "", "");
        s.feed("\033[?1049l");
        s.rows("abc", "def", "gh");
    }

    @Test
    void changeTrackingMarksEveryRowAfterResize() {
        Screens s = new Screens(5, 2).feed("x");
        long before = s.term.seq();
        s.term.resize(6, 3);
        assertThat(s.term.seq()).isGreaterThan(before);
        for (int r = 0; r < 3; r++) {
            assertThat(s.term.rowSeq(r)).isEqualTo(s.term.seq());
        }
    }
}
