package dev.weft.client;

import dev.weft.config.RuntimePaths;
import dev.weft.config.SocketDirectory;
import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import dev.weft.protocol.ProtocolVersion;
import dev.weft.protocol.WeftVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One connection to a mux server, shared by the TUI and {@code weft cli}. Requests block for
 * their answer (with the connection's timeout) and throw {@link ClientException} with the
 * server's one-line message on failure.
 *
 * <p>Two transports, so that one-shot commands stay fast. {@link #connect} opens a plain blocking
 * JDK unix-domain connection ({@link BlockingLink}): no netty is loaded, no heartbeats run, and
 * requests are answered one at a time. The first {@link #attach} opens a second, netty
 * connection (heartbeats, streamed pane updates; a fresh handshake on it), closes the blocking
 * one, and from then on every request goes over netty as well.
 */
public final class MuxClient implements AutoCloseable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /**
     * The default heartbeat interval of an attached connection; equal to
     * {@code HeartbeatHandler.DEFAULT_INTERVAL}, copied so that connecting does not load netty.
     */
    static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);
    /** How often to retry the socket while a freshly started server comes up. */
    private static final long RETRY_MILLIS = 50;

    private final Path socketPath;
    private final String clientKind;
    private final Duration heartbeat;
    private final Duration connectTimeout;
    private final Pdu.HelloOk hello;
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicLong inputSerials = new AtomicLong();
    private volatile Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    /** The one-shot connection; closed once {@link #netty} exists. */
    private volatile BlockingLink blocking;
    /** The attached connection, opened by the first {@link #attach}. */
    private volatile NettyLink netty;
    private volatile boolean closed;

    private MuxClient(BlockingLink blocking, Path socketPath, String clientKind, Duration heartbeat,
                      Duration connectTimeout, Pdu.HelloOk hello) {
        this.blocking = blocking;
        this.socketPath = socketPath;
        this.clientKind = clientKind;
        this.heartbeat = heartbeat;
        this.connectTimeout = connectTimeout;
        this.hello = hello;
    }

    /** Connect (starting the server first when allowed and nobody answers) and shake hands. */
    public static MuxClient connect(ClientOptions options) throws ClientException {
        return connect(options, "client", DEFAULT_HEARTBEAT);
    }

    /** As {@link #connect(ClientOptions)}, announcing what kind of client this is ({@code tui}, {@code cli}, ...). */
    public static MuxClient connect(ClientOptions options, String clientKind) throws ClientException {
        return connect(options, clientKind, DEFAULT_HEARTBEAT);
    }

    /**
     * As {@link #connect(ClientOptions, String)} with a heartbeat interval (a dead link is noticed
     * within three). Heartbeats run on the attached connection only; before {@link #attach} a
     * dead server is noticed by the request timeout.
     */
    public static MuxClient connect(ClientOptions options, String clientKind, Duration heartbeat)
            throws ClientException {
        Path socket = options.socketPath();
        if (socket == null) {
            throw new ClientException("no socket path given for the unix domain");
        }
        if (heartbeat.isZero() || heartbeat.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval must be positive, got " + heartbeat);
        }
        Duration timeout = options.connectTimeout() == null ? DEFAULT_CONNECT_TIMEOUT : options.connectTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        checkSocketDirectory(socket, options.skipPermissionsCheck());

        BlockingLink link = BlockingLink.open(socket);
        if (link == null) {
            if (!options.autoStart()) {
                throw new ClientException("no server running on " + socket);
            }
            link = startServerAndConnect(options, socket, timeout, deadline);
        }
        Pdu.HelloOk ok = link.shakeHands(clientKind, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        return new MuxClient(link, socket, clientKind, heartbeat, timeout, ok);
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

    private static BlockingLink startServerAndConnect(ClientOptions options, Path socket, Duration timeout,
                                                      long deadline) throws ClientException {
        ServerLauncher launcher = ServerLauncher.start(options.serverCommand());
        try {
            while (true) {
                BlockingLink link = BlockingLink.open(socket);
                if (link != null) {
                    return link;
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

    /** The server's answer to Hello as a HelloOk of our protocol major, or its refusal as an exception. */
    static Pdu.HelloOk acceptHello(Pdu answer) throws ClientException {
        if (answer instanceof Pdu.ErrorReply err) {
            throw new ClientException(err.message());
        }
        Pdu.HelloOk ok = (Pdu.HelloOk) answer;
        if (ok.protocolMajor() != ProtocolVersion.MAJOR) {
            throw new ClientException(Handshake.mismatchMessage(WeftVersion.current(),
                    ProtocolVersion.MAJOR, ProtocolVersion.MINOR, ok.weftVersion(), ok.protocolMajor(),
                    ok.protocolMinor()));
        }
        return ok;
    }

    static String noAnswer(Path socket, String what, Duration timeout) {
        return "the server on " + socket + " did not answer " + what + " within " + timeout.toMillis() + " ms";
    }

    /** The answer as a {@code type}; an ErrorReply becomes its message as a ClientException. */
    static <T extends Pdu> T expectType(Pdu answer, String what, Class<T> type) throws ClientException {
        if (answer instanceof Pdu.ErrorReply err) {
            throw new ClientException(err.message());
        }
        if (!type.isInstance(answer)) {
            throw new ClientException("the server answered " + what + " with " + answer.getClass().getSimpleName()
                    + " instead of " + type.getSimpleName());
        }
        return type.cast(answer);
    }

    // ---- requests ------------------------------------------------------------------------------

    private long nextRequestId() {
        return requestIds.incrementAndGet();
    }

    private <T extends Pdu> T request(Pdu req, long id, String what, Class<T> type) throws ClientException {
        NettyLink n = netty;
        Pdu answer;
        if (n != null) {
            answer = n.request(req, id, what, requestTimeout);
        } else if (closed) {
            throw new ClientException("not connected to the server on " + socketPath);
        } else {
            BlockingLink b = blocking;
            try {
                answer = b.request(req, id, what, requestTimeout);
            } catch (BlockingLink.NotSent e) {
                // The server dropped this idle connection before our request: it never arrived.
                answer = reconnect(b, e).request(req, id, what, requestTimeout);
            }
        }
        return expectType(answer, what, type);
    }

    /** A fresh blocking connection replacing {@code dropped}; {@code why} when the server is gone. */
    private synchronized BlockingLink reconnect(BlockingLink dropped, ClientException why) throws ClientException {
        if (blocking != dropped) {
            return blocking; // another thread reconnected already
        }
        BlockingLink fresh = BlockingLink.open(socketPath);
        if (fresh == null) {
            throw new ClientException(why.getMessage(), why);
        }
        fresh.shakeHands(clientKind, connectTimeout);
        blocking = fresh;
        if (closed) { // close() ran meanwhile and may have missed the new link
            fresh.close();
            throw new ClientException("not connected to the server on " + socketPath);
        }
        return fresh;
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

    /**
     * The last heartbeat round trip, or null before one was measured. Always null before
     * {@link #attach}: the one-shot connection sends no heartbeats.
     */
    public Duration lastRoundTrip() {
        NettyLink n = netty;
        return n == null ? null : n.lastRoundTrip();
    }

    /**
     * Whether the connection is usable. Before {@link #attach} (no heartbeats) this is true until
     * {@link #close}, kill-server, or a request that found the server gone or timed out.
     */
    public boolean isConnected() {
        NettyLink n = netty;
        if (n != null) {
            return n.isActive();
        }
        return !closed && blocking.isOpen();
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
            if (!isConnected()) {
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
            if (isConnected()) {
                throw e;
            }
        }
        if (netty == null) {
            blocking.close(); // the server is going; no heartbeat would tell isConnected() so
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

    /**
     * Run one tmux-style command on the server ({@code ["split-window", "-h"]}) and return what it
     * prints. {@code contextPaneId}: the pane it comes from ({@code $WEFT_PANE}), -1 for none.
     */
    public String runCommand(List<String> argv, int contextPaneId) throws ClientException {
        long id = nextRequestId();
        return request(new Pdu.RunCommand(id, List.copyOf(argv), contextPaneId), id,
                argv.isEmpty() ? "a command" : argv.get(0), Pdu.CommandOutput.class).output();
    }

    /** Lines of a pane's history, {@code first} counting from the oldest retained line. */
    public List<Pdu.StyledLine> scrollback(int paneId, long first, int count) throws ClientException {
        long id = nextRequestId();
        return request(new Pdu.GetScrollback(id, paneId, first, count), id, "scrollback",
                Pdu.ScrollbackLines.class).lines();
    }

    /**
     * Attach to a session; updates flow to {@code listener} until detached. The first attach opens
     * the netty connection (with its own handshake) that carries the session and all later requests.
     */
    public AttachedSession attach(String target, int cols, int rows, boolean readOnly,
                                  SessionListener listener) throws ClientException {
        return attach(target, cols, rows, readOnly, null, listener);
    }

    /**
     * Attach as {@link #attach(String, int, int, boolean, SessionListener)}, first telling the
     * server who this client is ({@code identity}: its tty, {@code $TERM}, pid; null: say nothing).
     */
    public AttachedSession attach(String target, int cols, int rows, boolean readOnly, Pdu.ClientIdentity identity,
                                  SessionListener listener) throws ClientException {
        return attachedLink().attach(target, cols, rows, readOnly, identity, listener, inputSerials,
                this::nextRequestId, requestTimeout);
    }

    private synchronized NettyLink attachedLink() throws ClientException {
        if (netty != null) {
            return netty;
        }
        if (closed) {
            throw new ClientException("not connected to the server on " + socketPath);
        }
        NettyLink n = NettyLink.connect(socketPath, clientKind, heartbeat, connectTimeout);
        netty = n;
        blocking.close();
        if (closed) { // close() ran while we connected: it may have missed the new link
            n.close();
            throw new ClientException("not connected to the server on " + socketPath);
        }
        return n;
    }

    @Override
    public void close() {
        closed = true;
        blocking.close();
        NettyLink n = netty;
        if (n != null) {
            n.close();
        }
    }
}
