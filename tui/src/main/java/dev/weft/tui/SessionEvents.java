package dev.weft.tui;

import dev.weft.client.PaneMirror;
import dev.weft.client.SessionListener;
import dev.weft.protocol.Pdu;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attached session's callbacks (on the client's I/O thread): record, mark what to repaint, wake
 * the render thread; and turn the end of the attachment into the TUI's result. The first outcome
 * wins: a server saying goodbye and then closing the socket is "[server exited]", not "[lost server]".
 */
final class SessionEvents implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SessionEvents.class);

    private final SessionView view;
    private final FrameRenderer renderer;
    private final Runnable wake;
    private final CompletableFuture<TuiResult> outcome;

    SessionEvents(SessionView view, FrameRenderer renderer, Runnable wake, CompletableFuture<TuiResult> outcome) {
        this.view = view;
        this.renderer = renderer;
        this.wake = wake;
        this.outcome = outcome;
    }

    @Override
    public void sessionState(Pdu.SessionState state) {
        view.state(state);
        renderer.layoutChanged();
        wake.run();
    }

    @Override
    public void paneChanged(PaneMirror pane) {
        boolean known = view.mirror(pane.paneId()) == pane;
        view.mirror(pane);
        if (known) {
            renderer.paneChanged(pane.paneId());
        } else {
            renderer.layoutChanged();
        }
        wake.run();
    }

    @Override
    public void paneClosed(int paneId) {
        view.removed(paneId);
        renderer.layoutChanged();
        wake.run();
    }

    @Override
    public void detached(String sessionName, String reason) {
        LOG.info("detached from session {}: {}", sessionName, reason);
        outcome.complete(result(sessionName, reason));
    }

    @Override
    public void disconnected(String why) {
        LOG.info("connection to the server lost: {}", why);
        outcome.complete(TuiResult.lostServer());
    }

    /** {@link Pdu.Detached} reasons to tmux's exit messages. */
    static TuiResult result(String sessionName, String reason) {
        String r = reason == null ? "" : reason;
        switch (r) {
            case "session-ended":
            case "session-killed":
            case "exited":
            case "killed":
                return TuiResult.exited();
            case "server-exiting":
            case "server-exited":
                return TuiResult.serverExited();
            default:
                return TuiResult.detached(sessionName);
        }
    }
}
