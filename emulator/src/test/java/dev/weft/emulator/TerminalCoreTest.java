package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-screen assertions: bytes in, every row and the cursor out. */
class TerminalCoreTest {

    @Test
    void textAndNewlines() {
        new Screens(10, 3).feed("hello\r\nworld")
                .rows("hello", "world", "").cursor(1, 5);
    }

    @Test
    void autowrapWithPendingWrap() {
        Screens s = new Screens(5, 3).feed("abcde");
        s.rows("abcde", "", "").cursor(0, 4);
        assertThat(s.term.cursorPendingWrap()).isTrue();
        s.feed("f").rows("abcde", "f", "").cursor(1, 1);
        assertThat(s.term.line(0).wrapped()).isTrue();
        assertThat(s.term.line(1).wrapped()).isFalse();
    }

    @Test
    void backspaceAfterPendingWrapGoesToColumnNMinusOne() {
        new Screens(5, 2).feed("abcde\bX").rows("abcXe", "").cursor(0, 4);
    }

    @Test
    void noAutowrapOverwritesLastColumn() {
        new Screens(5, 2).feed("\033[?7labcdefg").rows("abcdg", "").cursor(0, 4);
    }

    @Test
    void scrollingFeedsScrollback() {
        Screens s = new Screens(10, 3).feed("1\r\n2\r\n3\r\n4\r\n5");
        s.rows("3", "4", "5").cursor(2, 1);
        assertThat(s.scrollback()).containsExactly("1", "2");
        assertThat(s.term.scrollbackPushedTotal()).isEqualTo(2);
    }

