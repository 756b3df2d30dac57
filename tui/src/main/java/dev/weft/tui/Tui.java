package dev.weft.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import dev.weft.client.AttachedSession;
import dev.weft.client.ClientException;
import dev.weft.keymaps.KeyNames;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal front end: owns the controlling terminal for the length of one attachment.
 *
 * <pre>
 *   stdin --reader--> InputRouter (decode, prompt/overlay keys, key tables, encode for the pane) --> sendInput
 *                                  \--> CommandRunner (client-side commands; the rest --> runCommand)
 *   SessionListener --> SessionView / Settings / ClientUi + FrameRenderer marks --> RenderLoop
 *                   --> Lanterna delta --> stdout
 *   SIGWINCH, status on/off/top --> screen resize + AttachedSession.resize(cols, pane-area rows)
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
        try {
            KeyNames.parse(options.prefixKey());
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
        return new Tui.Run(options, terminal).run(attacher);
    }

    /** One run: the parts and threads, and the order they start and stop in. */
    private static final class Run {
        private final TuiOptions options;
        private final TerminalSession terminal;
        private final CompletableFuture<TuiResult> outcome = new CompletableFuture<>();
        private volatile AttachedSession session;
        private Settings settings;
        /** The pane-area size the server was last told (cols, rows). */
        private int toldCols = -1;
        private int toldRows = -1;

        Run(TuiOptions options, TerminalSession terminal) {
            this.options = options;
            this.terminal = terminal;
        }

        TuiResult run(Attacher attacher) {
            RenderLoop renderLoop = null;
            InputLoop inputLoop = null;
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "weft-tui-timer");
                t.setDaemon(true);
                return t;
            });
            try {
                settings = initialSettings(options);
                terminal.enter();
                int cols = terminal.cols();
                int rows = terminal.rows();
                OutputTerminal screenTerminal = new OutputTerminal(terminal.output(), cols, rows);
                TerminalScreen screen = new TerminalScreen(screenTerminal);
                screen.startScreen();
                SessionView view = new SessionView();
                ClientUi ui = new ClientUi(null, timer);
                FrameRenderer renderer = new FrameRenderer(screen, view,
                        new StatusLine(options.hostName(), Clock.systemDefaultZone()), terminal.output(),
                        terminal::cursorShapeChanged, settings, ui);
                renderLoop = new RenderLoop(renderer, MIN_FRAME_GAP, CLOCK_PERIOD, this::failed);
                RenderLoop loop = renderLoop;
                ui.onRepaint(new ClientUi.Repaint() {
                    @Override
                    public void status() {
                        renderer.statusChanged();
                        loop.wake();
                    }

                    @Override
                    public void all() {
                        renderer.layoutChanged();
                        loop.wake();
                    }
                });
                Thread renderThread = new Thread(renderLoop, "weft-tui-render");
                renderThread.setDaemon(true);
                renderThread.start();
                terminal.onResize(() -> resized(screenTerminal, renderer, loop));

                SessionEvents events = new SessionEvents(view, renderer, renderLoop::wake, outcome, settings, ui,
                        s -> tellSize());
                events.wakeNowWith(renderLoop::wakeNow);
                int areaRows = FrameRenderer.Area.of(settings.get(), rows).rows();
                AttachedSession attached = attacher.attach(cols, Math.max(1, areaRows), events);
                if (attached == null) {
                    throw new ClientException("the server did not attach us (no session)");
                }
                synchronized (this) {
                    toldCols = cols;
                    toldRows = Math.max(1, areaRows);
                    session = attached;
                }
                CommandRunner commands = new CommandRunner(attached, view, settings, ui, this::detach);
                CopyModes copyModes = new CopyModes(attached, view, settings, ui);
                commands.modes(copyModes, new Choosers(attached, view, settings, ui, commands));
                renderer.paneViews(copyModes::view);
                renderer.outerMouse(new OuterMouse()); // mouse reports on from the next frame: the router is made below
                events.copyModes(copyModes);
                events.commands(commands);
                if (terminal.cols() != cols || terminal.rows() != rows) {
                    resized(screenTerminal, renderer, loop); // the terminal changed while attaching
                }
                tellSize(); // settings may have come while attaching
                // one complete frame once attached: whatever the terminal did while we started
                // (a resize before our handler was in place) is painted over
                renderer.resized();
                loop.wake();
                InputRouter router = new InputRouter(attached, view::activePaneId, settings, commands, ui,
                        System::currentTimeMillis);
                router.modes(copyModes, new MouseRouter(attached, view, settings, ui, commands, copyModes));
                router.readOnly(options.readOnly());
                Settings live = settings;
                inputLoop = new InputLoop(terminal.input(), router,
                        () -> Duration.ofMillis(Math.max(0, live.get().millis("escape_time"))).toNanos(),
                        this::failed, () -> outcome.complete(TuiResult.failure("[lost tty]")));
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
                timer.shutdownNow();
                terminal.restore();
            }
        }

        /** The cli's prefix and escape time over the defaults, until the server sends its own. */
        private static Settings initialSettings(TuiOptions options) {
            Settings s = new Settings();
            try {
                s = new Settings(s.get().options().with("prefix", options.prefixKey())
                        .with("escape_time", Integer.toString(options.escapeTimeMillis())), s.get().keys());
            } catch (RuntimeException e) {
                LOG.info("cli options not taken: {}", e.getMessage());
            }
            return s;
        }

        /** Tell the server the pane-area size if it changed (terminal size, status on/off). */
        private void tellSize() {
            AttachedSession s;
            int cols;
            int rows;
            synchronized (this) {
                s = session;
                if (s == null) {
                    return;
                }
                cols = terminal.cols();
                rows = FrameRenderer.Area.of(settings.get(), terminal.rows()).rows();
                if (cols <= 0 || rows <= 0 || (cols == toldCols && rows == toldRows)) {
                    return;
                }
                toldCols = cols;
                toldRows = rows;
            }
            s.resize(cols, rows);
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
                tellSize();
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
}
