package dev.weft.server;

import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import dev.weft.protocol.netty.PeerCredentials;
import dev.weft.protocol.netty.UnixSockets;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server connection's pipeline: a peer check (same uid via SO_PEERCRED, else ErrorReply and
 * close), the protocol's frame decoder and encoder and heartbeat, then the {@link ClientConnection}.
 */
final class ServerPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ServerPipeline.class);

    static void configure(Channel ch, long ourUid, ClientConnection connection) {
        UnixSockets.addPduHandlers(ch.pipeline());
        ch.pipeline().addLast("peer-check", new PeerCheck(ourUid));
        ch.pipeline().addLast("client", connection);
    }

    static Pdu answerHello(Pdu.Hello hello) {
        return Handshake.answer(hello, ProcessHandle.current().pid());
    }

    /** Refuses a peer of another uid before it can say anything. */
    static final class PeerCheck extends ChannelInboundHandlerAdapter {
        private final long ourUid;

        PeerCheck(long ourUid) {
            this.ourUid = ourUid;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) throws Exception {
            long peer;
            try {
                peer = PeerCredentials.uid(ctx.channel());
            } catch (RuntimeException e) {
                peer = PeerCredentials.UNKNOWN;
                LOG.warn("cannot read peer credentials: {}", e.toString());
            }
            if (peer != ourUid) {
                LOG.warn("refused a connection from uid {} (server uid {})", peer, ourUid);
                ctx.writeAndFlush(new Pdu.ErrorReply(0, "permission-denied",
                        "connection refused: the weft server belongs to another user"))
                        .addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.pipeline().remove(this);
            super.channelActive(ctx);
        }
    }

    private ServerPipeline() {}
}
