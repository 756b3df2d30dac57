package dev.weft.tui;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the outer terminal back as it was, exactly once, whoever asks first: the normal exit path,
 * an exception, or the JVM shutdown hook (SIGTERM, SIGHUP). Each step runs even when an earlier
 * one failed (the terminal may be gone after SIGHUP); failures are logged, never printed.
 *
 * <p>Order: the {@link OuterModes#leave()} sequence (sealing the output so no frame follows), then
 * the saved termios attributes, then closing JLine's terminal.
 */
final class Restorer {
    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);

    interface Step {
        void run() throws Exception;
    }

    private final TerminalOutput output;
    private final Step restoreAttributes;
    private final Step close;
    private final AtomicBoolean done = new AtomicBoolean();

    Restorer(TerminalOutput output, Step restoreAttributes, Step close) {
        this.output = output;
        this.restoreAttributes = restoreAttributes;
        this.close = close;
    }

    /** Restore; later calls do nothing. */
    void restore() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        step("leave the alternate screen", () -> output.seal(OuterModes.leave()));
        step("restore terminal attributes", restoreAttributes);
        step("close the terminal", close);
    }

    boolean restored() {
        return done.get();
    }

    private static void step(String what, Step step) {
        try {
            step.run();
        } catch (Exception | Error e) {
            LOG.warn("could not {} while restoring the terminal", what, e);
        }
    }
}
