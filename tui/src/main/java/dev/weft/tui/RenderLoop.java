package dev.weft.tui;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The render thread: sleeps until something changed (or the status clock is due), waits out the
 * rest of a short minimum gap so a burst of pane updates becomes one frame, then renders. The
 * echo of a key skips the gap ({@link #wakeNow}): typing is never batched.
 */
final class RenderLoop implements Runnable {
    private final FrameRenderer renderer;
    private final long minGapNanos;
    private final long clockPeriodNanos;
    private final Consumer<Throwable> onFailure;
    private boolean wake = true;
    private boolean urgent;
    private volatile boolean stopped;

    RenderLoop(FrameRenderer renderer, Duration minGap, Duration clockPeriod, Consumer<Throwable> onFailure) {
        this.renderer = renderer;
        this.minGapNanos = minGap.toNanos();
        this.clockPeriodNanos = clockPeriod.toNanos();
        this.onFailure = onFailure;
    }

    /** Something changed: render soon. */
    synchronized void wake() {
        wake = true;
        notifyAll();
    }

    /** A change the user waits for (the echo of a key): render without waiting out the gap. */
    synchronized void wakeNow() {
        wake = true;
        urgent = true;
        notifyAll();
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    @Override
    public void run() {
        long lastFrame = System.nanoTime() - minGapNanos;
        long nextTick = System.nanoTime() + clockPeriodNanos;
        try {
            while (!stopped) {
                boolean skipGap;
                synchronized (this) {
                    while (!wake && !stopped) {
                        long left = nextTick - System.nanoTime();
                        if (left <= 0) {
                            break;
                        }
                        TimeUnit.NANOSECONDS.timedWait(this, left);
                    }
                    wake = false;
                    skipGap = urgent;
                    urgent = false;
                }
                if (stopped) {
                    return;
                }
                long now = System.nanoTime();
                if (now - nextTick >= 0) {
                    renderer.statusChanged();
                    nextTick = now + clockPeriodNanos;
                }
                long gap = lastFrame + minGapNanos - now;
                if (gap > 0 && !skipGap) {
                    LockSupport.parkNanos(gap); // updates arriving meanwhile join this frame
                }
                if (stopped) {
                    return;
                }
                renderer.render();
                lastFrame = System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            if (!stopped) {
                onFailure.accept(e);
            }
        }
    }
}
