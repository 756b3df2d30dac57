package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.FrameReader;
import dev.weft.protocol.FrameWriter;
import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client built from the protocol's frame reader and writer over a plain JDK unix socket, with
 * a minimal screen model for pane frames. A reader thread queues every PDU the server sends.
 */
final class TestClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    /** Queued when the server closed the connection. */
    static final Pdu EOF = new Pdu.OkReply(-1);

    private final SocketChannel channel;
    private final OutputStream out;
    private final FrameWriter writer;
    private final BlockingQueue<Pdu> received = new LinkedBlockingQueue<>();
    private final Map<Integer, Map<Integer, String>> screens = new TreeMap<>();
    private long nextRequest = 1;

    TestClient(Path socket) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        // Not Channels.newInputStream/newOutputStream: they share the channel's blocking lock, so a
        // blocked read would hold up every write.
        InputStream in = new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
        out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buf = ByteBuffer.wrap(b, off, len);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
            }
        };
        writer = new FrameWriter(out);
        FrameReader reader = new FrameReader(in);
        Thread t = new Thread(() -> {
            try {
                Pdu p;
                while ((p = reader.read()) != null) {
                    received.add(p);
                }
            } catch (IOException e) {
                // connection ended
            }
            received.add(EOF);
        }, "test-client-reader");
        t.setDaemon(true);
        t.start();
    }

    static TestClient greeted(Path socket) throws Exception {
        TestClient c = new TestClient(socket);
        c.send(Handshake.hello("test"));
        c.expect(Pdu.HelloOk.class);
        return c;
    }

    long nextRequestId() {
        return nextRequest++;
    }

    void send(Pdu pdu) throws IOException {
        writer.write(pdu);
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next PDU, skipping heartbeats; fails the test after {@link #WAIT}. */
    Pdu next() throws InterruptedException {
        while (true) {
            Pdu p = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(p).as("a PDU from the server within %s", WAIT).isNotNull();
            if (p instanceof Pdu.Ping || p instanceof Pdu.Pong) {
                continue;
            }
            if (p instanceof Pdu.PaneUpdate u) {
                apply(u);
            }
            return p;
        }
    }

    /** The next PDU other than a heartbeat within {@code wait}, or null. */
    Pdu poll(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Pdu p = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (p == null || !(p instanceof Pdu.Ping || p instanceof Pdu.Pong)) {
                if (p instanceof Pdu.PaneUpdate u) {
                    apply(u);
                }
                return p;
            }
        }
    }

    /** Skip PDUs until one of {@code type} arrives (pane frames are applied and acknowledged on the way). */
    <T extends Pdu> T expect(Class<T> type) throws Exception {
        while (true) {
            Pdu p = next();
            if (p == EOF) {
                throw new AssertionError("connection closed while waiting for " + type.getSimpleName());
            }
            if (type.isInstance(p)) {
                return type.cast(p);
            }
            if (p instanceof Pdu.PaneUpdate u) {
                ackQuietly(u);
            } else if (p instanceof Pdu.ClientSettings || p instanceof Pdu.StatusUpdate) {
                pushedWhileWaiting.add(p); // awaitPdu finds them later (settings precede Attached)
            } else if (!(p instanceof Pdu.SessionState) && !(p instanceof Pdu.PaneClosed)) {
                throw new AssertionError("expected " + type.getSimpleName() + ", got " + p);
            }
        }
    }

    /** Acknowledge a frame; the server may already have closed the connection (its exit is under test). */
    private void ackQuietly(Pdu.PaneUpdate u) {
        try {
            send(new Pdu.Ack(u.paneId(), u.frameSeq()));
        } catch (IOException e) {
            // the close shows up as EOF in the queue
        }
    }

    /**
     * Skip PDUs (acknowledging frames) until one of {@code type} satisfies {@code test}; fails
     * after {@link #WAIT}.
     */
    <T extends Pdu> T awaitPdu(Class<T> type, String what, java.util.function.Predicate<T> test) throws Exception {
        T last = null;
        for (Pdu p : pushedWhileWaiting) {
            if (type.isInstance(p)) {
                pushedWhileWaiting.remove(p);
                last = type.cast(p);
                if (test.test(last)) {
                    return last;
                }
            }
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Pdu p = poll(Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            if (p == null || p == EOF) {
                break;
            }
            if (p instanceof Pdu.PaneUpdate u) {
                ackQuietly(u);
            }
            if (type.isInstance(p)) {
                last = type.cast(p);
                if (test.test(last)) {
                    return last;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " with " + what + "; last: " + last);
    }

    /** Run a command (RunCommand); its output, or an AssertionError carrying the ErrorReply's message. */
    String run(int contextPaneId, String... argv) throws Exception {
        long id = nextRequestId();
        send(new Pdu.RunCommand(id, java.util.List.of(argv), contextPaneId));
        while (true) {
            Pdu p = next();
            if (p == EOF) {
                throw new AssertionError("connection closed while running " + String.join(" ", argv));
            }
            if (p instanceof Pdu.PaneUpdate u) {
                ackQuietly(u);
            } else if (p instanceof Pdu.CommandOutput o && o.requestId() == id) {
                return o.output();
            } else if (p instanceof Pdu.ErrorReply e && e.requestId() == id) {
                throw new CommandFailed(e.message());
            } else {
                pushedWhileWaiting.add(p);
            }
        }
    }

    /** A command's ErrorReply. */
    static final class CommandFailed extends AssertionError {
        CommandFailed(String message) {
            super(message);
        }
    }

    /** PDUs other than the reply that arrived while {@link #run} waited (settings, status, messages ...). */
    final java.util.List<Pdu> pushedWhileWaiting = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Apply and acknowledge frames until the pane's screen contains a row equal to {@code row}. */
    Pdu.PaneUpdate awaitRow(int paneId, String row) throws Exception {
        return awaitScreen(paneId, "a row \"" + row + "\"", s -> s.containsValue(row));
    }

    /** Apply and acknowledge frames until the pane's screen (row number to text) satisfies {@code test}. */
    Pdu.PaneUpdate awaitScreen(int paneId, String what, java.util.function.Predicate<Map<Integer, String>> test)
            throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Pdu p = next();
            if (p instanceof Pdu.PaneUpdate u) {
                send(new Pdu.Ack(u.paneId(), u.frameSeq()));
                if (u.paneId() == paneId && test.test(screen(paneId))) {
                    return u;
                }
            } else if (p == EOF) {
                break;
            }
        }
        throw new AssertionError("no " + what + " in pane " + paneId + ": " + screen(paneId));
    }

    /** Wait for a shell's prompt (any text on the screen), so typed input does not race it. */
    void awaitPrompt(int paneId) throws Exception {
        awaitScreen(paneId, "prompt", s -> s.values().stream().anyMatch(r -> !r.isEmpty()));
    }

    /** Wait for the server to close the connection, skipping anything before. */
    void awaitClosed() throws InterruptedException {
        while (next() != EOF) {
            // skip
        }
    }

    Map<Integer, String> screen(int paneId) {
        return screens.computeIfAbsent(paneId, k -> new TreeMap<>());
    }

    private void apply(Pdu.PaneUpdate u) {
        Map<Integer, String> s = screen(u.paneId());
        if (u.full()) {
            s.clear();
        }
        for (Pdu.RowUpdate row : u.lines()) {
            StringBuilder sb = new StringBuilder();
            for (Pdu.StyledRun run : row.line().runs()) {
                run.cells().forEach(sb::append);
            }
            s.put(row.row(), sb.toString().stripTrailing());
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
