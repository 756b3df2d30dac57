package dev.weft.bench;

import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A companion to the JMH benchmark for a shared, overloaded machine: feeds each stream
 * repeatedly and reports MB per second of this thread's CPU time as well as of wall time, so
 * figures taken while other work competes for the cores stay comparable. Not a test.
 * Usage: java -cp ... dev.weft.bench.CpuTimeThroughput [seconds-per-stream] [stream...]
 */
public final class CpuTimeThroughput {
    private CpuTimeThroughput() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        String[] names = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length)
                : new String[] {"plain_ascii_100mb", "dense_sgr", "cjk_combining", "cursor_motion", "dense_cells",
                    "light_cells", "medium_cells", "scrolling", "scrolling_bottom_region",
                    "scrolling_bottom_small_region", "scrolling_fullscreen", "scrolling_top_region",
                    "scrolling_top_small_region", "sync_medium_cells", "unicode"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-32s %10s %12s %12s%n", "stream", "MB", "MB/s wall", "MB/s cpu");
        for (String name : names) {
            EmulatorThroughput b = new EmulatorThroughput();
            b.stream = name;
            b.load();
            EmulatorThroughput.Bytes counter = new EmulatorThroughput.Bytes();
            // Warm up for a third of the time, then measure.
            run(b, counter, seconds / 3);
            counter.bytes = 0;
            long wall0 = System.nanoTime();
            long cpu0 = mx.getCurrentThreadCpuTime();
            run(b, counter, seconds);
            long wall = System.nanoTime() - wall0;
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            double mb = counter.bytes / 1e6;
            System.out.printf(Locale.ROOT, "%-32s %10.1f %12.1f %12.1f%n", name, mb, mb / (wall / 1e9),
                    mb / (cpu / 1e9));
        }
    }

    private static void run(EmulatorThroughput b, EmulatorThroughput.Bytes counter, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            b.feed(counter);
        } while (System.nanoTime() < end);
    }

    static Terminal fresh() {
        return new Terminal(80, 24, Terminal.DEFAULT_SCROLLBACK, TerminalListener.NONE);
    }
}
