package dev.weft.client;

import static dev.weft.client.Frames.cursor;
import static dev.weft.client.Frames.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirroredPaneTest {

    private static BitSet bits(int... rows) {
        BitSet b = new BitSet();
        for (int r : rows) {
            b.set(r);
        }
        return b;
    }

    @Test
    void fullUpdateReplacesEveryRowAndBlanksTheUnlisted() {
        MirroredPane pane = new MirroredPane(1, 10, 4);
        assertThat(pane.apply(update(1, 1, true, 10, 4, cursor(0, 0), "0:one", "1:two", "3:four"))).isTrue();
        assertThat(pane.text(0)).isEqualTo("one");
        assertThat(pane.text(3)).isEqualTo("four");
        assertThat(pane.line(2)).isEqualTo(MirroredPane.BLANK);
        assertThat(pane.takeDirtyRows()).isEqualTo(bits(0, 1, 2, 3));

        pane.apply(update(1, 2, true, 10, 4, cursor(0, 0), "2:only"));
        assertThat(pane.line(0)).isEqualTo(MirroredPane.BLANK);
        assertThat(pane.text(2)).isEqualTo("only");
    }

    @Test
    void partialUpdateChangesOnlyListedRowsAndMarksThemDirty() {
        MirroredPane pane = new MirroredPane(1, 10, 5);
        pane.apply(update(1, 1, true, 10, 5, cursor(0, 0), "0:a", "1:b", "2:c"));
        pane.takeDirtyRows();

        pane.apply(update(1, 2, false, 10, 5, cursor(0, 0), "1:B"));
        assertThat(pane.text(0)).isEqualTo("a");
        assertThat(pane.text(1)).isEqualTo("B");
        assertThat(pane.text(2)).isEqualTo("c");
        assertThat(pane.takeDirtyRows()).isEqualTo(bits(1)); // the cursor stayed: its row is clean
        assertThat(pane.takeDirtyRows().isEmpty()).isTrue();
        assertThat(pane.lastUpdateVisible()).isTrue();
    }

    @Test
    void aFrameThatOnlyReportsInputChangesNothingVisible() {
        MirroredPane pane = new MirroredPane(1, 10, 5);
        pane.apply(update(1, 1, true, 10, 5, cursor(0, 2), "0:$ "));
        pane.takeDirtyRows();
        Pdu.PaneUpdate u = update(1, 2, false, 10, 5, cursor(0, 2));
        Pdu.PaneUpdate sameTitle = new Pdu.PaneUpdate(u.paneId(), u.frameSeq(), u.full(), u.cols(), u.rows(),
                u.lines(), u.cursor(), u.modes(), "title 1", u.inputSerialConsumed(), u.inputSerialEchoed(),
                u.echoFlags(), u.scrollbackLines());
        assertThat(pane.apply(sameTitle)).isTrue();
        assertThat(pane.lastUpdateVisible()).isFalse();
        assertThat(pane.takeDirtyRows().isEmpty()).isTrue();
        pane.apply(update(1, 3, false, 10, 5, cursor(0, 3), "0:$ x"));
        assertThat(pane.lastUpdateVisible()).isTrue();
    }

    @Test
    void cursorMoveDirtiesTheRowsItLeavesAndEnters() {
        MirroredPane pane = new MirroredPane(1, 10, 5);
        pane.apply(update(1, 1, true, 10, 5, cursor(1, 3)));
        pane.takeDirtyRows();
        pane.apply(update(1, 2, false, 10, 5, cursor(4, 0)));
        assertThat(pane.takeDirtyRows()).isEqualTo(bits(1, 4));
        assertThat(pane.cursor()).isEqualTo(cursor(4, 0));
    }

    @Test
    void staleOrDuplicatePartialFramesAreIgnored() {
        MirroredPane pane = new MirroredPane(1, 10, 3);
        pane.apply(update(1, 5, true, 10, 3, cursor(0, 0), "0:new"));
        assertThat(pane.apply(update(1, 4, false, 10, 3, cursor(0, 0), "0:old"))).isFalse();
        assertThat(pane.apply(update(1, 5, false, 10, 3, cursor(0, 0), "0:dup"))).isFalse();
        assertThat(pane.text(0)).isEqualTo("new");
    }

    @Test
    void sizeChangeResetsTheGrid() {
        MirroredPane pane = new MirroredPane(1, 10, 3);
        pane.apply(update(1, 1, true, 10, 3, cursor(0, 0), "2:bottom"));
        pane.takeDirtyRows();
        pane.apply(update(1, 2, false, 20, 6, cursor(0, 0), "5:last"));
        assertThat(pane.cols()).isEqualTo(20);
        assertThat(pane.rows()).isEqualTo(6);
        assertThat(pane.line(2)).isEqualTo(MirroredPane.BLANK);
        assertThat(pane.text(5)).isEqualTo("last");
        assertThat(pane.takeDirtyRows()).isEqualTo(bits(0, 1, 2, 3, 4, 5));
        assertThat(pane.line(99)).isEqualTo(MirroredPane.BLANK);
    }

    @Test
    void keepsModesTitleSerialsAndEchoFlags() {
        MirroredPane pane = new MirroredPane(7, 10, 3);
        Pdu.PaneModes modes = new Pdu.PaneModes(Pdu.PaneModes.BRACKETED_PASTE, 1002, 1006, 0);
        pane.apply(new Pdu.PaneUpdate(7, 3, true, 10, 3, List.of(), cursor(2, 1), modes, "vim",
                41, 40, Pdu.PaneUpdate.ALT_SCREEN, 500));
        assertThat(pane.paneId()).isEqualTo(7);
        assertThat(pane.modes()).isEqualTo(modes);
        assertThat(pane.title()).isEqualTo("vim");
        assertThat(pane.inputSerialConsumed()).isEqualTo(41);
        assertThat(pane.inputSerialEchoed()).isEqualTo(40);
        assertThat(pane.echoFlags()).isEqualTo(Pdu.PaneUpdate.ALT_SCREEN);
        assertThat(pane.scrollbackLines()).isEqualTo(500);
    }
}
