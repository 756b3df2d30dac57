package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a pane in copy mode draws: whole rows, the position indicator, selection and match colours, the cursor. */
class CopyViewTest {
    static final int[] DEFAULT = {0, 0};
    static final int[] SELECTED = {CopyView.BLACK, CopyView.YELLOW};
    static final int[] MATCHED = {CopyView.BLACK, CopyView.CYAN};
    static final int[] CURRENT = {CopyView.BLACK, CopyView.MAGENTA};

    @Test
    void drawsTheRowsWithThePositionIndicatorAtTheTopRight() {
        CopyLines lines = CopyModeTest.lines(20, 3,
                List.of("old 1", "old 2", "screen a", "screen b", "screen c"));
        CopyMode m = new CopyMode(lines, true, 2, 0);
        m.scrollUp(1);
        CopyView v = CopyView.of(7, m, null, null, null);
        assertThat(v.rows()).isEqualTo(3);
        assertThat(v.text(0)).isEqualTo("old 2          [1/2]");
        assertThat(v.text(1)).isEqualTo("screen a            ");
        assertThat(v.text(2)).isEqualTo("screen b            ");
        assertThat(v.colours(0, 15)).isEqualTo(SELECTED); // mode-style
        assertThat(v.colours(0, 0)).isEqualTo(DEFAULT);
        assertThat(v.cursor().row()).isEqualTo(2);
        assertThat(v.cursor().visible()).isTrue();
        assertThat(v.takeDirtyRows().cardinality()).isEqualTo(3);
        assertThat(v.takeDirtyRows().isEmpty()).isTrue();
    }

    @Test
    void theSelectionAndMatchesAreColouredAsTmuxsStyles() {
        CopyLines lines = CopyModeTest.lines(20, 2, List.of("find me, find you", "nothing"));
        CopyMode m = new CopyMode(lines, true, 1, 0);
        m.beginSelection();
        m.cursorRight();
        m.cursorRight();
        CopyView v = CopyView.of(7, m, CopyPane.pattern("find", false), new CopyView.Match(0, 9, 4), null);
        assertThat(v.text(0)).isEqualTo("find me, find y[0/0]");
        assertThat(v.colours(0, 0)).isEqualTo(MATCHED);
        assertThat(v.colours(0, 3)).isEqualTo(MATCHED);
        assertThat(v.colours(0, 4)).isEqualTo(DEFAULT);
        assertThat(v.colours(0, 9)).isEqualTo(CURRENT);
        assertThat(v.colours(0, 12)).isEqualTo(CURRENT);
        assertThat(v.colours(1, 0)).isEqualTo(SELECTED);
        assertThat(v.colours(1, 2)).as("vi: the cursor cell is selected").isEqualTo(SELECTED);
        assertThat(v.colours(1, 3)).isEqualTo(DEFAULT);
        assertThat(v.cursor().col()).isEqualTo(2);
    }

    @Test
    void searchIsSmartCase() {
        assertThat(CopyPane.pattern("find", false).matcher("FIND").find()).isTrue();
        assertThat(CopyPane.pattern("Find", false).matcher("find").find()).isFalse();
        assertThat(CopyPane.pattern("li.e", true).matcher("line").find()).isTrue();
        assertThat(CopyPane.pattern("li.e", false).matcher("line").find()).isFalse();
        assertThat(CopyPane.pattern("(", true)).as("a regex still being typed").isNull();
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // without the read budget this backtracks for hours: a hang, not a slow pass
    void aPathologicalRegexDoesNotHangTheRenderer() {
        CopyLines lines = CopyModeTest.lines(120, 1, List.of("a".repeat(60) + "!"));
        CopyMode m = new CopyMode(lines, true, 0, 0);
        CopyView v = CopyView.of(7, m, CopyPane.pattern("(a|aa)+$", true), null, null);
        assertThat(v.text(0)).startsWith("aaaa");
    }
}
