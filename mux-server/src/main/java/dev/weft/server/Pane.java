package dev.weft.server;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import com.pty4j.WinSize;
import com.pty4j.unix.UnixPtyProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PTY and its emulator. A reader thread feeds every byte of output into the emulator whether
 * or not anyone watches, so nothing is lost while detached; it never waits for a client. Input
 * goes through a per-pane writer thread so a program that does not read its input blocks only
 * its own pane, never a netty event loop.
 *
 * <p>The pane closes when its output ends (all holders of the PTY slave are gone) or, at the
 * latest, shortly after its process exits; {@code onClosed} is called once.
 */
final class Pane {
    private static final Logger LOG = LoggerFactory.getLogger(Pane.class);
    /** After the process exits, how long the reader may still drain output before we close. */
    private static final long DRAIN_MILLIS = 1000;

    private final int id;
    /** The program's name (argv[0] without its directory), as tmux names a window after it. */
    private final String program;
    /** Where the program started ({@code -c} or the default). */
    private final String startDirectory;
    private final PaneScreen screen;
    private final PtyProcess process;
    private final int masterFd;
    private final OutputStream ptyIn;
    private final ExecutorService writer;
    private final Thread reader;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Consumer<Pane> onClosed;
    private volatile int exitStatus = -1;
    private final TermiosWatch termiosWatch;
    /** The PTY's size as last set (guarded by this). */
    private int cols;
    private int rows;

    private Pane(int id, String program, String startDirectory, PaneScreen screen, PtyProcess process,
                 Consumer<Pane> onClosed) {
        this.id = id;
        this.program = program;
        this.startDirectory = startDirectory;
        this.screen = screen;
        this.process = process;
        this.onClosed = onClosed;
        this.masterFd = process instanceof UnixPtyProcess u ? u.getPty().getMasterFD() : -1;
        this.ptyIn = process.getOutputStream();
        this.writer = Executors.newSingleThreadExecutor(r -> daemon(r, "pane-" + id + "-writer"));
        screen.replySink(this::writeReply);
        screen.termiosFlags(this::readTermios);
        this.termiosWatch = new TermiosWatch(this::readTermios, screen::signalDirty);
        this.reader = daemon(this::readLoop, "pane-" + id + "-reader");
    }

    /** What a pane's program set with OSC 52: selection as sent, data decoded. Called on the reader thread, no lock held. */
    interface ClipboardListener {
        void clipboardSet(Pane pane, String selection, byte[] data);
    }

    /** Start {@code launch} in a new PTY of the given size. */
    static Pane start(int id, PaneLaunch launch, int cols, int rows, int scrollback,
                      Consumer<Pane> onClosed) throws PaneStartException {
        return start(id, launch, cols, rows, scrollback, onClosed, (pane, selection, data) -> {});
    }

