package dev.weft.tui;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Two daemon threads: a reader that blocks on the terminal's input and queues whatever arrived,
 * and a router that feeds it to the {@link InputRouter}. When a sequence is incomplete (a lone
 * ESC) the router waits at most escape-time for more before letting it stand alone, which is how
 * Escape is told from Alt (tmux's {@code escape-time}).
 *
 * <p>A bracketed paste whose end marker does not arrive within {@link #PASTE_TIMEOUT} of the last
 * byte is ended there, so a broken paste cannot swallow the keyboard.
 *
 * <p>The reader cannot be interrupted while blocked in read(2): after {@link #stop} it stays parked
 * there, discarding what it reads, until the process exits.
 */
final class InputLoop {
    private static final byte[] EOF = new byte[0];
    static final Duration PASTE_TIMEOUT = Duration.ofSeconds(1);

    private final InputStream in;
    private final InputRouter router;
    private final long escapeTimeNanos;
    private final Consumer<Throwable> onFailure;
    private final Runnable onEof;
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile boolean stopped;
    private Thread reader;
    private Thread routing;

    InputLoop(InputStream in, InputRouter router, Duration escapeTime, Consumer<Throwable> onFailure,
              Runnable onEof) {
        this.in = in;
        this.router = router;
        this.escapeTimeNanos = escapeTime.toNanos();
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

    void stop() {
        stopped = true;
        if (routing != null) {
            routing.interrupt();
        }
    }

    private void read() {
        byte[] buffer = new byte[8192];
        try {
            while (!stopped) {
                int n = in.read(buffer);
                if (n < 0) {
                    chunks.add(EOF);
                    return;
                }
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
                        ? chunks.poll(escapeTimeNanos, TimeUnit.NANOSECONDS)
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
