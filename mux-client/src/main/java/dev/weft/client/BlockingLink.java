package dev.weft.client;

import dev.weft.protocol.FrameReader;
import dev.weft.protocol.FrameWriter;
import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A plain blocking connection for one-shot use ({@code weft ls}, {@code has-session}, ...): a JDK
 * unix-domain {@link SocketChannel} with the protocol's {@link FrameWriter}/{@link FrameReader}.
 * It exists so that such commands never load netty (its event loop group, class loading and
 * graceful shutdown cost about half of a short command's run time).
 *
 * <p>One request at a time (callers are serialised). No heartbeats: a request waits at most its
 * timeout, after which a watchdog closes the channel, which ends the blocked read. Pings the
 * server sends while we wait are answered, and anything not answering the current request
 * (replies to a request that timed out, stream PDUs) is skipped. A request that times out or
 * fails leaves the connection closed: the byte stream can no longer be trusted.
 */
final class BlockingLink {
    private final SocketChannel channel;
    private final FrameReader reader;
    private final FrameWriter writer;
    private final Path socketPath;
    private volatile boolean broken;
    /** An ErrorReply with request id 0: the server's reason for closing, kept for the user. */
    private String connectionError;
    private volatile ScheduledThreadPoolExecutor watchdog;

    private BlockingLink(SocketChannel channel, Path socketPath) {
        this.channel = channel;
        this.reader = new FrameReader(Channels.newInputStream(channel));
        this.writer = new FrameWriter(Channels.newOutputStream(channel));
        this.socketPath = socketPath;
    }

    /**
     * The request could not be written because the server had already closed the connection
     * (a unix socket refuses the write with EPIPE), so it was certainly not acted on and may be
     * sent again on a new connection. The server closes a client it has not heard from for three
     * heartbeat intervals, and this connection sends no heartbeats.
     */
    static final class NotSent extends ClientException {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A connection, or null when nobody answers (no socket file: ENOENT; stale socket: ECONNREFUSED). */
    static BlockingLink open(Path socket) throws ClientException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        SocketChannel ch = null;
        try {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
            return new BlockingLink(ch, socket);
        } catch (ConnectException refused) {
            closeQuietly(ch);
            return null;
        } catch (SocketException e) {
            closeQuietly(ch);
            if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
                return null; // removed between our look and the connect
            }
            throw new ClientException("cannot connect to the server on " + socket + ": " + e.getMessage());
        } catch (IOException e) {
            closeQuietly(ch);
            throw new ClientException("cannot connect to the server on " + socket + ": " + e.getMessage());
        }
    }

    /** Send Hello and return the server's accepted HelloOk; closes the connection on failure. */
    synchronized Pdu.HelloOk shakeHands(String clientKind, Duration timeout) throws ClientException {
        send(Handshake.hello(clientKind), "the handshake");
        Pdu answer = receive(timeout, "the handshake", p -> p instanceof Pdu.HelloOk || p instanceof Pdu.ErrorReply);
        try {
            return MuxClient.acceptHello(answer);
        } catch (ClientException e) {
            close();
            throw e;
        }
    }

    /** Send {@code req} and wait for the PDU answering request {@code id} (an ErrorReply included). */
    synchronized Pdu request(Pdu req, long id, String what, Duration timeout) throws ClientException {
        if (!isOpen()) {
            throw new ClientException("not connected to the server on " + socketPath);
        }
        send(req, what);
        return receive(timeout, what, p -> Replies.requestId(p) == id);
    }

    private void send(Pdu pdu, String what) throws ClientException {
        try {
            writer.write(pdu);
        } catch (IOException e) {
            close();
            throw new NotSent("cannot send " + what + " to the server on " + socketPath + ": " + e.getMessage(), e);
        }
    }

    private Pdu receive(Duration timeout, String what, java.util.function.Predicate<Pdu> answers)
            throws ClientException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = watchdog().schedule(() -> {
            timedOut.set(true);
            close(); // unblocks the read below
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            while (true) {
                Pdu p = reader.read();
                if (p == null) {
                    close();
                    throw new ClientException(connectionError != null ? connectionError
                            : "lost connection to the server on " + socketPath);
                }
                if (answers.test(p)) {
                    return p;
                }
                if (p instanceof Pdu.Ping ping) {
                    writer.write(new Pdu.Pong(ping.nonce(), ping.sentNanos()));
                } else if (p instanceof Pdu.ErrorReply err && err.requestId() == 0) {
                    connectionError = err.message();
                }
            }
        } catch (IOException e) {
            boolean closedUnderUs = broken;
            close();
            if (timedOut.get()) {
                throw new ClientException(MuxClient.noAnswer(socketPath, what, timeout));
            }
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new ClientException("interrupted while waiting for " + what);
            }
            if (connectionError != null || closedUnderUs) {
                throw new ClientException(connectionError != null ? connectionError
                        : "lost connection to the server on " + socketPath, e);
            }
            throw new ClientException("connection to the server on " + socketPath + " failed: " + e.getMessage(), e);
        } finally {
            alarm.cancel(false);
        }
    }

    private ScheduledThreadPoolExecutor watchdog() {
        if (watchdog == null) {
            watchdog = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "weft-client-timeout");
                t.setDaemon(true);
                return t;
            });
            watchdog.setRemoveOnCancelPolicy(true);
        }
        return watchdog;
    }

    /** False once closed, by us or after a request found the server gone. */
    boolean isOpen() {
        return !broken && channel.isOpen();
    }

    /** Idempotent and non-blocking: safe from any thread, including the watchdog. */
    void close() {
        broken = true;
        closeQuietly(channel);
        ScheduledThreadPoolExecutor w = watchdog;
        if (w != null) {
            w.shutdown();
        }
    }

    private static void closeQuietly(SocketChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // closing: nothing left to do
            }
        }
    }
}
