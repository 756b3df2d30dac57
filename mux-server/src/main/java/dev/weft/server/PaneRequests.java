package dev.weft.server;

import dev.weft.keymaps.KeyModes;
import dev.weft.keymaps.SendKeys;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests about one pane that need nothing of the connection asking (scrollback, history,
 * send-keys, capture-pane): each resolves its pane and answers with one PDU. Any client may ask,
 * attached or not; the answers are bounded (at most 10,000 scrollback lines, 1,000 history lines).
 */
final class PaneRequests {
    private PaneRequests() {}

    static Pane paneOf(Target t) throws MuxException {
        if (t.pane() == null) {
            throw new MuxException("no-pane", "session " + t.session().name() + " has no pane");
        }
        return t.pane();
    }

    static Pane pane(Mux mux, int paneId) throws MuxException {
        return paneOf(mux.resolve("%" + paneId));
    }

    /** Lines of history counted from the oldest retained one (protocol 1.0's request). */
    static Pdu scrollback(Mux mux, Pdu.GetScrollback r) throws MuxException {
        Pane pane = pane(mux, r.paneId());
        long first = Math.max(0, r.first());
        int count = Math.max(0, Math.min(r.count(), 10_000));
        List<Pdu.StyledLine> lines = pane.screen().read(t -> {
            List<Pdu.StyledLine> out = new ArrayList<>();
            long end = Math.min((long) t.scrollbackSize(), first + count);
            for (long i = first; i < end; i++) {
                out.add(StyledLines.of(t.scrollbackLine((int) i)));
            }
            return out;
        });
        return new Pdu.ScrollbackLines(r.requestId(), r.paneId(), first, lines);
    }

    /** History and screen by absolute line number (copy mode, choosers' previews). */
    static Pdu history(Mux mux, Pdu.GetHistory r) throws MuxException {
        return PaneHistory.lines(pane(mux, r.paneId()), r);
    }

    /** tmux send-keys: key names encoded for the pane's modes, written to its PTY. */
    static Pdu sendKeys(Mux mux, Pdu.SendKeys r) throws MuxException {
        Pane pane = paneOf(mux.resolve(r.target()));
        KeyModes modes = pane.screen().read(t -> new KeyModes(t.modes().cursorKeysApp(), t.modes().keypadApp(),
                t.modes().bracketedPaste(), t.modes().kittyKeyboardFlags()));
        byte[] bytes;
        try {
            bytes = SendKeys.encode(r.keys(), r.literal(), modes);
        } catch (IllegalArgumentException e) {
            throw new MuxException("bad-key", e.getMessage());
        }
        pane.write(bytes, 0, null);
        return new Pdu.OkReply(r.requestId());
    }

    /** tmux capture-pane -p. */
    static Pdu capture(Mux mux, Pdu.CapturePane r) throws MuxException {
        Pane pane = paneOf(mux.resolve(r.target()));
        String text = pane.screen().read(t -> PaneCapture.capture(t, r.start(), r.end(), r.escapes(), r.joinWrapped()));
        return new Pdu.CaptureResult(r.requestId(), text);
    }
}
