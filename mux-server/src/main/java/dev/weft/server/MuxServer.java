package dev.weft.server;

import dev.weft.config.RuntimePaths;
import dev.weft.config.SocketDirectory;
import dev.weft.config.UnsafeSocketDirectoryException;
import dev.weft.config.WeftConfig;
import dev.weft.protocol.Pdu;
import dev.weft.protocol.netty.UnixSockets;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weft mux server: listens on a unix socket, owns sessions and their PTYs, and serves
 * clients until its last session ends (as tmux), a client asks it to die, or {@link #shutdown()}.
 *
 * <p>Start-up, in order: ensure the socket directory (0700, ours); take {@code <socket>.lock}
 * so two servers starting at once cannot both bind; if the socket answers a connect, another
 * server is live and we refuse; otherwise a leftover socket file is stale and is removed; bind.
 */
public final class MuxServer {
    private static final Logger LOG = LoggerFactory.getLogger(MuxServer.class);
    /** An auto-started server nobody uses goes away after this long without a first session. */
    static final Duration FIRST_SESSION_WAIT = Duration.ofSeconds(30);
    static final Duration TICK = Duration.ofMillis(500);

    private final Path socketPath;
    private final Mux mux;
    private final EventLoopGroup group;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<ClientConnection> connections = ConcurrentHashMap.newKeySet();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final AtomicBoolean exiting = new AtomicBoolean();
    private final long uid;
    private volatile Channel serverChannel;

    private MuxServer(Path socketPath, WeftConfig config, EventLoopGroup group, FileChannel lockChannel,
                      FileLock lock, long uid) {
        this.socketPath = socketPath;
        this.group = group;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.uid = uid;
        this.mux = new Mux(config, socketPath, System.getenv(), this::lastSessionEnded);
    }

    public static MuxServer start(ServerOptions options) throws ServerStartException {
        return start(options, FIRST_SESSION_WAIT);
    }

    static MuxServer start(ServerOptions options, Duration firstSessionWait) throws ServerStartException {
        Path socket = options.socketPath().toAbsolutePath();
        long uid = RuntimePaths.currentUid();
        Path dir = socket.getParent();
        try {
            SocketDirectory.ensure(dir, uid, options.skipPermissionsCheck());
        } catch (UnsafeSocketDirectoryException e) {
            throw new ServerStartException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ServerStartException("cannot create socket directory " + dir + ": " + describe(e), e);
        }
        FileChannel lockChannel = null;
        FileLock lock = null;
        EventLoopGroup group = null;
        try {
            Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another server in this JVM
            }
            if (lock == null) {
                throw new ServerStartException("a server is already running on " + socket);
            }
            if (answers(socket)) {
                throw new ServerStartException("a server is already running on " + socket);
            }
            if (Files.deleteIfExists(socket)) {
                LOG.info("removed stale socket {}", socket);
            }
            group = UnixSockets.newEventLoopGroup(2, "weft-server", false);
            WeftConfig config = options.config() == null ? WeftConfig.DEFAULTS : options.config();
            MuxServer server = new MuxServer(socket, config, group, lockChannel, lock, uid);
            server.bind();
            server.scheduleIdleExit(firstSessionWait);
            server.scheduleTicks();
            LOG.info("weft {} server listening on {} (pid {})", ServerVersion.VERSION, socket, ProcessHandle.current().pid());
            return server;
        } catch (ServerStartException e) {
            cleanupFailedStart(lockChannel, group);
            throw e;
        } catch (IOException | RuntimeException e) {
            cleanupFailedStart(lockChannel, group);
            throw new ServerStartException("cannot listen on " + socket + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cleanupFailedStart(lockChannel, group);
            throw new ServerStartException("interrupted while starting the server on " + socket, e);
        }
    }

    private static void cleanupFailedStart(FileChannel lockChannel, EventLoopGroup group) {
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
        if (lockChannel != null) {
            try {
                lockChannel.close(); // releases the lock
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** True if something accepts connections on {@code socket}. */
    static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return ch.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return false;
        }
    }

    private void bind() throws IOException, InterruptedException {
        ServerBootstrap b = new ServerBootstrap()
                .group(group)
                .channel(NioServerDomainSocketChannel.class)
                // Bounded per-client output: above the high mark the channel is unwritable and
                // ClientConnection stops producing frames until it drains.
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ServerPipeline.configure(ch, uid, new ClientConnection(mux, control));
                    }
                });
        serverChannel = b.bind(UnixDomainSocketAddress.of(socketPath)).sync().channel();
        try {
            Files.setPosixFilePermissions(socketPath, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.warn("cannot restrict socket permissions: {}", e.toString());
        }
    }

    private final ClientConnection.ServerControl control = new ClientConnection.ServerControl() {
        @Override
        public Pdu answerHello(Pdu.Hello hello) {
            return ServerPipeline.answerHello(hello);
        }

        @Override
        public void killServer() {
            LOG.info("kill-server requested");
            exitAsync("kill-server");
        }

        @Override
        public void connectionOpened(ClientConnection c) {
            connections.add(c);
        }

        @Override
        public void connectionClosed(ClientConnection c) {
            connections.remove(c);
        }
    };

    /** Automatic rename and status refresh, about twice a second (tmux checks names as often). */
    private void scheduleTicks() {
        group.scheduleAtFixedRate(() -> {
            try {
                mux.tick();
            } catch (RuntimeException e) {
                LOG.error("periodic refresh failed", e);
            }
        }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void scheduleIdleExit(Duration wait) {
        group.schedule(() -> {
            if (!mux.everHadSession()) {
                LOG.info("no session within {} s of start; exiting", wait.toSeconds());
                exitAsync("idle");
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void lastSessionEnded() {
        LOG.info("last session ended; exiting");
        exitAsync("last session ended");
    }

    /** Exit from a thread of our own: shutdown waits for event loops, which may be the caller. */
    private void exitAsync(String why) {
        Thread t = new Thread(this::shutdown, "weft-server-exit (" + why + ")");
        t.setDaemon(false);
        t.start();
    }

    public Path socketPath() {
        return socketPath;
    }

    /** Blocks until the server has exited. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Mux mux() {
        return mux;
    }

    /**
     * Kill every pane's process, tell attached clients {@code Detached("server-exiting")}, stop
     * listening and remove the socket file. Idempotent; returns when done.
     */
    public void shutdown() {
        if (!exiting.compareAndSet(false, true)) {
            try {
                terminated.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        LOG.info("server exiting");
        try {
            Channel ch = serverChannel;
            if (ch != null) {
                ch.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
            }
            for (ClientConnection c : connections) {
                c.serverExiting();
            }
            mux.shutdown();
            group.shutdownGracefully(50, 2000, TimeUnit.MILLISECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
            try {
                Files.deleteIfExists(socketPath);
            } catch (IOException e) {
                LOG.warn("cannot remove socket {}: {}", socketPath, e.toString());
            }
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                LOG.debug("releasing the lock: {}", e.toString());
            }
        } finally {
            LOG.info("server exited");
            terminated.countDown();
        }
    }

    static Map<String, String> env() {
        return System.getenv();
    }
}
