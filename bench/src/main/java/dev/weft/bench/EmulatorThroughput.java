package dev.weft.bench;

import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Emulator throughput at 80x24 with the default 10,000-line scrollback. Each operation feeds
 * one whole stream into a fresh terminal (vtebench: its setup once, then the bench bytes
 * repeated to at least 1 MiB). The {@code bytes} counter is in bytes per second: divide by
 * 1,000,000 for MB/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class EmulatorThroughput {

    @Param({"plain_ascii_100mb", "dense_sgr", "cjk_combining", "cursor_motion", "dense_cells", "light_cells",
        "medium_cells", "scrolling", "scrolling_bottom_region", "scrolling_bottom_small_region",
        "scrolling_fullscreen", "scrolling_top_region", "scrolling_top_small_region", "sync_medium_cells",
        "unicode"})
    public String stream;

    private byte[] setup;
    private byte[] data;

    /** Bytes fed, reported by JMH as a rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        setup = new byte[0];
        switch (stream) {
            case "plain_ascii_100mb" -> data = Streams.plainAscii(100_000_000, 1);
            case "dense_sgr" -> data = Streams.denseSgr(16 * Streams.MIB, 2);
            case "cjk_combining" -> data = Streams.cjkCombining(16 * Streams.MIB, 3);
            default -> {
                byte[][] v = Streams.vtebench(stream);
                setup = v[0];
                data = v[1];
            }
        }
    }

    @Benchmark
    public long feed(Bytes counter) {
        Terminal t = new Terminal(80, 24, Terminal.DEFAULT_SCROLLBACK, TerminalListener.NONE);
        t.feed(setup);
        t.feed(data);
        counter.bytes += data.length;
        return t.seq();
    }
}
