package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.server.LayoutTree.Direction;
import dev.weft.server.LayoutTree.Preset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each LayoutTree operation with the whole geometry asserted. The expected layouts are what
 * tmux 3.3a printed for the same commands on a window of the same size.
 */
class LayoutTreeTest {
    /** Pane rectangles as "id x y cols rows", in pane order. */
    private static List<String> geometry(LayoutTree t) {
        return t.geometry().stream().map(g -> g.paneId() + " " + g.x() + " " + g.y() + " " + g.cols() + " " + g.rows())
                .toList();
    }

    private static LayoutTree tree(int cols, int rows) {
        return new LayoutTree(0, cols, rows);
    }

    /** 0 left, 1 top right, 2 bottom right on 80x24; 1 and 2 in a top-bottom node. */
    private static LayoutTree threePanes() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.split(1, 2, false, -1, false, false);
        return t;
    }

    @Test
    void aNewTreeIsOnePaneFillingTheTab() {
        LayoutTree t = tree(80, 24);
        assertThat(geometry(t)).containsExactly("0 0 0 80 24");
        assertThat(t.panes()).containsExactly(0);
        assertThat(t.contains(0)).isTrue();
        assertThat(t.contains(1)).isFalse();
        assertThat(t.describe()).isEqualTo("b25d,80x24,0,0,0");
    }

    @Test
    void halfSplitSideBySideGivesTmuxsLayoutString() {
        // tmux 3.3a prints d463 for this layout (the contract's Javadoc example said bb62).
        LayoutTree t = new LayoutTree(0, 159, 48);
        assertThat(t.split(0, 1, true, -1, false, false)).isTrue();
        assertThat(t.describe()).isEqualTo("d463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}");
        assertThat(geometry(t)).containsExactly("0 0 0 79 48", "1 80 0 79 48");
    }

    @Test
    void splittingInsideASameDirectionNodeSplitsOnlyTheTarget() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.split(0, 2, true, -1, false, false);
        assertThat(t.describe()).isEqualTo("22a4,80x24,0,0{20x24,0,0,0,19x24,21,0,2,39x24,41,0,1}");
        assertThat(t.panes()).containsExactly(0, 2, 1);
    }

    @Test
    void sizeAndBeforePlaceTheNewPane() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, false, 5, false, false);
        t.split(0, 2, true, 10, true, false);
        assertThat(t.describe()).isEqualTo("8a31,80x24,0,0[80x18,0,0{10x18,0,0,2,69x18,11,0,0},80x5,0,19,1]");
        assertThat(geometry(t)).containsExactly("2 0 0 10 18", "0 11 0 69 18", "1 0 19 80 5");
    }

    @Test
    void fullSizeSplitsSpanTheTabAndGoToTheEndsOfThePaneOrder() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.split(0, 2, false, -1, false, false);
        t.split(0, 3, false, -1, false, true);
        t.split(1, 4, true, 20, true, true);
        assertThat(t.describe()).isEqualTo(
                "9228,80x24,0,0{20x24,0,0,4,59x24,21,0[59x12,21,0{29x12,21,0[29x6,21,0,0,29x5,21,7,2],29x12,51,0,1},59x11,21,13,3]}");
        assertThat(geometry(t)).containsExactly("4 0 0 20 24", "0 21 0 29 6", "2 21 7 29 5", "1 51 0 29 12",
                "3 21 13 59 11");
    }

    @Test
    void noSpaceForANewPaneChangesNothing() {
        LayoutTree t = tree(3, 3);
        assertThat(t.split(0, 1, true, -1, false, false)).isTrue();
        String before = t.describe();
        assertThat(t.split(0, 2, true, -1, false, false)).isFalse();
        assertThat(t.trySplit(0, 2, true, -1, false, false)).isEqualTo(LayoutTree.SplitOutcome.NO_SPACE);
        assertThat(t.describe()).isEqualTo(before);
        assertThat(t.panes()).containsExactly(0, 1);
        assertThat(geometry(t)).containsExactly("0 0 0 1 3", "1 2 0 1 3");
    }

    @Test
    void badPaneIdsAreRefusedWithAMessage() {
        LayoutTree t = tree(80, 24);
        assertThatThrownBy(() -> t.split(7, 1, true, -1, false, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pane 7 is not in this layout");
        assertThatThrownBy(() -> t.split(0, 0, true, -1, false, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already");
        assertThatThrownBy(() -> t.remove(0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("last in its tab");
        assertThatThrownBy(() -> new LayoutTree(0, 0, 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.resizePaneTo(0, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.resizePane(0, Direction.LEFT, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRemovedPanesSpaceGoesToThePreviousSibling() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.split(0, 2, true, -1, false, false);
        t.remove(2);
        assertThat(t.describe()).isEqualTo("8205,80x24,0,0{40x24,0,0,0,39x24,41,0,1}");
        assertThat(t.panes()).containsExactly(0, 1);
    }

    @Test
    void aRemovedFirstPanesSpaceGoesToTheNext() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.split(0, 2, true, -1, false, false);
        t.remove(0);
        assertThat(t.describe()).isEqualTo("820d,80x24,0,0{40x24,0,0,2,39x24,41,0,1}");
    }

    @Test
    void removingLeavesNoOneChildNodes() {
        LayoutTree t = threePanes();
        t.remove(2);
        assertThat(geometry(t)).containsExactly("0 0 0 40 24", "1 41 0 39 24");
        assertThat(t.describe()).contains("{40x24,0,0,0,39x24,41,0,1}");
        t.remove(0);
        assertThat(geometry(t)).containsExactly("1 0 0 80 24");
    }

    @Test
    void windowResizeSpreadsTheChangeOverThePanes() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.resizeWindow(70, 20);
        assertThat(t.describe()).isEqualTo("2a55,70x20,0,0{35x20,0,0,0,34x20,36,0,1}");
        t.resizeWindow(90, 30);
        assertThat(geometry(t)).containsExactly("0 0 0 45 30", "1 46 0 44 30");
        assertThat(t.cols()).isEqualTo(90);
        assertThat(t.rows()).isEqualTo(30);
    }

    @Test
    void aTabTooSmallForItsPanesStaysAsLargeAsThePanesNeed() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.split(1, 2, true, -1, false, false);
        t.resizeWindow(2, 1);
        assertThat(t.cols()).isEqualTo(5);
        assertThat(t.rows()).isEqualTo(1);
        assertThat(geometry(t)).containsExactly("0 0 0 1 1", "1 2 0 1 1", "2 4 0 1 1");
        // Once a pane goes, the tab refits to the size asked for when tmux would (refit).
        t.remove(2);
        assertThat(t.cols()).isEqualTo(5);
        t.refit();
        assertThat(t.cols()).isEqualTo(3);
    }

    @Test
    void resizePaneMovesBorders() {
        LayoutTree t = threePanes();
        t.resizePane(0, Direction.RIGHT, 5);
        t.resizePane(2, Direction.UP, 3);
        t.resizePane(1, Direction.LEFT, 2);
        assertThat(t.describe()).isEqualTo("3846,80x24,0,0{43x24,0,0,0,36x24,44,0[36x9,44,0,1,36x14,44,10,2]}");
    }

    @Test
    void resizePaneToASize() {
        LayoutTree t = threePanes();
        t.resizePaneTo(1, 20, 5);
        assertThat(t.describe()).isEqualTo("eed4,80x24,0,0{59x24,0,0,0,20x24,60,0[20x5,60,0,1,20x18,60,6,2]}");
        t.resizePaneTo(1, null, null);
        assertThat(geometry(t)).containsExactly("0 0 0 59 24", "1 60 0 20 5", "2 60 6 20 18");
    }

    @Test
    void resizingTheOnlyPaneDoesNothing() {
        LayoutTree t = tree(80, 24);
        t.resizePane(0, Direction.LEFT, 5);
        t.resizePaneTo(0, 10, 10);
        assertThat(geometry(t)).containsExactly("0 0 0 80 24");
    }

    /** Five panes as tmux numbers them after these splits: 0, 4, 1, 3, 2. */
    private static LayoutTree fivePanes() {
        LayoutTree t = tree(81, 25);
        t.split(0, 1, true, -1, false, false);
        t.split(1, 2, false, -1, false, false);
        t.split(1, 3, true, -1, false, false);
        t.split(0, 4, false, -1, false, false);
        assertThat(t.panes()).containsExactly(0, 4, 1, 3, 2);
        return t;
    }

    @Test
    void evenHorizontal() {
        LayoutTree t = fivePanes();
        t.select(Preset.EVEN_HORIZONTAL, 0);
        assertThat(t.describe()).isEqualTo(
                "af46,81x25,0,0{15x25,0,0,0,15x25,16,0,4,15x25,32,0,1,15x25,48,0,3,17x25,64,0,2}");
    }

    @Test
    void evenVertical() {
        LayoutTree t = fivePanes();
        t.select(Preset.EVEN_VERTICAL, 0);
        assertThat(t.describe()).isEqualTo("9bea,81x25,0,0[81x4,0,0,0,81x4,0,5,4,81x4,0,10,1,81x4,0,15,3,81x5,0,20,2]");
    }

    @Test
    void mainHorizontalClampsTheMainPaneToLeaveOneRow() {
        LayoutTree t = fivePanes();
        t.select(Preset.MAIN_HORIZONTAL, 0);
        assertThat(t.describe()).isEqualTo(
                "9705,81x25,0,0[81x23,0,0,0,81x1,0,24{19x1,0,24,4,19x1,20,24,1,19x1,40,24,3,21x1,60,24,2}]");
    }

    @Test
    void mainVertical() {
        LayoutTree t = fivePanes();
        t.select(Preset.MAIN_VERTICAL, 0);
        assertThat(t.describe()).isEqualTo(
                "5ee0,81x25,0,0{79x25,0,0,0,1x25,80,0[1x5,80,0,4,1x5,80,6,1,1x5,80,12,3,1x7,80,18,2]}");
    }

    @Test
    void mainLayoutsHonourTheirOptionsAndMainPane() {
        LayoutTree t = fivePanes();
        t.select(Preset.MAIN_VERTICAL, 3, 30, 24);
        assertThat(geometry(t).get(3)).isEqualTo("3 0 0 30 25");
        assertThat(geometry(t)).contains("0 31 0 50 5");
        t.select(Preset.MAIN_HORIZONTAL, 0, 80, 10);
        assertThat(geometry(t).get(0)).isEqualTo("0 0 0 81 10");
    }

    @Test
    void tiled() {
        LayoutTree t = fivePanes();
        t.select(Preset.TILED, 0);
        assertThat(t.describe()).isEqualTo(
                "dcff,81x25,0,0[81x7,0,0{40x7,0,0,0,40x7,41,0,4},81x7,0,8{40x7,0,8,1,40x7,41,8,3},81x9,0,16,2]");
    }

    @Test
    void presetsComeInNextLayoutOrder() {
        LayoutTree t = fivePanes();
        assertThat(t.nextPreset()).isEqualTo(Preset.EVEN_HORIZONTAL);
        assertThat(t.previousPreset()).isEqualTo(Preset.TILED);
        t.select(Preset.TILED, 0);
        assertThat(t.nextPreset()).isEqualTo(Preset.EVEN_HORIZONTAL);
        t.select(Preset.MAIN_HORIZONTAL, 0);
        assertThat(t.nextPreset()).isEqualTo(Preset.MAIN_VERTICAL);
        assertThat(t.previousPreset()).isEqualTo(Preset.EVEN_VERTICAL);
        assertThat(Preset.of("main-vertical")).isEqualTo(Preset.MAIN_VERTICAL);
        assertThat(Preset.of("spiral")).isNull();
    }

    /** 0 wide on the left, 1 and 2 stacked on the right, split at 30 columns. */
    private static LayoutTree rotateable() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, 30, false, false);
        t.split(1, 2, false, -1, false, false);
        return t;
    }

    @Test
    void rotateUpMovesEachPaneToThePlaceBefore() {
        LayoutTree t = rotateable();
        t.rotate(true);
        assertThat(t.describe()).isEqualTo("83fa,80x24,0,0{49x24,0,0,1,30x24,50,0[30x12,50,0,2,30x11,50,13,0]}");
        assertThat(t.panes()).containsExactly(1, 2, 0);
    }

    @Test
    void rotateDownMovesEachPaneToThePlaceAfter() {
        LayoutTree t = rotateable();
        t.rotate(false);
        assertThat(t.describe()).isEqualTo("c4f8,80x24,0,0{49x24,0,0,2,30x24,50,0[30x12,50,0,0,30x11,50,13,1]}");
        assertThat(t.panes()).containsExactly(2, 0, 1);
    }

    @Test
    void swapExchangesPlaces() {
        LayoutTree t = rotateable();
        t.swap(0, 2);
        assertThat(t.describe()).isEqualTo("84f9,80x24,0,0{49x24,0,0,2,30x24,50,0[30x12,50,0,1,30x11,50,13,0]}");
        assertThat(geometry(t)).containsExactly("2 0 0 49 24", "1 50 0 30 12", "0 50 13 30 11");
        t.swap(1, 1);
        assertThat(t.panes()).containsExactly(2, 1, 0);
    }

    @Test
    void neighboursAcrossBordersAndWrappingRound() {
        LayoutTree t = threePanes();
        assertThat(t.neighbour(0, Direction.RIGHT)).isEqualTo(1); // 1 and 2 touch; the first wins
        assertThat(t.neighbours(0, Direction.RIGHT)).containsExactly(1, 2);
        assertThat(t.neighbour(1, Direction.LEFT)).isEqualTo(0);
        assertThat(t.neighbour(2, Direction.LEFT)).isEqualTo(0);
        assertThat(t.neighbour(1, Direction.DOWN)).isEqualTo(2);
        assertThat(t.neighbour(2, Direction.UP)).isEqualTo(1);
        // Wrapping: off the left edge to the panes on the right edge; off the bottom to the top.
        assertThat(t.neighbours(0, Direction.LEFT)).containsExactly(1, 2);
        assertThat(t.neighbour(2, Direction.DOWN)).isEqualTo(1);
        assertThat(t.neighbour(1, Direction.UP)).isEqualTo(2);
        assertThat(t.neighbour(2, Direction.RIGHT)).isEqualTo(0);
        // Up and down from the full-height pane wrap to itself, which never counts.
        assertThat(t.neighbour(0, Direction.UP)).isEqualTo(-1);
    }

    @Test
    void aLonePaneHasNoNeighbours() {
        LayoutTree t = tree(80, 24);
        for (Direction d : Direction.values()) {
            assertThat(t.neighbour(0, d)).isEqualTo(-1);
        }
    }

    @Test
    void checksumIsTmuxs() {
        assertThat(LayoutString.checksum("159x48,0,0{79x48,0,0,0,79x48,80,0,1}")).isEqualTo(0xd463);
        assertThat(LayoutString.checksum("")).isZero();
    }

    @Test
    void spreadOutEvensTheSiblingsThenTheEnclosingNode() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, 10, false, false);
        t.split(1, 2, true, 5, false, false);
        t.split(2, 3, false, 3, false, false);
        assertThat(t.describe()).contains("{69x24,0,0,0,4x24,70,0,1,5x24,75,0[5x20,75,0,2,5x3,75,21,3]}");
        t.spreadOut(3); // 2 and 3 first
        assertThat(geometry(t)).containsExactly("0 0 0 69 24", "1 70 0 4 24", "2 75 0 5 11", "3 75 12 5 12");
        t.spreadOut(3); // they are even: the row of three next
        assertThat(geometry(t)).containsExactly("0 0 0 26 24", "1 27 0 26 24", "2 54 0 26 11", "3 54 12 26 12");
    }

    @Test
    void aLayoutStringPutsThePanesInItsCellsInPaneOrder() {
        LayoutTree t = fivePanes();
        LayoutTree other = fivePanes();
        other.select(Preset.TILED, 0);
        other.swap(0, 2); // ids in the string are ignored: pane order decides
        t.selectLayout(other.describe());
        assertThat(t.describe()).isEqualTo(
                "dcff,81x25,0,0[81x7,0,0{40x7,0,0,0,40x7,41,0,4},81x7,0,8{40x7,0,8,1,40x7,41,8,3},81x9,0,16,2]");
    }

    @Test
    void aLayoutOfAnotherSizeIsFittedToTheTab() {
        LayoutTree t = tree(80, 24);
        t.split(0, 1, true, -1, false, false);
        t.selectLayout("d463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}");
        assertThat(t.describe()).isEqualTo("89f5,80x24,0,0{39x24,0,0,0,40x24,40,0,1}");
    }

    @Test
    void extraCellsAreClosedFromTheBottomRight() {
        LayoutTree t = tree(80, 24);
        t.selectLayout("d463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}");
        assertThat(t.describe()).isEqualTo("b25d,80x24,0,0,0");
    }

    @Test
    void badLayoutStringsAreRefusedWithTmuxsCauseAndChangeNothing() {
        LayoutTree t = threePanes();
        String before = t.describe();
        assertThatThrownBy(() -> t.selectLayout("0463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}"))
                .hasMessage("invalid layout");
        assertThatThrownBy(() -> t.selectLayout("tiled")).hasMessage("invalid layout");
        assertThatThrownBy(() -> t.selectLayout("d463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}"))
                .hasMessage("have 3 panes but need 2");
        String mismatch = "80x24,0,0{40x24,0,0,0,39x24,41,0[39x10,41,0,1,39x10,41,11,2]}";
        assertThatThrownBy(() -> t.selectLayout(String.format("%04x,%s", LayoutString.checksum(mismatch), mismatch)))
                .hasMessage("size mismatch after applying layout");
        assertThat(t.describe()).isEqualTo(before);
    }
}
