package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flow control of frames per (client, pane), on a real emulator fed directly. */
class PaneSyncTest {

    private static void feed(PaneScreen screen, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        screen.feed(b, 0, b.length);
    }

    private static String rowText(Pdu.RowUpdate row) {
        StringBuilder sb = new StringBuilder();
        for (Pdu.StyledRun run : row.line().runs()) {
            run.cells().forEach(sb::append);
        }
        return sb.toString().stripTrailing();
    }

    private static List<Integer> rowNumbers(Pdu.PaneUpdate u) {
        return u.lines().stream().map(Pdu.RowUpdate::row).toList();
    }

    @Test
    void firstFrameIsFullAndCarriesCursorAndSize() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        feed(screen, "hello");
        PaneSync sync = new PaneSync(3, screen, screen.registerWriter());
        Pdu.PaneUpdate u = sync.nextFrame();
        assertThat(u.full()).isTrue();
        assertThat(u.paneId()).isEqualTo(3);
        assertThat(u.cols()).isEqualTo(20);
        assertThat(u.rows()).isEqualTo(5);
        assertThat(rowNumbers(u)).containsExactly(0, 1, 2, 3, 4);
        assertThat(rowText(u.lines().get(0))).isEqualTo("hello");
        assertThat(u.cursor().row()).isZero();
        assertThat(u.cursor().col()).isEqualTo(5);
        // Nothing changed since: no second frame.
        assertThat(sync.nextFrame()).isNull();
    }

    @Test
    void slowClientGetsAtMostTheWindowThenOnlyTheNewestRows() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        PaneSync sync = new PaneSync(0, screen, screen.registerWriter());
        Pdu.PaneUpdate first = sync.nextFrame();
        assertThat(first).isNotNull();
        feed(screen, "a");
        Pdu.PaneUpdate second = sync.nextFrame();
        assertThat(second).isNotNull();
        // The pane keeps producing; without Acks no more frames are built.
        for (int i = 0; i < 10; i++) {
            feed(screen, "x");
            assertThat(sync.nextFrame()).isNull();
        }
        assertThat(sync.inFlight()).isEqualTo(PaneSync.WINDOW);

        sync.ack(first.frameSeq());
        sync.ack(second.frameSeq());
        feed(screen, "\r\n\r\nthird row");
        Pdu.PaneUpdate next = sync.nextFrame();
        assertThat(next.full()).isFalse();
        // Row 0 changed after the acknowledged frame (the x's), row 2 is new; rows 1, 3, 4 did not change.
        assertThat(rowNumbers(next)).containsExactly(0, 2);
        assertThat(rowText(next.lines().get(0))).isEqualTo("a" + "x".repeat(10));
        assertThat(rowText(next.lines().get(1))).isEqualTo("third row");
    }

    @Test
    void framesAreDiffsAgainstTheAcknowledgedFrameNotTheLastSent() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        PaneSync sync = new PaneSync(0, screen, screen.registerWriter());
        sync.ack(sync.nextFrame().frameSeq());
        feed(screen, "one");
        Pdu.PaneUpdate a = sync.nextFrame();
        feed(screen, "\r\ntwo");
        Pdu.PaneUpdate b = sync.nextFrame();
        assertThat(rowNumbers(a)).containsExactly(0);
        // b repeats row 0: the client has not acknowledged a yet.
        assertThat(rowNumbers(b)).containsExactly(0, 1);
    }

    @Test
    void twoClientsAreIndependent() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        PaneSync fast = new PaneSync(0, screen, screen.registerWriter());
        PaneSync slow = new PaneSync(0, screen, screen.registerWriter());
        slow.nextFrame();
        feed(screen, "1");
        slow.nextFrame();
        for (int i = 0; i < 10; i++) {
            feed(screen, "\r\nline " + i);
            Pdu.PaneUpdate u = fast.nextFrame();
            assertThat(u).as("frame %d for the fast client", i).isNotNull();
            fast.ack(u.frameSeq());
            assertThat(slow.nextFrame()).isNull();
        }
    }

    @Test
    void invalidateSendsAFullFrameAndIgnoresOldAcks() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        PaneSync sync = new PaneSync(0, screen, screen.registerWriter());
        Pdu.PaneUpdate old = sync.nextFrame();
        sync.invalidate();
        sync.ack(old.frameSeq());
        feed(screen, "z");
        Pdu.PaneUpdate u = sync.nextFrame();
        assertThat(u.full()).isTrue();
        assertThat(u.lines()).hasSize(5);
    }

    @Test
    void resizeAfterTheAcknowledgedFrameSendsAFullFrame() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        PaneSync sync = new PaneSync(0, screen, screen.registerWriter());
        sync.ack(sync.nextFrame().frameSeq());
        screen.resize(30, 7);
        Pdu.PaneUpdate u = sync.nextFrame();
        assertThat(u.full()).isTrue();
        assertThat(u.cols()).isEqualTo(30);
        assertThat(u.lines()).hasSize(7);
    }

    @Test
    void consumedInputAloneProducesAFrame() {
        PaneScreen screen = new PaneScreen(20, 5, 100);
        InputSerials serials = screen.registerWriter();
        PaneSync sync = new PaneSync(0, screen, serials);
        sync.ack(sync.nextFrame().frameSeq());
        serials.consumed(9);
        Pdu.PaneUpdate u = sync.nextFrame();
        assertThat(u.inputSerialConsumed()).isEqualTo(9);
        assertThat(u.inputSerialEchoed()).isZero();
        assertThat(u.lines()).isEmpty();
        sync.ack(u.frameSeq());
        feed(screen, "9");
        assertThat(sync.nextFrame().inputSerialEchoed()).isEqualTo(9);
    }

    @Test
    void stylesBecomeRunsAndWideCharactersLeaveAnEmptyCell() {
        PaneScreen screen = new PaneScreen(10, 2, 100);
        feed(screen, "ab\u001b[1;31mcd\u001b[0m\u4e2dx");
        PaneSync sync = new PaneSync(0, screen, screen.registerWriter());
        Pdu.StyledLine line = sync.nextFrame().lines().get(0).line();
        assertThat(line.runs()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(line.runs().get(0).cells()).containsExactly("a", "b");
        Pdu.StyledRun red = line.runs().get(1);
        assertThat(red.cells()).containsExactly("c", "d");
        assertThat(red.fg()).isEqualTo(dev.weft.emulator.Colors.indexed(1));
        assertThat(red.attrs() & dev.weft.emulator.CellAttrs.BOLD).isNotZero();
        assertThat(line.runs().get(2).cells()).startsWith("\u4e2d", "", "x");
    }
}
