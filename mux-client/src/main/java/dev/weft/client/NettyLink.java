package dev.weft.client;

import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import dev.weft.protocol.PduCodec;
import dev.weft.protocol.netty.HeartbeatHandler;
import dev.weft.protocol.netty.UnixSockets;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The netty connection an attached client needs: heartbeats, streamed PaneUpdates, concurrent
 * requests. All netty types of the client live behind this class (and {@link ClientHandler},
 * {@link Attachment}), so a client that never attaches never loads netty.
 */
final class NettyLink {
    private final EventLoopGroup group;
    private final Channel channel;
    private final ClientHandler handler;
    private final Path socketPath;
    /** The server's protocol minor: PDUs of a later minor are not sent to it (it would close the connection). */
    private volatile int serverMinor;

    private NettyLink(EventLoopGroup group, Channel channel, ClientHandler handler, Path socketPath) {
        this.group = group;
        this.channel = channel;
        this.handler = handler;
        this.socketPath = socketPath;
    }

    /** Connect to a server known to be running and shake hands; no autostart here. */
    static NettyLink connect(Path socket, String clientKind, Duration heartbeat, Duration timeout)
            throws ClientException {
        long deadline = System.nanoTime() + timeout.toNanos();
        EventLoopGroup group = UnixSockets.newEventLoopGroup(1, "weft-client", true);
        try {
            NettyLink link = attempt(group, socket, heartbeat, timeout);
            if (link == null) {
                throw new ClientException("no server running on " + socket);
            }
            link.shakeHands(clientKind, deadline);
            return link;
        } catch (ClientException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    /** A connection, or null when nobody answers (no socket file: ENOENT; stale socket: ECONNREFUSED). */
    private static NettyLink attempt(EventLoopGroup group, Path socket, Duration heartbeat, Duration timeout)
            throws ClientException {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        ClientHandler handler = new ClientHandler(socket.toString());
        try {
            Channel ch = UnixSockets.connect(group, socket, new ChannelInitializer<Channel>() {
                @Override
                protected void initChannel(Channel ch) {
                    UnixSockets.addPduHandlers(ch.pipeline(), PduCodec.MAX_FRAME, heartbeat);
                    ch.pipeline().addLast("client", handler);
                }
            }, timeout);
            return new NettyLink(group, ch, handler, socket);
        } catch (ConnectException refused) {
            return null;
        } catch (SocketException e) {
            if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
                return null; // removed between our look and the connect
            }
            throw new ClientException("cannot connect to the server on " + socket + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ClientException("cannot connect to the server on " + socket + ": " + e.getMessage());
        }
    }

    private void shakeHands(String clientKind, long deadline) throws ClientException {
        channel.writeAndFlush(Handshake.hello(clientKind));
        Pdu answer = await(handler.handshake(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())),
                "the handshake");
        try {
            serverMinor = MuxClient.acceptHello(answer).protocolMinor();
        } catch (ClientException e) {
            channel.close();
            throw e;
        }
    }

    private Pdu await(CompletableFuture<Pdu> f, Duration timeout, String what) throws ClientException {
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ClientException ce) {
                throw new ClientException(ce.getMessage(), ce);
            }
            throw new ClientException("the server on " + socketPath + " failed during " + what + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ClientException(MuxClient.noAnswer(socketPath, what, timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("interrupted while waiting for " + what);
        }
    }

    /** Send {@code req} and wait for the PDU answering request {@code id} (an ErrorReply included). */
    Pdu request(Pdu req, long id, String what, Duration timeout) throws ClientException {
        if (channel.eventLoop().inEventLoop()) {
            // The answer is read by this very thread: waiting here would wait forever.
            throw new IllegalStateException(what + " blocks for its answer; call it from outside SessionListener callbacks");
        }
        CompletableFuture<Pdu> f = handler.expect(id);
        try {
            if (!channel.isActive()) {
                throw new ClientException("not connected to the server on " + socketPath);
            }
            channel.writeAndFlush(req).addListener(w -> {
                if (!w.isSuccess()) {
                    f.completeExceptionally(new ClientException("cannot send " + what + " to the server on "
                            + socketPath + ": " + w.cause().getMessage()));
                }
            });
            return await(f, timeout, what);
        } finally {
            handler.forget(id);
        }
    }

    /** Attach on this connection: the Attachment is registered before Attach goes out. */
    AttachedSession attach(String target, int cols, int rows, boolean readOnly, Pdu.ClientIdentity identity,
                           SessionListener listener, AtomicLong inputSerials, LongSupplier requestIds,
                           Duration timeout) throws ClientException {
        if (identity != null && serverMinor >= 2) {
            channel.write(identity); // before Attach: the server names this client from it
        }
        long id = requestIds.getAsLong();
        Attachment a = new Attachment(channel, handler, listener, inputSerials, requestIds, target, cols, rows,
                serverMinor);
        // Registered before sending: SessionState and PaneUpdates follow Attached immediately.
        handler.attach(a);
        try {
            Pdu answer = request(new Pdu.Attach(id, target == null ? "" : target, cols, rows, readOnly), id,
                    "attach", timeout);
            a.attached(MuxClient.expectType(answer, "attach", Pdu.Attached.class));
            return a;
        } catch (ClientException | RuntimeException e) {
            handler.detachStream(a);
            throw e;
        }
    }

    Duration lastRoundTrip() {
        HeartbeatHandler hb = channel.pipeline().get(HeartbeatHandler.class);
        return hb == null ? null : hb.lastRoundTrip();
    }

    boolean isActive() {
        return channel.isActive();
    }

    void close() {
        handler.closingByUs();
        if (channel.eventLoop().inEventLoop()) {
            channel.close(); // from a listener callback: cannot wait for our own thread
        } else {
            channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
