package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What one client has of one pane, and the next frame it should get. Frames are diffs against
 * the last frame the client <em>acknowledged</em> (so frames in flight may repeat rows, and a
 * reconnecting client can resume from its last ack). At most {@link #WINDOW} frames are in flight;
 * when the window is full nothing is built, and the next frame after an Ack carries only the
 * newest state: a slow client gets fewer, newer frames.
 *
 * <p>Not thread-safe: each client uses its syncs from its own event loop.
 */
final class PaneSync {
    static final int WINDOW = 2;

    private record InFlight(long frameSeq, long termSeq, int cols, int rows, int epoch) {}

    private record Sent(long termSeq, long consumed, long echoed, int echoFlags) {}

    private final int paneId;
    private final PaneScreen screen;
    private final InputSerials serials;
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private long nextFrameSeq = 1;
    private int epoch;
    private boolean haveBase;
    private long baseTermSeq;
    private int baseCols;
    private int baseRows;
    private Sent lastSent;

    PaneSync(int paneId, PaneScreen screen, InputSerials serials) {
        this.paneId = paneId;
        this.screen = screen;
        this.serials = serials;
    }

    int paneId() {
        return paneId;
    }

    InputSerials serials() {
        return serials;
    }

    int inFlight() {
        return inFlight.size();
    }

    /** Forget what the client has: the next frame is full (attach, client lost its state). */
    void invalidate() {
        epoch++;
        haveBase = false;
        lastSent = null;
    }

    /**
     * The next frame, or null when the window is full or nothing changed since the last frame sent.
     * The frame counts as in flight until {@link #ack}ed.
     */
    Pdu.PaneUpdate nextFrame() {
        if (inFlight.size() >= WINDOW) {
            return null;
        }
        long seq = screen.seq();
        long consumed = serials.consumed();
        long echoed = serials.echoed();
        if (lastSent != null && lastSent.termSeq == seq && lastSent.consumed == consumed
                && lastSent.echoed == echoed && lastSent.echoFlags == screen.termiosFlagsNow()) {
            return null;
        }
        PaneScreen.Snapshot snap = screen.snapshot(haveBase ? baseTermSeq : -1, !haveBase);
        boolean full = !haveBase;
        if (haveBase && (snap.cols() != baseCols || snap.rows() != baseRows)) {
            // The size changed since the acknowledged frame: its rows no longer line up.
            snap = screen.snapshot(-1, true);
            full = true;
        }
        List<Pdu.RowUpdate> rows = new ArrayList<>(snap.lines().size());
        for (PaneScreen.RowLine rl : snap.lines()) {
            rows.add(new Pdu.RowUpdate(rl.row(), StyledLines.of(rl.line())));
        }
        int echoFlags = snap.echoFlags() | (snap.modes().altScreen() ? Pdu.PaneUpdate.ALT_SCREEN : 0);
        long frameSeq = nextFrameSeq++;
        inFlight.add(new InFlight(frameSeq, snap.seq(), snap.cols(), snap.rows(), epoch));
        lastSent = new Sent(snap.seq(), consumed, echoed, snap.echoFlags());
        return new Pdu.PaneUpdate(paneId, frameSeq, full, snap.cols(), snap.rows(), rows,
                new Pdu.CursorState(snap.cursorRow(), snap.cursorCol(), snap.modes().cursorVisible(),
                        snap.modes().cursorShape()),
                StyledLines.modes(snap.modes()), snap.title(), consumed, echoed, echoFlags,
                snap.scrollbackPushed());
    }

    /** The client applied every frame up to {@code frameSeq}. Unknown sequence numbers are ignored. */
    void ack(long frameSeq) {
        InFlight acked = null;
        while (!inFlight.isEmpty() && inFlight.peekFirst().frameSeq() <= frameSeq) {
            acked = inFlight.pollFirst();
        }
        if (acked != null && acked.epoch() == epoch) {
            haveBase = true;
            baseTermSeq = acked.termSeq();
            baseCols = acked.cols();
            baseRows = acked.rows();
        }
    }
}
