package dev.weft.client;

import dev.weft.config.RuntimePaths;
import dev.weft.config.SocketDirectory;
import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import dev.weft.protocol.PduCodec;
import dev.weft.protocol.ProtocolVersion;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection to a mux server, shared by the TUI and {@code weft cli}. Requests block for
 * their answer (with the connection's timeout) and throw {@link ClientException} with the
 * server's one-line message on failure.
 */
public final class MuxClient implements AutoCloseable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** How often to retry the socket while a freshly started server comes up. */
    private static final long RETRY_MILLIS = 50;

    private final EventLoopGroup group;
    private final Channel channel;
    private final ClientHandler handler;
    private final Path socketPath;
    private final Pdu.HelloOk hello;
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicLong inputSerials = new AtomicLong();
    private volatile Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;

    private MuxClient(EventLoopGroup group, Connection c, Path socketPath, Pdu.HelloOk hello) {
        this.group = group;
        this.channel = c.channel;
        this.handler = c.handler;
        this.socketPath = socketPath;
        this.hello = hello;
    }

    private record Connection(Channel channel, ClientHandler handler) {}

    /** Connect (starting the server first when allowed and nobody answers) and shake hands. */
    public static MuxClient connect(ClientOptions options) throws ClientException {
        return connect(options, "client", HeartbeatHandler.DEFAULT_INTERVAL);
    }

    /** As {@link #connect(ClientOptions)}, announcing what kind of client this is ({@code tui}, {@code cli}, ...). */
    public static MuxClient connect(ClientOptions options, String clientKind) throws ClientException {
        return connect(options, clientKind, HeartbeatHandler.DEFAULT_INTERVAL);
    }

    /** As {@link #connect(ClientOptions, String)} with a heartbeat interval (a dead link is noticed within three). */
    public static MuxClient connect(ClientOptions options, String clientKind, Duration heartbeat)
            throws ClientException {
        Path socket = options.socketPath();
        if (socket == null) {
            throw new ClientException("no socket path given for the unix domain");
        }
        Duration timeout = options.connectTimeout() == null ? DEFAULT_CONNECT_TIMEOUT : options.connectTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        checkSocketDirectory(socket, options.skipPermissionsCheck());

        EventLoopGroup group = UnixSockets.newEventLoopGroup(1, "weft-client", true);
        try {
            Connection c = attempt(group, socket, heartbeat, timeout);
            if (c == null) {
                if (!options.autoStart()) {
                    throw new ClientException("no server running on " + socket);
                }
                c = startServerAndConnect(group, options, socket, heartbeat, timeout, deadline);
            }
            Pdu.HelloOk ok = shakeHands(c, clientKind, socket, deadline);
            return new MuxClient(group, c, socket, ok);
        } catch (ClientException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
    }

    private static void checkSocketDirectory(Path socket, boolean skip) throws ClientException {
        Path dir = socket.toAbsolutePath().getParent();
        try {
            SocketDirectory.ensure(dir, RuntimePaths.currentUid(), skip);
        } catch (IOException e) {
            throw new ClientException(e.getMessage() != null ? e.getMessage()
                    : "cannot use socket directory " + dir + ": " + e);
        }
    }

    private static Connection startServerAndConnect(EventLoopGroup group, ClientOptions options, Path socket,
                                                    Duration heartbeat, Duration timeout, long deadline)
            throws ClientException {
        ServerLauncher launcher = ServerLauncher.start(options.serverCommand());
        try {
            while (true) {
                Connection c = attempt(group, socket, heartbeat, timeout);
                if (c != null) {
                    return c;
                }
                launcher.checkNotFailed();
                if (System.nanoTime() - deadline > 0) {
                    throw new ClientException("started a server with " + String.join(" ", options.serverCommand())
                            + " but nothing listens on " + socket + " after " + timeout.toMillis() + " ms");
                }
                try {
                    Thread.sleep(RETRY_MILLIS); // polling a socket file; nothing to wait on
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClientException("interrupted while waiting for the server on " + socket);
                }
            }
        } finally {
            launcher.cleanUp();
        }
    }

    /** A connection, or null when nobody answers (no socket file: ENOENT; stale socket: ECONNREFUSED). */
    private static Connection attempt(EventLoopGroup group, Path socket, Duration heartbeat, Duration timeout)
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
            return new Connection(ch, handler);
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

    private static Pdu.HelloOk shakeHands(Connection c, String clientKind, Path socket, long deadline)
            throws ClientException {
        c.channel.writeAndFlush(Handshake.hello(clientKind));
        Pdu answer = await(c.handler.handshake(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())),
                "the handshake", socket);
        if (answer instanceof Pdu.ErrorReply err) {
            c.channel.close();
            throw new ClientException(err.message());
        }
        Pdu.HelloOk ok = (Pdu.HelloOk) answer;
        if (ok.protocolMajor() != ProtocolVersion.MAJOR) {
            c.channel.close();
            throw new ClientException(Handshake.mismatchMessage(dev.weft.protocol.WeftVersion.current(),
                    ProtocolVersion.MAJOR, ProtocolVersion.MINOR, ok.weftVersion(), ok.protocolMajor(),
                    ok.protocolMinor()));
        }
        return ok;
    }

    private static Pdu await(CompletableFuture<Pdu> f, Duration timeout, String what, Path socket)
            throws ClientException {
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ClientException ce) {
                throw new ClientException(ce.getMessage(), ce);
            }
            throw new ClientException("the server on " + socket + " failed during " + what + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ClientException("the server on " + socket + " did not answer " + what + " within "
                    + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException("interrupted while waiting for " + what);
        }
    }

    // ---- requests ------------------------------------------------------------------------------

    private long nextRequestId() {
        return requestIds.incrementAndGet();
    }

    private Pdu request(Pdu req, long id, String what) throws ClientException {
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
            Pdu answer = await(f, requestTimeout, what, socketPath);
            if (answer instanceof Pdu.ErrorReply err) {
                throw new ClientException(err.message());
            }
            return answer;
        } finally {
            handler.forget(id);
        }
    }

    private <T extends Pdu> T request(Pdu req, long id, String what, Class<T> type) throws ClientException {
        Pdu answer = request(req, id, what);
        if (!type.isInstance(answer)) {
            throw new ClientException("the server answered " + what + " with " + answer.getClass().getSimpleName()
                    + " instead of " + type.getSimpleName());
        }
        return type.cast(answer);
    }

    /** How long requests wait for their answer (default {@link #DEFAULT_REQUEST_TIMEOUT}). */
    public void requestTimeout(Duration timeout) {
        this.requestTimeout = timeout;
    }

    /** The server's weft version from the handshake. */
    public String serverVersion() {
        return hello.weftVersion();
    }

    public long serverPid() {
        return hello.serverPid();
    }

    /** Capabilities both sides support. */
    public Set<String> capabilities() {
        return hello.capabilities();
    }

    public Path socketPath() {
        return socketPath;
    }

    /** The last heartbeat round trip, or null before one was measured. */
    public Duration lastRoundTrip() {
        HeartbeatHandler hb = channel.pipeline().get(HeartbeatHandler.class);
        return hb == null ? null : hb.lastRoundTrip();
    }

    public boolean isConnected() {
        return channel.isActive();
    }

    public List<Pdu.SessionInfo> listSessions() throws ClientException {
        long id = nextRequestId();
        return request(new Pdu.ListSessions(id), id, "list-sessions", Pdu.SessionList.class).sessions();
    }

    public Pdu.SessionCreated newSession(String name, String cwd, List<String> command, List<String> env,
                                         int cols, int rows) throws ClientException {
        long id = nextRequestId();
        return request(new Pdu.NewSession(id, name, cwd, command, env, cols, rows), id, "new-session",
                Pdu.SessionCreated.class);
    }

    /** Whether the target names a session; false when the server answers with an error. */
    public boolean hasSession(String target) throws ClientException {
        long id = nextRequestId();
        try {
            request(new Pdu.HasSession(id, target), id, "has-session", Pdu.OkReply.class);
            return true;
        } catch (ClientException e) {
            if (!channel.isActive()) {
                throw e;
            }
            return false;
        }
    }

    public void killSession(String target) throws ClientException {
        long id = nextRequestId();
        request(new Pdu.KillSession(id, target), id, "kill-session", Pdu.OkReply.class);
    }

    /** Ask the server to exit. The connection closing before the answer counts as success. */
    public void killServer() throws ClientException {
        long id = nextRequestId();
        try {
            request(new Pdu.KillServer(id), id, "kill-server", Pdu.OkReply.class);
        } catch (ClientException e) {
            if (channel.isActive()) {
                throw e;
            }
        }
    }

    public void sendKeys(String target, List<String> keys, boolean literal) throws ClientException {
        long id = nextRequestId();
        request(new Pdu.SendKeys(id, target, keys, literal), id, "send-keys", Pdu.OkReply.class);
    }

    public String capturePane(String target, int start, int end, boolean escapes, boolean joinWrapped)
            throws ClientException {
        long id = nextRequestId();
        return request(new Pdu.CapturePane(id, target, start, end, escapes, joinWrapped), id, "capture-pane",
                Pdu.CaptureResult.class).text();
    }

    /** Lines of a pane's history, {@code first} counting from the oldest retained line. */
    public List<Pdu.StyledLine> scrollback(int paneId, long first, int count) throws ClientException {
        long id = nextRequestId();
        return request(new Pdu.GetScrollback(id, paneId, first, count), id, "scrollback",
                Pdu.ScrollbackLines.class).lines();
    }

    /** Attach this connection to a session; updates flow to {@code listener} until detached. */
    public AttachedSession attach(String target, int cols, int rows, boolean readOnly,
                                  SessionListener listener) throws ClientException {
        long id = nextRequestId();
        Attachment a = new Attachment(channel, handler, listener, inputSerials, this::nextRequestId,
                target, cols, rows);
        // Registered before sending: SessionState and PaneUpdates follow Attached immediately.
        handler.attach(a);
        try {
            a.attached(request(new Pdu.Attach(id, target == null ? "" : target, cols, rows, readOnly), id,
                    "attach", Pdu.Attached.class));
            return a;
        } catch (ClientException e) {
            handler.detachStream(a);
            throw e;
        }
    }

    @Override
    public void close() {
        handler.closingByUs();
        if (channel.eventLoop().inEventLoop()) {
            channel.close(); // from a listener callback: cannot wait for our own thread
        } else {
            channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
