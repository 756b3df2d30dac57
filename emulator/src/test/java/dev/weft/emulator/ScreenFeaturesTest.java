package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-screen tests for the less common screen operations. */
class ScreenFeaturesTest {

    @Test
    void insertModeShiftsTheRestOfTheLine() {
        new Screens(8, 1).feed("abcdef\033[1;3H\033[4hXY\033[4lZ").rows("abXYZdef").cursor(0, 5);
    }

    @Test
    void repeatsTheLastCharacter() {
        new Screens(10, 2).feed("ab\033[3bc").rows("abbbbc", "");
    }

    @Test
    void repeatsOnlyACharacterPrintedJustBefore() {
        new Screens(10, 1).feed("a\033[2b\033[2b").rows("aaa");
        new Screens(10, 1).feed("a\r\033[3b").rows("a");
    }

    @Test
    void deccolmClearsAndHomesButKeepsTheWidth() {
        Screens s = new Screens(10, 3).feed("abc\r\ndef\033[2;3r\033[?3h");
        s.rows("", "", "").cursor(0, 0);
        assertThat(s.term.cols()).isEqualTo(10);
        s.feed("\033[3;1H\n").rows("", "", "").cursor(2, 0); // margins were reset: no region left
    }

    @Test
    void tabAtTheLastColumnKeepsThePendingWrap() {
        new Screens(8, 2).feed("abcdefgh\tX").rows("abcdefgh", "X");
    }

    @Test
    void screenAlignmentFillsWithE() {
        new Screens(3, 2).feed("\033[2;2r\033#8").rows("EEE", "EEE").cursor(0, 0);
    }

    @Test
    void originModeAddressesInsideTheRegion() {
        new Screens(6, 5).feed("\033[2;4r\033[?6h\033[1;1Ha\033[9;1Hb").rows("", "a", "", "b", "");
    }

    @Test
    void leftRightMarginsConfineScrollingAndInsertion() {
        Screens s = new Screens(6, 3).feed("abcdef\r\nghijkl\r\nmnopqr");
        s.feed("\033[?69h\033[2;4s\033[3;2H\n").rows("ahijef", "gnopkl", "m   qr");
        s.feed("\033[1;2H\033[@").rows("a hief", "gnopkl", "m   qr");
        s.feed("\033[?69l\033[3;6HX").rows("a hief", "gnopkl", "m   qX");
    }

    @Test
    void tabForwardAndBackward() {
        new Screens(30, 1).feed("\033[2Ia\033[2Zb").rows("        b       a").cursor(0, 9);
    }

    @Test
    void selectiveEraseSparesProtectedCells() {
        Screens s = new Screens(8, 2).feed("ab\033[1\"qCD\033[0\"qef\r\nxyz");
        s.feed("\033[1;1H\033[?2K").rows("  CD", "xyz");
        s.feed("\033[?2J").rows("  CD", "");
        s.feed("\033[2K").rows("", "");
    }

    @Test
    void rectangleFillEraseCopyAndAttributes() {
        Screens s = new Screens(6, 4);
        s.feed("\033[35;2;2;3;4$x").rows("", " ###", " ###", "");
        s.feed("\033[2;3;2;3$z").rows("", " # #", " ###", "");
        s.feed("\033[2;2;3;4;1;1;4$v").rows("   # #", " # ###", " ###", "");
        s.feed("\033[2*x\033[2;2;2;2;1$r");
        assertThat(s.term.line(1).attrs(1) & CellAttrs.BOLD).isNotZero();
        assertThat(s.term.line(1).attrs(3) & CellAttrs.BOLD).isZero();
        s.feed("\033[2;2;2;2;1$t");
        assertThat(s.term.line(1).attrs(1) & CellAttrs.BOLD).isZero();
    }

    @Test
    void softResetKeepsTheScreenButResetsModesAndPen() {
        Screens s = new Screens(6, 3).feed("\033[2;3r\033[?6h\033[31m\033[4hab\033[!p");
        s.rows("", "ab", "");
        s.feed("\033[Hc").rows("c", "ab", "");
        assertThat(s.term.line(0).fg(0)).isZero();
    }

    @Test
    void fullResetClearsEverything() {
        Screens s = new Screens(6, 3).feed("\033[?1049hxx\033[?1h\033]2;t\007\033c");
        s.rows("", "", "").cursor(0, 0);
        assertThat(s.term.modes()).isEqualTo(TerminalModes.DEFAULT);
        assertThat(s.term.title()).isEmpty();
    }

    @Test
    void singleShiftsPickG2AndG3ForOneCharacter() {
        new Screens(6, 1).feed("\033*0\033+0\033Nq\033Oxq").rows("─│q");
    }

    @Test
    void hyperlinksAreKeptPerCell() {
        Screens s = new Screens(20, 1).feed("a\033]8;id=1;https://example.com/\033\\link\033]8;;\033\\b");
        Line l = s.term.line(0);
        assertThat(l.hyperlink(0)).isNull();
        assertThat(l.hyperlink(1)).isEqualTo("https://example.com/");
        assertThat(l.hyperlink(4)).isEqualTo("https://example.com/");
        assertThat(l.hyperlink(5)).isNull();
        s.feed("\r\033[K");
        assertThat(s.term.line(0).hyperlink(1)).isNull();
    }

    @Test
    void shellIntegrationMarksRows() {
        Screens s = new Screens(20, 3).feed("\033]133;A\007$ \033]133;B\007ls\r\n\033]133;C\007out\r\n");
        assertThat(s.term.line(0).shellMark()).isEqualTo('B');
        assertThat(s.term.line(1).shellMark()).isEqualTo('C');
        assertThat(s.term.line(2).shellMark()).isZero();
    }

    @Test
    void mouseModesTrackTheLastEnabled() {
        Screens s = new Screens(10, 2).feed("\033[?1000h\033[?1003h\033[?1015h\033[?1006h");
        assertThat(s.term.modes().mouseTracking()).isEqualTo(1003);
        assertThat(s.term.modes().mouseEncoding()).isEqualTo(1006);
        s.feed("\033[?1000l");
        assertThat(s.term.modes().mouseTracking()).isEqualTo(1003);
        s.feed("\033[?1003l\033[?1006l");
        assertThat(s.term.modes().mouseTracking()).isZero();
        assertThat(s.term.modes().mouseEncoding()).isZero();
    }

    @Test
    void c1ControlsInUtf8Form() {
        // U+009B is CSI, U+009D OSC, U+009C ST.
        new Screens(10, 2).feed("a\u009b2Cb\u009d2;t\u009cc").rows("a  bc", "");
    }

    @Test
    void stringsAreBoundedAndTerminatorStillSeen() {
        Screens s = new Screens(10, 1).feed("\033P" + "x".repeat(2 << 20) + "\033\\ok");
        s.rows("ok");
        s = new Screens(10, 1).feed("\033_" + "apc".repeat(1000) + "\033\\ok\033^pm\033\\!\033Xsos\033\\?");
        s.rows("ok!?");
    }

    @Test
    void tooManyParametersAreDropped() {
        StringBuilder sb = new StringBuilder("\033[");
        for (int i = 0; i < 100; i++) {
            sb.append("1;");
        }
        sb.append("31mx");
        Screens s = new Screens(5, 1).feed(sb.toString());
        assertThat(s.term.line(0).attrs(0) & CellAttrs.BOLD).isNotZero();
        assertThat(s.term.line(0).fg(0)).isZero(); // the 31 came after the 32nd parameter
    }
}
