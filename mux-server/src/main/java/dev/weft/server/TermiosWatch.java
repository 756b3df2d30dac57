package dev.weft.server;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Notices termios changes that come with no output, such as {@code stty -echo} right after a
 * "Password:" prompt: after any output or input, the PTY's flags are read again shortly after
 * (30 ms, then 300 ms later) and a change marks the pane dirty, so the next frame carries it.
 * One shared daemon thread serves every pane.
 */
final class TermiosWatch {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "termios-watch");
        t.setDaemon(true);
        return t;
    });
    private static final long FIRST_MILLIS = 30;
    private static final long SECOND_MILLIS = 300;

    private final IntSupplier flags;
    private final Runnable changed;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile int last;

    TermiosWatch(IntSupplier flags, Runnable changed) {
        this.flags = flags;
        this.changed = changed;
        this.last = flags.getAsInt();
    }

    /** Output was read or input written: look again soon. Cheap when a look is already due. */
    void activity() {
        if (pending.compareAndSet(false, true)) {
            TIMER.schedule(() -> {
                check();
                TIMER.schedule(() -> {
                    pending.set(false);
                    check();
                }, SECOND_MILLIS, TimeUnit.MILLISECONDS);
            }, FIRST_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        int now = flags.getAsInt();
        if (now != last) {
            last = now;
            changed.run();
        }
    }
}