    /** Start {@code launch}; {@code onClipboard} hears OSC 52 sets from the first byte of output on. */
    static Pane start(int id, PaneLaunch launch, int cols, int rows, int scrollback,
                      Consumer<Pane> onClosed, ClipboardListener onClipboard) throws PaneStartException {
        PtyProcess process;
        try {
            process = new PtyProcessBuilder(launch.argv().toArray(String[]::new))
                    .setEnvironment(launch.env())
                    .setDirectory(launch.cwd().toString())
                    .setInitialColumns(Math.max(1, cols))
                    .setInitialRows(Math.max(1, rows))
                    .setConsole(false)
                    // keep a slave fd open until the process is reaped so its last output is not lost
                    .setUnixOpenTtyToPreserveOutputAfterTermination(true)
                    .start();
        } catch (IOException e) {
            throw new PaneStartException("cannot run \"" + launch.argv().get(0) + "\": " + e.getMessage(), e);
        }
        String argv0 = launch.argv().get(0);
        Pane pane = new Pane(id, argv0.substring(argv0.lastIndexOf('/') + 1), launch.cwd().toString(), new PaneScreen(Math.max(1, cols), Math.max(1, rows), scrollback), process, onClosed);
        pane.cols = Math.max(1, cols);
        pane.rows = Math.max(1, rows);
        pane.screen.clipboardSink((selection, data) -> onClipboard.clipboardSet(pane, selection, data));
        pane.reader.start();
        Thread waiter = daemon(pane::awaitExit, "pane-" + id + "-waiter");
        waiter.start();
        LOG.info("pane {} started: {} in {} (pid {})", id, launch.argv(), launch.cwd(), process.pid());
        return pane;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    int id() {
        return id;
    }

    PaneScreen screen() {
        return screen;
    }

    String program() {
        return program;
    }

    String startDirectory() {
        return startDirectory;
    }

    long pid() {
        return process.pid();
    }

    synchronized int cols() {
        return cols;
    }

    synchronized int rows() {
        return rows;
    }

    /**
     * The foreground process group of the PTY ({@code tcgetpgrp} on the master), as tmux finds
     * {@code pane_current_command}; the shell's pid when unknown, -1 once closed.
     */
    long foregroundPid() {
        if (closed.get()) {
            return -1;
        }
        int pgrp = Termios.foregroundProcessGroup(masterFd);
        return pgrp > 0 ? pgrp : process.pid();
    }

    boolean isClosed() {
        return closed.get();
    }

    /** The process's exit status once it has exited, else -1. */
    int exitStatus() {
        return exitStatus;
    }

    /** termios ECHO/ICANON of this PTY ({@code PaneUpdate} bits); 0 once closed. */
    int readTermios() {
        if (closed.get()) {
            return 0;
        }
        return Termios.echoFlags(masterFd);
    }

    /** Queue input for the PTY; {@code serials} records it as consumed once written. */
    void write(byte[] data, long serial, InputSerials serials) {
        if (closed.get()) {
            return;
        }
        try {
            writer.execute(() -> writeNow(data, serial, serials));
        } catch (RejectedExecutionException e) {
            // closed meanwhile: the input has nowhere to go
        }
    }

    private void writeNow(byte[] data, long serial, InputSerials serials) {
        // Recorded just before the write: output the program makes in answer can only be read
        // after it, and then counts as echoing this serial.
        if (serials != null) {
            serials.consumed(serial);
        }
        try {
            ptyIn.write(data);
            ptyIn.flush();
        } catch (IOException e) {
            LOG.debug("pane {}: write failed: {}", id, e.toString());
        }
        // Even without output the client learns the serial was consumed (and echo flags).
        screen.signalDirty();
        termiosWatch.activity();
    }

    private void writeReply(byte[] reply) {
        write(reply.clone(), 0, null);
    }

    /** Resize the emulator, then the PTY (which sends SIGWINCH so the program redraws). No-op when unchanged. */
    synchronized void resize(int cols, int rows) {
        cols = Math.max(1, cols);
        rows = Math.max(1, rows);
        if (cols == this.cols && rows == this.rows) {
            return;
        }
        this.cols = cols;
        this.rows = rows;
        screen.resize(cols, rows);
        if (!closed.get()) {
            try {
                process.setWinSize(new WinSize(cols, rows));
            } catch (RuntimeException e) {
                LOG.debug("pane {}: resize failed: {}", id, e.toString());
            }
        }
    }

    private void readLoop() {
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                screen.feed(buf, 0, n);
                termiosWatch.activity();
            }
        } catch (IOException e) {
            LOG.debug("pane {}: read ended: {}", id, e.toString());
        } catch (RuntimeException e) {
            LOG.error("pane {}: emulator failed on output", id, e);
        }
        closeAfterExit();
    }

    private void awaitExit() {
        try {
            exitStatus = process.waitFor();
            reader.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAfterExit();
    }

    private void closeAfterExit() {
        if (closed.compareAndSet(false, true)) {
            LOG.info("pane {} closed (exit status {})", id, exitStatus);
            if (process.isAlive()) {
                // Output ended but the process lives on (it closed its terminal): hang it up, as
                // closing a terminal does.
                hangup();
            }
            writer.shutdownNow();
            try {
                ptyIn.close();
            } catch (IOException e) {
                LOG.debug("pane {}: closing the PTY: {}", id, e.toString());
            }
            screen.signalDirty();
            onClosed.accept(this);
        }
    }

    private void hangup() {
        if (process instanceof UnixPtyProcess u) {
            u.hangup();
        } else {
            process.destroy();
        }
    }

    /**
     * Kill the processes as closing their terminals would: SIGHUP (shells exit and hang up their
     * jobs), then SIGKILL for any still there after half a second. The panes then close through
     * the usual path. Blocks up to that half second.
     */
    static void killAll(List<Pane> panes) {
        for (Pane p : panes) {
            if (p.process.isAlive()) {
                p.hangup();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        for (Pane p : panes) {
            try {
                long left = deadline - System.nanoTime();
                if (p.process.isAlive() && !p.process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    p.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void kill() {
        killAll(List.of(this));
    }
}