    @Test
    void scrollbackRangesAndScreenSnapshot() {
        Screens s = new Screens(10, 2).feed("a\r\nb\r\nc\r\nd");
        assertThat(s.term.scrollbackLines(0, 2)).extracting(Line::plainText).containsExactly("a", "b");
        assertThat(s.term.scrollbackLines(1, 2)).extracting(Line::plainText).containsExactly("b");
        assertThat(s.term.screen()).extracting(Line::plainText).containsExactly("c", "d");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.term.scrollbackLines(1, 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
        // Lines are immutable copies: later output does not change a line already taken.
        Line before = s.term.line(1);
        s.feed("\rX");
        assertThat(before.plainText()).isEqualTo("d");
        assertThat(s.term.line(1).plainText()).isEqualTo("X");
    }

    @Test
    void scrollbackRingKeepsTheNewestUpToItsLimit() {
        Screens s = new Screens(10, 2, 3);
        for (int i = 0; i < 10; i++) {
            s.feed(i + "\r\n");
        }
        assertThat(s.scrollback()).containsExactly("6", "7", "8");
        assertThat(s.term.scrollbackPushedTotal()).isEqualTo(9);
    }

    @Test
    void cursorMovement() {
        Screens s = new Screens(10, 5);
        s.feed("\033[3;4H").cursor(2, 3);
        s.feed("\033[A").cursor(1, 3);
        s.feed("\033[2B").cursor(3, 3);
        s.feed("\033[5C").cursor(3, 8);
        s.feed("\033[99C").cursor(3, 9);
        s.feed("\033[3D").cursor(3, 6);
        s.feed("\033[G").cursor(3, 0);
        s.feed("\033[5d").cursor(4, 0);
        s.feed("\033[2F").cursor(2, 0);
        s.feed("\033[4`").cursor(2, 3);
        s.feed("\033[2a").cursor(2, 5);
        s.feed("\033[e").cursor(3, 5);
        s.feed("\033[E").cursor(4, 0);
        s.feed("\033[9;9f").cursor(4, 8);
        s.feed("\033[H").cursor(0, 0);
    }

    @Test
    void eraseInDisplayAndLine() {
        Screens s = new Screens(5, 3).feed("aaaaa\r\nbbbbb\r\nccccc");
        s.feed("\033[2;3H\033[K").rows("aaaaa", "bb", "ccccc");
        s.feed("\033[1K").rows("aaaaa", "", "ccccc");
        s.feed("\033[1;2H\033[1J").rows("  aaa", "", "ccccc");
        s.feed("\033[J").rows("", "", "");
        s.feed("xyz\033[2J").rows("", "", "").cursor(0, 4);
    }

    @Test
    void insertDeleteEraseCharacters() {
        Screens s = new Screens(8, 1).feed("abcdefgh\033[1;3H");
        s.feed("\033[2@").rows("ab  cdef");
        s.feed("\033[3P").rows("abdef");
        s.feed("\033[2X").rows("ab  f");
    }

    @Test
    void insertAndDeleteLinesInsideScrollRegion() {
        Screens s = new Screens(3, 5).feed("1\r\n2\r\n3\r\n4\r\n5");
        s.feed("\033[2;4r\033[2;1H\033[L").rows("1", "", "2", "3", "5").cursor(1, 0);
        s.feed("\033[2M").rows("1", "3", "", "", "5");
    }

    @Test
    void scrollRegionScrollsOnlyItsRows() {
        Screens s = new Screens(3, 4).feed("a\r\nb\r\nc\r\nd");
        s.feed("\033[2;3r\033[3;1H\nX").rows("a", "c", "X", "d");
        assertThat(s.scrollback()).isEmpty();
        s.feed("\033[2;1H\033M").rows("a", "", "c", "d");
        s.feed("\033[S").rows("a", "c", "", "d");
        s.feed("\033[T").rows("a", "", "c", "d");
    }

    @Test
    void indexNextLineReverseIndex() {
        Screens s = new Screens(4, 3).feed("ab\033Dc").rows("ab", "  c", "");
        s.feed("\033Ed").rows("ab", "  c", "d").cursor(2, 1);
        s.feed("\033[H\033M").rows("", "ab", "  c");
    }

    @Test
    void tabStops() {
        Screens s = new Screens(20, 1).feed("\tx").cursor(0, 9);
        s.feed("\033[1;4H\033H\033[1;1H\ty").rows("   y    x");
        s.feed("\033[3g\033[1;1H\tz").rows("   y    x          z");
        s.feed("\033[1;10H\033[Z").cursor(0, 0);
    }

    @Test
    void sgrColoursAndAttributes() {
        Screens s = new Screens(20, 1).feed(
                "\033[1;3;4:3;31;42ma\033[0;38;5;200;48:2::1:2:3;58;2;9;8;7mb\033[0;93;104;21;9;53mc\033[mD");
        Line l = s.term.line(0);
        assertThat(l.attrs(0)).isEqualTo(CellAttrs.BOLD | CellAttrs.ITALIC | 3 << CellAttrs.UNDERLINE_SHIFT);
        assertThat(l.fg(0)).isEqualTo(Colors.indexed(1));
        assertThat(l.bg(0)).isEqualTo(Colors.indexed(2));
        assertThat(l.fg(1)).isEqualTo(Colors.indexed(200));
        assertThat(l.bg(1)).isEqualTo(Colors.rgb(1, 2, 3));
        assertThat(l.underlineColor(1)).isEqualTo(Colors.rgb(9, 8, 7));
        assertThat(l.fg(2)).isEqualTo(Colors.indexed(11));
        assertThat(l.bg(2)).isEqualTo(Colors.indexed(12));
        assertThat(CellAttrs.underline(l.attrs(2))).isEqualTo(2);
        assertThat(l.attrs(2) & (CellAttrs.STRIKE | CellAttrs.OVERLINE)).isEqualTo(CellAttrs.STRIKE | CellAttrs.OVERLINE);
        assertThat(l.attrs(3)).isZero();
        assertThat(l.fg(3)).isZero();
        assertThat(l.plainText()).isEqualTo("abcD");
    }

    @Test
    void eraseUsesCurrentBackground() {
        Screens s = new Screens(4, 1).feed("ab\033[44m\033[K");
        assertThat(s.term.line(0).bg(3)).isEqualTo(Colors.indexed(4));
        assertThat(s.term.line(0).bg(0)).isZero();
    }

    @Test
    void saveAndRestoreCursor() {
        new Screens(10, 3).feed("\033[2;3H\033[31m\0337\033[H\033[m\0338x")
                .rows("", "  x", "").cursor(1, 3);
        Screens s = new Screens(10, 3).feed("\033[2;3H\033[s\033[H\033[ux");
        s.rows("", "  x", "");
    }

    @Test
    void alternateScreen1049() {
        Screens s = new Screens(10, 3).feed("main\r\nline");
        s.feed("\033[?1049h").rows("", "", "").cursor(1, 4);
        assertThat(s.term.modes().altScreen()).isTrue();
        s.feed("\033[Hvim").rows("vim", "", "");
        s.feed("\033[?1049l").rows("main", "line", "").cursor(1, 4);
        assertThat(s.term.modes().altScreen()).isFalse();
        assertThat(s.events).contains("modes");
    }

    @Test
    void alternateScreenHasNoScrollback() {
        Screens s = new Screens(5, 2).feed("\033[?1049h1\r\n2\r\n3\r\n");
        assertThat(s.term.scrollbackSize()).isZero();
        s.feed("\033[?1049l");
        new Screens(5, 2).feed("\033[?47hx\033[?47l").rows("", "");
    }

    @Test
    void wideCharacters() {
        Screens s = new Screens(5, 2).feed("a中b");
        s.rows("a中b", "").cursor(0, 4);
        Line l = s.term.line(0);
        assertThat(l.width(1)).isEqualTo(2);
        assertThat(l.width(2)).isZero();
        assertThat(l.text(2)).isEmpty();
        s.feed("文").rows("a中b", "文").cursor(1, 2);
        assertThat(s.term.line(0).wrapped()).isTrue();
        s.feed("\033[1;3Hx").rows("a xb", "文");
    }

    @Test
    void combiningMarksJoinThePreviousCell() {
        Screens s = new Screens(5, 1).feed("e\u0301x");
        assertThat(s.term.line(0).text(0)).isEqualTo("e\u0301");
        assertThat(s.term.line(0).text(1)).isEqualTo("x");
        s.cursor(0, 2);
    }

    @Test
    void invalidUtf8BecomesReplacementCharacter() {
        Screens s = new Screens(10, 1).feedBytes(new byte[] {'a', (byte) 0xC3, 'b', (byte) 0xFF, (byte) 0xE4, (byte) 0xB8});
        s.feedBytes(new byte[] {(byte) 0xAD, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        s.rows("a\uFFFDb\uFFFD中\uFFFD");
    }

    @Test
    void utf8SplitAcrossFeeds() {
        byte[] b = "中".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Screens s = new Screens(4, 1);
        s.feedBytes(new byte[] {b[0]}).feedBytes(new byte[] {b[1]}).feedBytes(new byte[] {b[2]});
        s.rows("中");
    }

    @Test
    void repliesToDeviceQueries() {
        Screens s = new Screens(80, 24);
        s.feed("\033[c");
        assertThat(s.replies()).isEqualTo("\033[?1;2c");
        s.feed("\033[>c");
        assertThat(s.replies()).isEqualTo("\033[>0;100;0c");
        s.feed("\033[5n\033[3;7H\033[6n");
        assertThat(s.replies()).isEqualTo("\033[0n\033[3;7R");
        s.feed("\033[18t");
        assertThat(s.replies()).isEqualTo("\033[8;24;80t");
        s.feed("\033[?2004$p");
        assertThat(s.replies()).isEqualTo("\033[?2004;2$y");
    }

    @Test
    void modesAreCarried() {
        Screens s = new Screens(10, 2);
        s.feed("\033[?1h\033=\033[?2004h\033[?1002h\033[?1006h\033[?25l\033[4 q\033[?1004h\033[?2026h");
        TerminalModes m = s.term.modes();
        assertThat(m.cursorKeysApp()).isTrue();
        assertThat(m.keypadApp()).isTrue();
        assertThat(m.bracketedPaste()).isTrue();
        assertThat(m.mouseTracking()).isEqualTo(1002);
        assertThat(m.mouseEncoding()).isEqualTo(1006);
        assertThat(m.cursorVisible()).isFalse();
        assertThat(m.cursorShape()).isEqualTo(4);
        assertThat(m.focusEvents()).isTrue();
        assertThat(m.synchronizedOutput()).isTrue();
        assertThat(s.events).containsExactly("modes");
        s.feed("\033[?1l\033>\033[?1002l\033[?25h");
        m = s.term.modes();
        assertThat(m.cursorKeysApp() || m.keypadApp() || !m.cursorVisible()).isFalse();
        assertThat(m.mouseTracking()).isZero();
    }

    @Test
    void titleBellAndOscEvents() {
        Screens s = new Screens(10, 2);
        s.feed("\033]0;hello\007\033]2;world\033\\\007\033]7;file://host/tmp\007");
        s.feed("\033]52;c;aGk=\007\033]52;c;?\007\033]1337;SetUserVar=foo=YmFy\007");
        assertThat(s.events).containsExactly("title hello", "title world", "bell", "cwd file://host/tmp",
                "clipboard c hi", "uservar foo=bar");
        assertThat(s.term.title()).isEqualTo("world");
        assertThat(s.replies()).isEmpty();
        s.rows("", "");
    }

    @Test
    void changeTrackingMarksChangedAndScrolledRows() {
        Screens s = new Screens(5, 3).feed("a\r\nb\r\nc");
        long seq = s.term.seq();
        s.feed("\033[1;1Hx");
        assertThat(s.term.seq()).isGreaterThan(seq);
        assertThat(s.term.rowSeq(0)).isEqualTo(s.term.seq());
        assertThat(s.term.rowSeq(1)).isLessThanOrEqualTo(seq);
        long before = s.term.seq();
        s.feed("\033[3;1H\n");
        for (int r = 0; r < 3; r++) {
            assertThat(s.term.rowSeq(r)).isGreaterThan(before);
        }
        long still = s.term.seq();
        s.feed("\033[31m");
        assertThat(s.term.seq()).isEqualTo(still);
    }

    @Test
    void decSpecialGraphics() {
        new Screens(10, 1).feed("\033(0lqk\033(Bx\016q\017q").rows("┌─┐xqq");
        new Screens(10, 1).feed("\033)0a\016q\017q").rows("a─q");
    }

    @Test
    void resizeKeepsCursorOnScreen() {
        Screens s = new Screens(10, 4).feed("1\r\n2\r\n3\r\n4");
        s.term.resize(10, 2);
        s.rows("3", "4").cursor(1, 1);
        assertThat(s.scrollback()).containsExactly("1", "2");
        s.term.resize(5, 3);
        assertThat(s.term.cols()).isEqualTo(5);
        // Growing pulls the newest scrollback line back onto the screen, as tmux does.
        s.rows("2", "3", "4").cursor(2, 1);
        assertThat(s.scrollback()).containsExactly("1");
    }

    @Test
    void hugeParametersReturnAtOnce() {
        Screens s = new Screens(10, 3).feed("x\033[2147483647b\033[99999999999999999999A\033[2147483647@");
        s.rows("x", "xxxxxxxxxx", "x").cursor(0, 1);
    }

    @Test
    void lessLikeSession() {
        // What less does: alt screen, clear, draw lines, status line in reverse video, then quit.
        Screens s = new Screens(12, 4).feed("$ less f\r\n");
        s.feed("\033[?1049h\033[?1h\033=\r\033[H\033[2Jone\r\ntwo\r\nthree\r\n\033[7m(END)\033[27m\033[K");
        s.rows("one", "two", "three", "(END)");
        assertThat(s.term.line(3).attrs(0) & CellAttrs.INVERSE).isNotZero();
        s.feed("\r\033[K\033[?1l\033>\033[?1049l");
        s.rows("$ less f", "", "", "").cursor(1, 0);
    }

    @Test
    void lsColorOutput() {
        Screens s = new Screens(30, 2).feed("\033[0m\033[01;34mdir\033[0m  \033[01;32mrun.sh\033[0m\r\n");
        s.rows("dir  run.sh", "").cursor(1, 0);
        Line l = s.term.line(0);
        assertThat(l.fg(0)).isEqualTo(Colors.indexed(4));
        assertThat(l.attrs(0)).isEqualTo(CellAttrs.BOLD);
        assertThat(l.fg(3)).isZero();
        assertThat(l.fg(5)).isEqualTo(Colors.indexed(2));
    }
}
