package dev.weft.tui;

import dev.weft.client.PaneMirror;
import dev.weft.client.SessionListener;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attached session's callbacks (on the client's I/O thread): record, mark what to repaint, wake
 * the render thread; take the server's settings, status line, messages and client commands; and
 * turn the end of the attachment into the TUI's result. The first outcome
 * wins: a server saying goodbye and then closing the socket is "[server exited]", not "[lost server]".
 */
final class SessionEvents implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SessionEvents.class);

    private final SessionView view;
    private final FrameRenderer renderer;
    private final Runnable wake;
    private volatile Runnable wakeNow;
    private long lastEchoed; // I/O thread only
    private final CompletableFuture<TuiResult> outcome;
    private final Settings settings;
    private final ClientUi ui;
    private final Consumer<Settings.Snapshot> settingsChanged;
    private volatile CommandRunner commands;
    private volatile CopyModes copyModes;

    SessionEvents(SessionView view, FrameRenderer renderer, Runnable wake, CompletableFuture<TuiResult> outcome) {
        this(view, renderer, wake, outcome, null, renderer.ui(), s -> { });
    }

    /**
     * @param settings where the server's settings go (null: ignored)
     * @param settingsChanged told after new settings were taken (the status line may have moved)
     */
    SessionEvents(SessionView view, FrameRenderer renderer, Runnable wake, CompletableFuture<TuiResult> outcome,
                  Settings settings, ClientUi ui, Consumer<Settings.Snapshot> settingsChanged) {
        this.view = view;
        this.renderer = renderer;
        this.wake = wake;
        this.wakeNow = wake;
        this.outcome = outcome;
        this.settings = settings;
        this.ui = ui;
        this.settingsChanged = settingsChanged;
    }

    /** Who runs the server's client commands (set once attached). */
    void commands(CommandRunner runner) {
        this.commands = runner;
    }

    @Override
    public void sessionState(Pdu.SessionState state) {
        if (view.state(state)) {
            ui.sessionSwitched();
        }
        renderer.layoutChanged();
        wake.run();
    }

    @Override
    public void settings(Pdu.ClientSettings update) {
        if (settings == null) {
            return;
        }
        Settings.Snapshot s = settings.apply(update);
        renderer.layoutChanged();
        settingsChanged.accept(s);
        wake.run();
    }

    @Override
    public void status(Pdu.StatusUpdate update) {
        ui.status(update);
    }

    @Override
    public void message(String text) {
        int millis = settings == null ? 750 : settings.get().millis("display_time");
        ui.message(text, millis);
    }

    @Override
    public void clientCommand(List<String> argv) {
        CommandRunner runner = commands;
        if (runner == null) {
            LOG.info("client command {} before the client was ready: dropped", argv);
            return;
        }
        runner.run(argv);
    }

    @Override
    public void paneChanged(PaneMirror pane) {
        boolean known = view.mirror(pane.paneId()) == pane;
        if (known && !pane.lastUpdateVisible()) {
            return; // bookkeeping only: no frame, so the echo that follows is drawn at once
        }
        view.mirror(pane);
        if (known) {
            renderer.paneChanged(pane.paneId());
        } else {
            renderer.layoutChanged();
        }
        long echoed = pane.inputSerialEchoed();
        if (known && echoed > lastEchoed && pane.paneId() == view.activePaneId()) {
            lastEchoed = echoed;
            wakeNow.run(); // the answer to a key: draw it now, not after the frame gap
        } else {
            wake.run();
        }
    }

    /** What to call for a frame that answers the user's typing (default: {@code wake}). */
    void wakeNowWith(Runnable wakeNow) {
        this.wakeNow = wakeNow;
    }

    /** Copy mode, told when a pane goes (set once attached). */
    void copyModes(CopyModes modes) {
        this.copyModes = modes;
    }

    @Override
    public void clipboard(String selection, String text) {
        ui.toTerminal(Osc52.set(selection, text));
    }

    @Override
    public void paneClosed(int paneId) {
        CopyModes modes = copyModes;
        if (modes != null) {
            modes.paneClosed(paneId);
        }
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
