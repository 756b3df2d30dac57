package dev.weft.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import dev.weft.client.AttachedSession;
import dev.weft.client.ClientException;
import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyNames;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal front end: owns the controlling terminal for the length of one attachment.
 *
 * <pre>
 *   stdin --reader--> InputRouter (decode, prefix table, encode for the pane) --> sendInput
 *   SessionListener --> SessionView + FrameRenderer marks --> RenderLoop --> Lanterna delta --> stdout
 *   SIGWINCH --> screen resize + AttachedSession.resize(cols, rows - 1)
 * </pre>
 *
 * The outer terminal is restored on every way out: return, exception, SIGTERM/SIGHUP (shutdown hook).
 */
public final class Tui {
    private static final Logger LOG = LoggerFactory.getLogger(Tui.class);
    /** A frame at most every 4 ms: a burst of updates becomes one refresh. */
    static final Duration MIN_FRAME_GAP = Duration.ofMillis(4);
    /** tmux's status-interval. */
    static final Duration CLOCK_PERIOD = Duration.ofSeconds(15);
    /** How long prefix d waits for the server's Detached before leaving anyway. */
    static final Duration DETACH_GRACE = Duration.ofSeconds(2);

    private Tui() {}

    /**
     * Open the terminal, attach through {@code attacher}, run until detached, the session ends or
     * the server goes; restore the terminal and say how it ended. Never throws; never prints.
     */
    public static TuiResult run(TuiOptions options, Attacher attacher) {
        KeyEvent prefix;
        try {
            prefix = KeyNames.parse(options.prefixKey());
        } catch (RuntimeException e) {
            return TuiResult.failure("weft: the prefix key \"" + options.prefixKey() + "\" is not a key name: "
                    + TerminalSession.oneLine(e) + " (use a tmux key name such as C-b or C-a)");
        }
        TerminalSession terminal;
        try {
            terminal = TerminalSession.open();
        } catch (TerminalSession.UnavailableException e) {
            return TuiResult.failure("weft needs a terminal: " + e.getMessage());
        }
        return new Tui.Run(options, prefix, terminal).run(attacher);
    }

    /** One run: the parts and threads, and the order they start and stop in. */
    private static final class Run {
        private final TuiOptions options;
        private final KeyEvent prefix;
        private final TerminalSession terminal;
        private final CompletableFuture<TuiResult> outcome = new CompletableFuture<>();
        private volatile AttachedSession session;

        Run(TuiOptions options, KeyEvent prefix, TerminalSession terminal) {
            this.options = options;
            this.prefix = prefix;
            this.terminal = terminal;
        }

        TuiResult run(Attacher attacher) {
            RenderLoop renderLoop = null;
            InputLoop inputLoop = null;
            try {
                terminal.enter();
                int cols = terminal.cols();
                int rows = terminal.rows();
                OutputTerminal screenTerminal = new OutputTerminal(terminal.output(), cols, rows);
                TerminalScreen screen = new TerminalScreen(screenTerminal);
                screen.startScreen();
                SessionView view = new SessionView();
                FrameRenderer renderer = new FrameRenderer(screen, view,
                        new StatusLine(options.hostName(), Clock.systemDefaultZone()), terminal.output(),
                        terminal::cursorShapeChanged);
                renderLoop = new RenderLoop(renderer, MIN_FRAME_GAP, CLOCK_PERIOD, this::failed);
                Thread renderThread = new Thread(renderLoop, "weft-tui-render");
                renderThread.setDaemon(true);
                renderThread.start();
                RenderLoop loop = renderLoop;
                terminal.onResize(() -> resized(screenTerminal, renderer, loop));

                AttachedSession attached = attacher.attach(cols, paneRows(rows), new SessionEvents(
                        view, renderer, renderLoop::wake, outcome));
                if (attached == null) {
                    throw new ClientException("the server did not attach us (no session)");
                }
                session = attached;
                if (terminal.cols() != cols || terminal.rows() != rows) {
                    resized(screenTerminal, renderer, loop); // the terminal changed while attaching
                }
                InputRouter router = new InputRouter(attached, view::activePaneId, prefix, this::detach);
                inputLoop = new InputLoop(terminal.input(), router,
                        Duration.ofMillis(options.escapeTimeMillis()), this::failed,
                        () -> outcome.complete(TuiResult.failure("[lost tty]")));
                inputLoop.start();
                return outcome.get();
            } catch (ClientException e) {
                LOG.info("attach failed", e);
                return TuiResult.failure(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return TuiResult.failure("weft: interrupted");
            } catch (ExecutionException | RuntimeException | java.io.IOException | Error e) {
                return failure(e);
            } finally {
                if (inputLoop != null) {
                    inputLoop.stop();
                }
                if (renderLoop != null) {
                    renderLoop.stop();
                }
                terminal.restore();
            }
        }

        private void resized(OutputTerminal screenTerminal, FrameRenderer renderer, RenderLoop loop) {
            try {
                int cols = terminal.cols();
                int rows = terminal.rows();
                if (cols <= 0 || rows <= 0) {
                    return;
                }
                screenTerminal.resize(cols, rows);
                renderer.resized();
                loop.wake();
                AttachedSession s = session;
                if (s != null) {
                    s.resize(cols, paneRows(rows));
                }
            } catch (Exception e) {
                LOG.warn("resize failed", e);
            }
        }

        /** Prefix d: ask the server; if its answer does not come, leave anyway. */
        private void detach() {
            AttachedSession s = session;
            String name = s.sessionName();
            try {
                s.detach();
            } catch (RuntimeException e) {
                LOG.warn("detach request failed", e);
                outcome.complete(TuiResult.detached(name));
                return;
            }
            CompletableFuture.delayedExecutor(DETACH_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> outcome.complete(TuiResult.detached(name)));
        }

        private void failed(Throwable e) {
            outcome.complete(failure(e));
        }

        private static TuiResult failure(Throwable e) {
            LOG.error("terminal client failed", e);
            return TuiResult.failure("weft: the terminal client failed: " + TerminalSession.oneLine(e)
                    + " (details in the client log)");
        }
    }

    /** The pane area is the terminal minus the status line, never less than one row. */
    static int paneRows(int terminalRows) {
        return Math.max(1, terminalRows - 1);
    }
}
