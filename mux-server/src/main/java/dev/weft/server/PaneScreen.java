package dev.weft.server;

import dev.weft.emulator.Line;
import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import dev.weft.emulator.TerminalModes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A pane's emulator and the bookkeeping around it, without the PTY: output is fed in, frames are
 * snapshotted out, listeners hear "something changed". All emulator access happens under this
 * object's lock; listeners are called outside it and must not block (they schedule work).
 */
final class PaneScreen {

    /** One visible row copied out of the emulator. */
    record RowLine(int row, Line line) {}

    /** An OSC 52 set waiting for the lock to be released. */
    private record ClipboardSet(String selection, byte[] data) {}

    /** What a frame needs, copied under the lock. */
    record Snapshot(long seq, int cols, int rows, List<RowLine> lines, int cursorRow, int cursorCol,
                    TerminalModes modes, String title, long scrollbackPushed, int echoFlags) {}

    private final Object lock = new Object();
    private final Terminal terminal;
    private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();
    private final List<InputSerials> writers = new CopyOnWriteArrayList<>();
    private volatile Consumer<byte[]> replySink = b -> {};
    private volatile IntSupplier termiosFlags = () -> 0;
    private volatile BiConsumer<String, byte[]> clipboardSink = (selection, data) -> {};
    /** OSC 52 sets seen during a feed, handed on after the lock is released (guarded by lock). */
    private final List<ClipboardSet> pendingClipboard = new ArrayList<>();

    PaneScreen(int cols, int rows, int scrollbackLimit) {
        this.terminal = new Terminal(cols, rows, scrollbackLimit, new TerminalListener() {
            @Override
            public void reply(byte[] bytes) {
                replySink.accept(bytes);
            }

            @Override
            public void clipboardSet(String selection, byte[] data) {
                // Called under the lock: the sink takes the mux lock, so it runs after feed lets go.
                pendingClipboard.add(new ClipboardSet(selection, data));
            }
        });
    }

    /** Where terminal replies (DA, CPR, ...) go: the PTY. */
    void replySink(Consumer<byte[]> sink) {
        this.replySink = sink;
    }

    /**
     * Where OSC 52 clipboard sets from the program go (selection as sent, data decoded). Called
     * on the feeding thread without this screen's lock held.
     */
    void clipboardSink(BiConsumer<String, byte[]> sink) {
        this.clipboardSink = sink;
    }

    /** termios ECHO/ICANON bits of the PTY, read on each snapshot. */
    void termiosFlags(IntSupplier source) {
        this.termiosFlags = source;
    }

    void addDirtyListener(Runnable r) {
        dirtyListeners.add(r);
    }

    void removeDirtyListener(Runnable r) {
        dirtyListeners.remove(r);
    }

    InputSerials registerWriter() {
        InputSerials s = new InputSerials();
        writers.add(s);
        return s;
    }

    void unregisterWriter(InputSerials s) {
        writers.remove(s);
    }

    /** Parse output; marks consumed input as echoed and tells listeners. */
    void feed(byte[] data, int offset, int length) {
        List<ClipboardSet> clipboard = null;
        synchronized (lock) {
            terminal.feed(data, offset, length);
            if (!pendingClipboard.isEmpty()) {
                clipboard = new ArrayList<>(pendingClipboard);
                pendingClipboard.clear();
            }
        }
        if (clipboard != null) {
            for (ClipboardSet c : clipboard) {
                clipboardSink.accept(c.selection(), c.data());
            }
        }
        for (InputSerials w : writers) {
            w.outputSeen();
        }
        signalDirty();
    }

    void signalDirty() {
        for (Runnable r : dirtyListeners) {
            r.run();
        }
    }

    void resize(int cols, int rows) {
        synchronized (lock) {
            terminal.resize(cols, rows);
        }
        signalDirty();
    }

    <T> T read(Function<Terminal, T> reader) {
        synchronized (lock) {
            return reader.apply(terminal);
        }
    }

    /** termios ECHO/ICANON bits now (a system call, no lock). */
    int termiosFlagsNow() {
        return termiosFlags.getAsInt();
    }

    long seq() {
        synchronized (lock) {
            return terminal.seq();
        }
    }

    /** Rows changed after {@code sinceSeq}, or all rows when {@code full}. */
    Snapshot snapshot(long sinceSeq, boolean full) {
        int flags = termiosFlags.getAsInt();
        synchronized (lock) {
            int rows = terminal.rows();
            List<RowLine> lines = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (full || terminal.rowSeq(r) > sinceSeq) {
                    lines.add(new RowLine(r, terminal.line(r)));
                }
            }
            return new Snapshot(terminal.seq(), terminal.cols(), rows, lines, terminal.cursorRow(),
                    terminal.cursorCol(), terminal.modes(), terminal.title(),
                    terminal.scrollbackPushedTotal(), flags);
        }
    }
}
