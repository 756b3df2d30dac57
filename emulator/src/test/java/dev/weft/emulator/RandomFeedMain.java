package dev.weft.emulator;

import java.util.SplittableRandom;

/**
 * Feeds a seeded stream of random bytes through a terminal, with occasional resizes, checking
 * {@link Invariants} after every chunk and sampling the heap. Run in its own JVM (see
 * {@link RandomFeedTest}) so the heap limit is real. Prints one result line:
 * {@code random-feed ok bytes=N chunks=N resizes=N heapEarlyMiB=N heapLateMiB=N}.
 */
public final class RandomFeedMain {
    private RandomFeedMain() {}

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        long total = Long.parseLong(args[1]) << 20;
        SplittableRandom rnd = new SplittableRandom(seed);
        Terminal t = new Terminal(80, 24, Terminal.DEFAULT_SCROLLBACK, TerminalListener.NONE);
        byte[] buf = new byte[64 * 1024];
        long fed = 0;
        long chunks = 0;
        long resizes = 0;
        long heapEarly = -1;
        long heapLate = 0;
        long nextResize = 1 << 20;
        while (fed < total) {
            int n = (int) Math.min(buf.length, Math.min(total - fed, 1 + rnd.nextInt(buf.length)));
            for (int i = 0; i < n; i += 8) {
                long v = rnd.nextLong();
                for (int k = 0; k < 8 && i + k < n; k++) {
                    buf[i + k] = (byte) (v >>> (8 * k));
                }
            }
            t.feed(buf, 0, n);
            Invariants.check(t);
            fed += n;
            chunks++;
            if (fed >= nextResize) {
                nextResize += 1 << 20;
                t.resize(1 + rnd.nextInt(200), 1 + rnd.nextInt(80));
                Invariants.check(t);
                resizes++;
            }
            if (heapEarly < 0 && fed >= total / 10) {
                heapEarly = usedHeapAfterGc();
            }
        }
        heapLate = usedHeapAfterGc();
        System.out.println("random-feed ok bytes=" + fed + " chunks=" + chunks + " resizes=" + resizes
                + " heapEarlyMiB=" + (heapEarly >> 20) + " heapLateMiB=" + (heapLate >> 20)
                + " scrollback=" + t.scrollbackSize());
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
