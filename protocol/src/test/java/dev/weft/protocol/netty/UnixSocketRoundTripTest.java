package dev.weft.protocol.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixSocketRoundTripTest {
    @TempDir
    Path dir;

    private final EventLoopGroup group = UnixSockets.newEventLoopGroup(1, "test-io", true);

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** A tiny server: answers Hello by the handshake rules and reports the peer's uid. */
    private Channel server(Path socket, BlockingQueue<Long> peerUids) throws IOException {
        return UnixSockets.bind(group, group, socket, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                peerUids.add(PeerCredentials.uid(ch));
                UnixSockets.addPduHandlers(ch.pipeline());
                ch.pipeline().addLast(new SimpleChannelInboundHandler<Pdu.Hello>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, Pdu.Hello hello) {
                        ctx.writeAndFlush(Handshake.answer(hello, 4242));
                    }
                });
            }
        });
    }

    @Test
    void helloRoundTripOverARealSocketWithPeerUid() throws Exception {
        Path socket = dir.resolve("default.sock");
        BlockingQueue<Long> peerUids = new LinkedBlockingQueue<>();
        Channel server = server(socket, peerUids);
        BlockingQueue<Pdu> received = new LinkedBlockingQueue<>();
        Channel client = UnixSockets.connect(group, socket, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                UnixSockets.addPduHandlers(ch.pipeline());
                ch.pipeline().addLast(new SimpleChannelInboundHandler<Pdu>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, Pdu msg) {
                        received.add(msg);
                    }
                });
            }
        }, Duration.ofSeconds(5));

        client.writeAndFlush(Handshake.hello("test")).sync();
        Pdu answer = received.poll(10, TimeUnit.SECONDS);
        assertThat(answer).isInstanceOfSatisfying(Pdu.HelloOk.class, ok -> assertThat(ok.serverPid()).isEqualTo(4242));

        long ownUid = ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        assertThat(peerUids.poll(10, TimeUnit.SECONDS)).isEqualTo(ownUid);
        assertThat(PeerCredentials.uid(client)).isEqualTo(ownUid);
        assertThat(PeerCredentials.isSameUser(client)).isTrue();

        client.close().sync();
        server.close().sync();
    }

    @Test
    void missingSocketAndStaleSocketFailAsTheJdkReportsThem() throws Exception {
        Path missing = dir.resolve("none.sock");
        assertThatThrownBy(() -> UnixSockets.connect(group, missing, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {}
        }, Duration.ofSeconds(2))).isInstanceOf(SocketException.class);

        Path stale = dir.resolve("stale.sock");
        // A JDK server socket leaves its file behind when closed, like a crashed server.
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        assertThatThrownBy(() -> UnixSockets.connect(group, stale, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {}
        }, Duration.ofSeconds(2))).isInstanceOf(ConnectException.class);
    }
}
