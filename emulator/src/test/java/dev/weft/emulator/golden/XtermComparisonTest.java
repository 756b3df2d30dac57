package dev.weft.emulator.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.emulator.Terminal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparison itself: it must notice a changed character, attribute, erased background or
 * cursor position. (Extra bytes save and restore the cursor with DECSC/DECRC around a change.)
 */
class XtermComparisonTest {

    private static List<XtermComparison.Difference> afterExtraBytes(String screenName, String extra) {
        GoldenScreen screen = GoldenScreen.load(screenName);
        Terminal t = XtermComparison.replay(screen);
        byte[] more = extra.getBytes(StandardCharsets.UTF_8);
        t.feed(more, 0, more.length);
        return XtermComparison.differences(screen, t);
    }

    @Test
    void aChangedCharacterIsATextDifferenceInItsRow() {
        List<XtermComparison.Difference> d = afterExtraBytes("git-log", "\0337\033[3;1HX\0338");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).kind()).isEqualTo(XtermComparison.Difference.Kind.TEXT);
        assertThat(d.get(0).row()).isEqualTo(2);
    }

    @Test
    void aChangedAttributeOnAPrintedCellIsAnAttributeDifference() {
        // Row 12 of git-log starts "Merge: " in the default rendition; make its M bold.
        List<XtermComparison.Difference> d = afterExtraBytes("git-log", "\0337\033[13;1H\033[1mM\033[m\0338");
        assertThat(d).extracting(XtermComparison.Difference::kind, XtermComparison.Difference::row,
                        XtermComparison.Difference::col)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        XtermComparison.Difference.Kind.ATTRIBUTES, 12, 0));
    }

    @Test
    void anErasedBackgroundPastThePrintedCellsIsABackgroundDifference() {
        // Row 23 of git-log is blank: the print says nothing about it, the HTML dump does.
        List<XtermComparison.Difference> d = afterExtraBytes("git-log", "\0337\033[24;1H\033[44m\033[K\033[m\0338");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).kind()).isEqualTo(XtermComparison.Difference.Kind.BACKGROUND);
        assertThat(d.get(0).row()).isEqualTo(23);
    }

    @Test
    void aMovedCursorIsACursorDifference() {
        List<XtermComparison.Difference> d = afterExtraBytes("git-log", "\033[5;7H");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).kind()).isEqualTo(XtermComparison.Difference.Kind.CURSOR);
    }

    @Test
    void concealedTextReadsAsBlanksLikeXtermPrintsIt() {
        GoldenScreen screen = GoldenScreen.load("vttest-11-6-9-01");
        Terminal t = XtermComparison.replay(screen);
        assertThat(t.line(21).plainText()).startsWith("concealed");
        assertThat(XtermComparison.textAsXtermPrints(t.line(21))).isEqualTo(screen.xtermText().get(21));
    }
}
