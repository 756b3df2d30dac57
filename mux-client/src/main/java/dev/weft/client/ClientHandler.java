package dev.weft.client;

import dev.weft.protocol.Pdu;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last handler of a client pipeline: completes the handshake, hands replies to the request
 * waiting for them (by request id) and streams of an attached session to that session.
 */
final class ClientHandler extends SimpleChannelInboundHandler<Pdu> {
    private final String where;
    private final CompletableFuture<Pdu> handshake = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Pdu>> pending = new ConcurrentHashMap<>();
    private volatile SessionStream attached;
    private volatile boolean closedByUs;
    private volatile String connectionError;

    /** Receives the PDUs of an attached session, on the I/O thread. */
    interface SessionStream {
        void onPdu(ChannelHandlerContext ctx, Pdu pdu);

        void onDisconnected(String why);
    }

    ClientHandler(String where) {
        super(Pdu.class);
        this.where = where;
    }

    CompletableFuture<Pdu> handshake() {
        return handshake;
    }

    /** Registers interest in the reply to {@code requestId}; call before sending the request. */
    CompletableFuture<Pdu> expect(long requestId) {
        CompletableFuture<Pdu> f = new CompletableFuture<>();
        pending.put(requestId, f);
        return f;
    }

    void forget(long requestId) {
        pending.remove(requestId);
    }

    void attach(SessionStream stream) {
        attached = stream;
    }

    void detachStream(SessionStream stream) {
        if (attached == stream) {
            attached = null;
        }
    }

    void closingByUs() {
        closedByUs = true;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Pdu pdu) {
        if (!handshake.isDone()) {
            if (pdu instanceof Pdu.HelloOk || pdu instanceof Pdu.ErrorReply) {
                handshake.complete(pdu);
            }
            return;
        }
        long id = Replies.requestId(pdu);
        if (id == 0 && pdu instanceof Pdu.ErrorReply err) {
            // A connection-level error: the server closes after it. Keep its words for the user.
            connectionError = err.message();
            return;
        }
        if (id > 0) {
            CompletableFuture<Pdu> f = pending.remove(id);
            if (f != null) {
                f.complete(pdu);
            }
            return;
        }
        SessionStream s = attached;
        if (s != null) {
            s.onPdu(ctx, pdu);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush(); // Acks written while reading go out once per read batch
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        String why = connectionError != null ? connectionError : "lost connection to the server on " + where;
        ClientException lost = new ClientException(why);
        handshake.completeExceptionally(lost);
        pending.values().forEach(f -> f.completeExceptionally(lost));
        pending.clear();
        SessionStream s = attached;
        attached = null;
        if (s != null && !closedByUs) {
            s.onDisconnected("lost server");
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (connectionError == null) {
            connectionError = "connection to the server on " + where + " failed: " + cause.getMessage();
        }
        ctx.close();
    }
}
