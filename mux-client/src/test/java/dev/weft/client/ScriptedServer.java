package dev.weft.client;

import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import dev.weft.protocol.ProtocolVersion;
import dev.weft.protocol.WeftVersion;
import dev.weft.protocol.netty.PduFrameDecoder;
import dev.weft.protocol.netty.PduFrameEncoder;
import dev.weft.protocol.netty.UnixSockets;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A peer that speaks the protocol over a real unix socket and answers requests from a script.
 * It drives the client through situations the real server does not produce on demand (version
 * mismatch, silence, errors, a dying server). It has no heartbeat handler: it never pings and
 * never answers pings, so a client sees it go silent after the last scripted answer.
 */
final class ScriptedServer implements AutoCloseable {
    private final EventLoopGroup group = UnixSockets.newEventLoopGroup(1, "scripted-server", true);
    private final Channel server;
    private final Map<Class<? extends Pdu>, Function<Pdu, Pdu>> script = new ConcurrentHashMap<>();
    final List<Pdu> received = new CopyOnWriteArrayList<>();
    final List<Channel> connections = new CopyOnWriteArrayList<>();
    volatile int major = ProtocolVersion.MAJOR;
    volatile Runnable onKillServer = () -> {};

    ScriptedServer(Path socket) throws IOException {
        server = UnixSockets.bind(group, group, socket, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                connections.add(ch);
                ch.pipeline().addLast(new PduFrameDecoder(), new PduFrameEncoder(), new Responder());
            }
        });
    }

    /** Answer PDUs of {@code type} with {@code answer} (null answer: stay silent). */
    <T extends Pdu> ScriptedServer on(Class<T> type, Function<T, Pdu> answer) {
        script.put(type, p -> answer.apply(type.cast(p)));
        return this;
    }

    private final class Responder extends SimpleChannelInboundHandler<Pdu> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, Pdu pdu) {
            received.add(pdu);
            if (pdu instanceof Pdu.Hello hello) {
                Pdu answer = Handshake.answer(hello, WeftVersion.current(), major, 0, ProcessHandle.current().pid());
                var f = ctx.writeAndFlush(answer);
                if (answer instanceof Pdu.ErrorReply) {
                    f.addListener(ChannelFutureListener.CLOSE);
                }
                return;
            }
            if (pdu instanceof Pdu.KillServer k) {
                ctx.writeAndFlush(new Pdu.OkReply(k.requestId())).addListener(f -> onKillServer.run());
                return;
            }
            Function<Pdu, Pdu> answer = script.get(pdu.getClass());
            Pdu reply = answer == null ? null : answer.apply(pdu);
            if (reply != null) {
                ctx.writeAndFlush(reply);
            }
        }
    }

    void closeConnections() {
        connections.forEach(Channel::close);
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    }

    /** Run as a process (for autostart tests): serve on args[0] until KillServer. */
    public static void main(String[] args) throws Exception {
        ScriptedServer s = new ScriptedServer(Path.of(args[0]));
        s.on(Pdu.ListSessions.class, r -> new Pdu.SessionList(r.requestId(), List.of()));
        Object done = new Object();
        s.onKillServer = () -> {
            synchronized (done) {
                done.notifyAll();
            }
        };
        synchronized (done) {
            done.wait(TimeUnit.MINUTES.toMillis(2)); // never outlive the test run by much
        }
        s.close();
    }
}
