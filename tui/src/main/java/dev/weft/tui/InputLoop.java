package dev.weft.tui;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Two daemon threads: a reader that blocks on the terminal's input and queues whatever arrived,
 * and a router that feeds it to the {@link InputRouter}. When a sequence is incomplete (a lone
 * ESC) the router waits at most escape-time for more before letting it stand alone, which is how
 * Escape is told from Alt (tmux's {@code escape-time}).
 *
 * <p>A bracketed paste whose end marker does not arrive within {@link #PASTE_TIMEOUT} of the last
 * byte is ended there, so a broken paste cannot swallow the keyboard.
 *
 * <p>The terminal is in raw mode with VTIME set, so each read returns within 100 ms, with -1 when
 * nothing came; {@link #stop} waits for the reader to notice, so no read is left pending when the
 * terminal returns to canonical mode (it would take the user's next shell line). A real end of
 * input shows as -1 returned at once, repeatedly.
 */
final class InputLoop {
    private static final byte[] EOF = new byte[0];
    /** A -1 sooner than this after the read began is an end of input, not VTIME expiring. */
    private static final long QUICK_EOF_NANOS = 20_000_000L;
    private static final int QUICK_EOFS = 5;
    private static final long STOP_WAIT_MILLIS = 1000;
    static final Duration PASTE_TIMEOUT = Duration.ofSeconds(1);

    private final InputStream in;
    private final InputRouter router;
    private final LongSupplier escapeTimeNanos;
    private final Consumer<Throwable> onFailure;
    private final Runnable onEof;
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile boolean stopped;
    private Thread reader;
    private Thread routing;

    InputLoop(InputStream in, InputRouter router, Duration escapeTime, Consumer<Throwable> onFailure,
              Runnable onEof) {
        this(in, router, escapeTime::toNanos, onFailure, onEof);
    }

    /** @param escapeTimeNanos read at each wait: the option can change while attached */
    InputLoop(InputStream in, InputRouter router, LongSupplier escapeTimeNanos, Consumer<Throwable> onFailure,
              Runnable onEof) {
        this.in = in;
        this.router = router;
        this.escapeTimeNanos = escapeTimeNanos;
        this.onFailure = onFailure;
        this.onEof = onEof;
    }

    void start() {
        reader = new Thread(this::read, "weft-tui-input-reader");
        reader.setDaemon(true);
        routing = new Thread(this::route, "weft-tui-input");
        routing.setDaemon(true);
        reader.start();
        routing.start();
    }

    /** Stop both threads; returns once the reader has left its read (at most ~100 ms) or after 1 s. */
    void stop() {
        stopped = true;
        if (routing != null) {
            routing.interrupt();
        }
        if (reader != null && reader != Thread.currentThread()) {
            try {
                reader.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read() {
        byte[] buffer = new byte[8192];
        int quickEofs = 0;
        try {
            while (!stopped) {
                long start = System.nanoTime();
                int n = in.read(buffer);
                if (n < 0) {
                    if (System.nanoTime() - start >= QUICK_EOF_NANOS) {
                        quickEofs = 0; // VTIME expired: nothing typed
                    } else if (++quickEofs >= QUICK_EOFS) {
                        chunks.add(EOF);
                        return;
                    }
                    continue;
                }
                quickEofs = 0;
                if (n > 0 && !stopped) {
                    chunks.add(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            if (!stopped) {
                chunks.add(EOF);
            }
        }
    }

    private void route() {
        try {
            while (!stopped) {
                boolean inPaste = router.inPaste();
                byte[] chunk = inPaste
                        ? chunks.poll(PASTE_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)
                        : router.hasPending()
                        ? chunks.poll(escapeTimeNanos.getAsLong(), TimeUnit.NANOSECONDS)
                        : chunks.take();
                if (stopped) {
                    return;
                }
                if (chunk == null && inPaste) {
                    router.endPaste();
                } else if (chunk == null) {
                    router.timeout();
                } else if (chunk == EOF) {
                    onEof.run();
                    return;
                } else {
                    router.feed(chunk, 0, chunk.length);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            if (!stopped) {
                onFailure.accept(e);
            }
        }
    }
}
