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
 * closing JLine's terminal, then the saved termios. Closing JLine restores the attributes JLine
 * saved, but through its portable {@code Attributes}, which lose the line speed (stty shows
 * {@code speed 0 baud} afterwards); so the exact saved termios is applied last.
 */
final class Restorer {
    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);

    interface Step {
        void run() throws Exception;
    }

    private final TerminalOutput output;
    private final Step close;
    private final Step restoreAttributes;
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicBoolean cursorShapeChanged = new AtomicBoolean();

    Restorer(TerminalOutput output, Step close, Step restoreAttributes) {
        this.output = output;
        this.close = close;
        this.restoreAttributes = restoreAttributes;
    }

    /** A pane's cursor shape reached the outer terminal: put the default back on the way out. */
    void cursorShapeChanged() {
        cursorShapeChanged.set(true);
    }

    /** Restore; later calls do nothing. */
    void restore() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        step("leave the alternate screen", () -> output.seal(OuterModes.leave(cursorShapeChanged.get())));
        step("close the terminal", close);
        step("restore terminal attributes", restoreAttributes);
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
