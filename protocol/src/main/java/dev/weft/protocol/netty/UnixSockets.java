package dev.weft.protocol.netty;

import dev.weft.protocol.PduCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Unix-domain sockets over netty 4.2's JDK NIO channels ({@link NioServerDomainSocketChannel},
 * {@link NioDomainSocketChannel} with the {@link NioIoHandler}); no native transport is needed.
 */
public final class UnixSockets {
    /** Pipeline names used by {@link #addPduHandlers}. */
    public static final String DECODER = "pdu-decoder";
    public static final String ENCODER = "pdu-encoder";
    public static final String HEARTBEAT = "heartbeat";

    private static final PduFrameEncoder ENCODER_INSTANCE = new PduFrameEncoder();

    private UnixSockets() {}

    /** An NIO event loop group whose threads are named {@code name-N}. */
    public static EventLoopGroup newEventLoopGroup(int threads, String name, boolean daemon) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, daemon),
                NioIoHandler.newFactory());
    }

    /**
     * The standard weft pipeline head: frame decoder, frame encoder, heartbeat. Add the
     * application handler after these.
     */
    public static void addPduHandlers(ChannelPipeline pipeline, int maxFrame, Duration heartbeatInterval) {
        pipeline.addLast(DECODER, new PduFrameDecoder(maxFrame));
        pipeline.addLast(ENCODER, ENCODER_INSTANCE);
        pipeline.addLast(HEARTBEAT, new HeartbeatHandler(heartbeatInterval));
    }

    public static void addPduHandlers(ChannelPipeline pipeline) {
        addPduHandlers(pipeline, PduCodec.MAX_FRAME, HeartbeatHandler.DEFAULT_INTERVAL);
    }

    /**
     * Binds a server channel on {@code path}. The path must not exist (remove a stale socket
     * first); file permissions follow the process umask and the directory's mode. Closing the
     * returned channel deletes the socket file (netty does that for domain server channels).
     */
    public static Channel bind(EventLoopGroup parent, EventLoopGroup child, Path path,
                               ChannelHandler childInitializer) throws IOException {
        ChannelFuture f = new ServerBootstrap()
                .group(parent, child)
                .channel(NioServerDomainSocketChannel.class)
                .childHandler(childInitializer)
                .bind(UnixDomainSocketAddress.of(path));
        return await(f, "bind " + path);
    }

    /**
     * Connects to the server socket at {@code path}. Failures come back as the JDK reports
     * them: a missing file as a {@link java.net.SocketException} "No such file or directory",
     * nobody listening as a {@link java.net.ConnectException} "Connection refused".
     */
    public static Channel connect(EventLoopGroup group, Path path, ChannelHandler initializer,
                                  Duration timeout) throws IOException {
        ChannelFuture f = new Bootstrap()
                .group(group)
                .channel(NioDomainSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .handler(initializer)
                .connect(UnixDomainSocketAddress.of(path));
        return await(f, "connect to " + path);
    }

    private static Channel await(ChannelFuture f, String what) throws IOException {
        try {
            f.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new InterruptedIOException("interrupted during " + what);
        }
        if (!f.isSuccess()) {
            Throwable c = f.cause();
            if (c instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot " + what + ": " + c, c);
        }
        return f.channel();
    }
}
