package dev.weft.server;

import dev.weft.protocol.Pdu;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection, after framing and heartbeats: handshake, requests, and for an attached
 * client the pane frames. Everything here runs on the connection's event loop; the mux and the
 * panes call in only through {@link #scheduleFlush()} and {@link Attachment}, which hop onto it.
 *
 * <p>Frames go out when a pane is dirty, at most one flush pending per client, only while the
 * channel is writable and the pane's window ({@link PaneSync#WINDOW}) is open: a client that does
 * not read costs the server a bounded amount of memory and never delays a pane or another client.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter implements Attachment {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);

    /** What a connection may ask of the server beyond the mux. */
    interface ServerControl {
        /** The reply to Hello: HelloOk, or an ErrorReply after which the connection closes. */
        Pdu answerHello(Pdu.Hello hello);

        void killServer();

        void connectionOpened(ClientConnection c);

        void connectionClosed(ClientConnection c);
    }

    /** Numbers client names when a client has no tty ({@code client-N}); server-wide, never reused. */
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    /** Orders activity (window_size latest): a counter, so two events never tie. */
    private static final AtomicLong ACTIVITY = new AtomicLong();

    private final Mux mux;
    private final ServerControl server;
    private final int number = NUMBERS.incrementAndGet();
    private final long createdMillis = System.currentTimeMillis();
    private volatile long activityMillis = createdMillis;
    private volatile long activityOrder;
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Runnable dirtyListener = this::scheduleFlush;
    private final Map<Integer, PaneSync> syncs = new LinkedHashMap<>();
    private final Map<Integer, Pane> visible = new LinkedHashMap<>();
    private ChannelHandlerContext ctx;
    private boolean greeted;
    private boolean closing;
    private volatile Session attached;
    private volatile boolean readOnly;
    /** The session attached before the last switch-client (for switch-client -l). */
    private Session lastSession;
    /** The client's pane area as it last said (Attach, ResizeClient). */
    private volatile int clientCols;
    private volatile int clientRows;
    /** The status line last sent, and the clock it was expanded with. */
    private Pdu.StatusUpdate lastStatus;
    /** Who the client said it is (tty, TERM, pid), or null when it did not. */
    private volatile Pdu.ClientIdentity identity;
    /** The client's protocol minor: PDU types of a later minor are not sent to it. */
    private volatile int peerMinor;
    private ZonedDateTime lastStatusTime;

    ClientConnection(Mux mux, ServerControl server) {
        this.mux = mux;
        this.server = server;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        server.connectionOpened(this);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        detachFromSession();
        server.connectionClosed(this);
        super.channelInactive(ctx);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().isWritable()) {
            scheduleFlush();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        LOG.warn("connection {}: {}; closing it", ctx.channel().id(), what);
        fail("malformed-frame", what);
    }

    /** Send a connection-level ErrorReply and close; other connections go on. */
    void fail(String code, String message) {
        if (closing) {
            return;
        }
        closing = true;
        if (ctx.channel().isActive()) {
            ctx.writeAndFlush(new Pdu.ErrorReply(0, code, message)).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    /** Run on this connection's event loop; dropped if the loop has already shut down. */
    private void onLoop(Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("event loop gone; dropped a task for {}", ctx.channel());
        }
    }

    /** The server is going away: tell the client and close. Any thread. */
    void serverExiting() {
        onLoop(() -> {
            if (closing || !ctx.channel().isActive()) {
                return;
            }
            closing = true;
            String name = attached == null ? "" : attached.name();
            detachFromSession();
            ctx.writeAndFlush(new Pdu.Detached(name, "server-exiting")).addListener(ChannelFutureListener.CLOSE);
        });
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            return;
        }
        if (!(msg instanceof Pdu pdu)) {
            fail("protocol-error", "unexpected message " + msg.getClass().getSimpleName());
            return;
        }
        if (!greeted) {
            if (pdu instanceof Pdu.Hello hello) {
                Pdu reply = server.answerHello(hello);
                if (reply instanceof Pdu.HelloOk) {
                    greeted = true;
                    peerMinor = hello.protocolMinor();
                    ctx.writeAndFlush(reply);
                } else {
                    closing = true;
                    ctx.writeAndFlush(reply).addListener(ChannelFutureListener.CLOSE);
                }
            } else {
                fail("protocol-error", "expected Hello first, got " + pdu.getClass().getSimpleName());
            }
            return;
        }
        try {
            handle(pdu);
        } catch (MuxException e) {
            ctx.writeAndFlush(new Pdu.ErrorReply(RequestIds.of(pdu), e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            // A bug of ours must not end the connection, let alone the server.
            LOG.error("handling {} failed", pdu.getClass().getSimpleName(), e);
            long id = RequestIds.of(pdu);
            if (id != 0) { // an ErrorReply with id 0 would read as the end of the connection
                ctx.writeAndFlush(new Pdu.ErrorReply(id, "internal-error",
                        "the server failed to handle " + pdu.getClass().getSimpleName() + " (see the server log)"));
            }
        }
    }

    private void handle(Pdu pdu) throws MuxException {
        if (readOnly && attached != null && !ReadOnlyCommands.allowed(pdu)) {
            throw new MuxException("read-only", "client is read-only"); // tmux: only detach and the like
        }
        if (pdu instanceof Pdu.Ping p) {
            ctx.writeAndFlush(new Pdu.Pong(p.nonce(), p.sentNanos()));
        } else if (pdu instanceof Pdu.Pong) {
            // liveness only
        } else if (pdu instanceof Pdu.ListSessions r) {
            ctx.writeAndFlush(new Pdu.SessionList(r.requestId(), mux.list()));
        } else if (pdu instanceof Pdu.NewSession r) {
            Session s = mux.newSession(r.name(), r.cwd(), r.command(), r.env(), r.cols(), r.rows());
            int paneId = mux.firstPaneId(s);
            ctx.writeAndFlush(new Pdu.SessionCreated(r.requestId(), s.id(), s.name(), paneId));
        } else if (pdu instanceof Pdu.HasSession r) {
            mux.resolve(r.target());
            ctx.writeAndFlush(new Pdu.OkReply(r.requestId()));
        } else if (pdu instanceof Pdu.KillSession r) {
            Target t = mux.resolve(r.target());
            mux.killSession(t.session());
            ctx.writeAndFlush(new Pdu.OkReply(r.requestId()));
        } else if (pdu instanceof Pdu.KillServer r) {
            ctx.writeAndFlush(new Pdu.OkReply(r.requestId())).addListener(f -> server.killServer());
        } else if (pdu instanceof Pdu.Attach r) {
            attach(r);
        } else if (pdu instanceof Pdu.RunCommand r) {
            String out = Commands.run(new CommandContext(mux, this, r.contextPaneId()), r.argv());
            ctx.writeAndFlush(new Pdu.CommandOutput(r.requestId(), out));
        } else if (pdu instanceof Pdu.ResizeClient r) {
            clientCols = r.cols();
            clientRows = r.rows();
            Session s = attached;
            if (s != null) {
                touchActivity(); // a resize is activity (window_size latest)
                s.lastActive(this);
                mux.fit(s, null); // window_size decides (read-only clients ignore size, as tmux)
            }
        } else if (pdu instanceof Pdu.Input r) {
            input(r);
        } else if (pdu instanceof Pdu.Ack r) {
            PaneSync sync = syncs.get(r.paneId());
            if (sync != null) {
                sync.ack(r.frameSeq());
                scheduleFlush();
            }
        } else if (pdu instanceof Pdu.DetachRequest) {
            if (attached == null) {
                throw new MuxException("not-attached", "not attached to a session");
            }
            String name = attached.name();
            detachFromSession();
            ctx.writeAndFlush(new Pdu.Detached(name, "detached"));
        } else if (pdu instanceof Pdu.GetScrollback r) {
            ctx.writeAndFlush(PaneRequests.scrollback(mux, r));
        } else if (pdu instanceof Pdu.GetHistory r) {
            ctx.writeAndFlush(PaneRequests.history(mux, r));
        } else if (pdu instanceof Pdu.SearchHistory r) {
            PaneHistory.searchInBackground(PaneRequests.pane(mux, r.paneId()), r, ctx::writeAndFlush);
        } else if (pdu instanceof Pdu.ClientIdentity r) {
            // Outside text: control characters made visible, so list-clients stays one line a client.
            identity = new Pdu.ClientIdentity(Visible.of(r.ttyName()), Visible.of(r.termName()), r.pid());
        } else if (pdu instanceof Pdu.SendKeys r) {
            ctx.writeAndFlush(PaneRequests.sendKeys(mux, r));
        } else if (pdu instanceof Pdu.CapturePane r) {
            ctx.writeAndFlush(PaneRequests.capture(mux, r));
        } else {
            fail("unexpected-pdu", "a client may not send " + pdu.getClass().getSimpleName());
        }
    }

    private void attach(Pdu.Attach r) throws MuxException {
        Target t = mux.resolve(r.target());
        detachFromSession();
        Session s = t.session();
        clientCols = r.cols();
        clientRows = r.rows();
        readOnly = r.readOnly();
        // window_size decides, counting this client (attaching is activity). Before registering,
        // so this client hears the new layout once, below.
        touchActivity();
        s.lastActive(this);
        mux.fit(s, this);
        mux.attach(s, this);
        attached = s;
        if (t.tab() != null) {
            mux.selectTab(s, t.tab());
        }
        // Settings before the answer: the client has its key tables before it reads a key (a
        // binding from the config pressed right after attaching must not meet the defaults).
        ctx.write(mux.clientSettings());
        ctx.write(new Pdu.Attached(r.requestId(), s.id(), s.name()));
        refreshLayout();
        lastStatus = null;
        sendStatus(false);
        ctx.flush();
        LOG.info("client {} attached to {}{}", ctx.channel().id(), s.name(), readOnly ? " (read-only)" : "");
    }

    /** The protocol minor version the client announced in its Hello. */
    int peerMinor() {
        return peerMinor;
    }

    /** Who the client said it is ({@link Pdu.ClientIdentity}), or null. */
    Pdu.ClientIdentity identity() {
        return identity;
    }

    /** tmux's client_name: the client's tty, else {@code client-N}. */
    String name() {
        Pdu.ClientIdentity id = identity;
        return id != null && id.ttyName() != null && !id.ttyName().isEmpty() ? id.ttyName() : "client-" + number;
    }

    /** The order clients were created in (list-clients lists them so). */
    int number() {
        return number;
    }

    long createdMillis() {
        return createdMillis;
    }

    long activityMillis() {
        return activityMillis;
    }

    /** Orders clients by their last activity (higher: later); never ties. */
    long activityOrder() {
        return activityOrder;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** The client's pane area as it last said (columns, rows). */
    int clientCols() {
        return clientCols;
    }

    int clientRows() {
        return clientRows;
    }

    @Override
    public SizePolicy.ClientSize clientSize() {
        return new SizePolicy.ClientSize(clientCols, clientRows, activityOrder, readOnly);
    }

    private void touchActivity() {
        activityMillis = System.currentTimeMillis();
        activityOrder = ACTIVITY.incrementAndGet();
    }

    /**
     * A key or a resize from this client: it is the latest client now. The size is recomputed
     * only when another client was the last active one (input is hot; the check is a volatile read).
     */
    private void active(Session s) {
        touchActivity();
        if (s.lastActive() != this) {
            s.lastActive(this);
            mux.fit(s, null);
        }
    }

    /** The session this connection is attached to, or null. On the event loop (or under the mux lock from it). */
    Session attachedSession() {
        return attached;
    }

    Session lastSession() {
        return lastSession;
    }

    /**
     * switch-client: attach this connection to {@code s} instead, as an Attach would (the session
     * takes this client's size; SessionState, settings, status and full frames follow). Called on
     * this connection's event loop, under the mux lock.
     */
    void switchTo(Session s) throws MuxException {
        if (s == attached) {
            refreshLayout();
            return;
        }
        Session previous = attached;
        detachFromSession();
        touchActivity();
        s.lastActive(this);
        mux.fit(s, this);
        mux.attach(s, this);
        attached = s;
        lastSession = previous;
        lastStatus = null;
        refreshLayout();
        sendSettings();
        LOG.info("client {} switched to {}", ctx.channel().id(), s.name());
    }

    /** ClientSettings, then the status line. */
    private void sendSettings() {
        if (attached == null) {
            return;
        }
        ctx.write(mux.clientSettings());
        lastStatus = null;
        sendStatus(false);
        ctx.flush();
    }

    /**
     * Send the status line if it changed. On a tick ({@code tick}), a change only the clock made
     * waits for {@code status.interval}: the line is first expanded with the clock of the last
     * send, and only if that differs (a name, flag or title changed) is it sent at once.
     */
    private void sendStatus(boolean tick) {
        if (attached == null || closing) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now();
        Pdu.StatusUpdate fresh;
        synchronized (mux) {
            if (attached.ended()) {
                return;
            }
            if (tick && lastStatus != null) {
                int interval = StatusLine.interval(mux);
                boolean due = interval > 0
                        && Duration.between(lastStatusTime, now).compareTo(Duration.ofSeconds(interval)) >= 0;
                if (!due && StatusLine.of(mux, attached, lastStatusTime).equals(lastStatus)) {
                    return;
                }
            }
            fresh = StatusLine.of(mux, attached, now);
        }
        lastStatusTime = now;
        if (!fresh.equals(lastStatus)) {
            lastStatus = fresh;
            ctx.writeAndFlush(fresh);
        }
    }

    /** Send SessionState and (re)subscribe to the visible panes; new panes get a full frame. */
    private void refreshLayout() {
        if (attached == null) {
            return;
        }
        Pdu.SessionState state = mux.state(attached);
        List<Pane> panes = mux.visiblePanes(attached);
        Map<Integer, Pane> now = new LinkedHashMap<>();
        for (Pane p : panes) {
            now.put(p.id(), p);
        }
        for (Integer id : new ArrayList<>(visible.keySet())) {
            if (!now.containsKey(id)) {
                Pane gone = visible.remove(id);
                unsubscribe(gone);
                if (gone.isClosed()) {
                    ctx.write(new Pdu.PaneClosed(id));
                }
            }
        }
        ctx.write(state);
        for (Pane p : panes) {
            if (!visible.containsKey(p.id())) {
                visible.put(p.id(), p);
                PaneSync sync = new PaneSync(p.id(), p.screen(), p.screen().registerWriter());
                syncs.put(p.id(), sync);
                p.screen().addDirtyListener(dirtyListener);
            }
        }
        ctx.flush();
        scheduleFlush();
    }

    private void unsubscribe(Pane p) {
        p.screen().removeDirtyListener(dirtyListener);
        PaneSync sync = syncs.remove(p.id());
        if (sync != null) {
            p.screen().unregisterWriter(sync.serials());
        }
    }

    private void detachFromSession() {
        for (Pane p : visible.values()) {
            unsubscribe(p);
        }
        visible.clear();
        syncs.clear();
        if (attached != null) {
            mux.detach(attached, this);
            attached = null;
        }
    }

    private void input(Pdu.Input r) {
        Session s = attached;
        if (s == null || readOnly) {
            return; // read-only clients watch; input of a detached client has nowhere to go
        }
        active(s);
        Pane pane = visible.get(r.paneId());
        PaneSync sync = syncs.get(r.paneId());
        if (pane != null && sync != null) {
            pane.write(r.data(), r.serial(), sync.serials());
        }
    }

    /** A pane changed: make sure one flush is pending on this client's event loop. Any thread. */
    void scheduleFlush() {
        if (flushScheduled.compareAndSet(false, true)) {
            onLoop(this::flushFrames);
        }
    }

    private void flushFrames() {
        flushScheduled.set(false);
        if (closing || !ctx.channel().isActive()) {
            return;
        }
        boolean wrote = false;
        for (PaneSync sync : syncs.values()) {
            if (!ctx.channel().isWritable()) {
                break; // resumes from channelWritabilityChanged
            }
            Pdu.PaneUpdate frame = sync.nextFrame();
            if (frame != null) {
                ctx.write(frame);
                wrote = true;
            }
        }
        if (wrote) {
            ctx.flush();
        }
    }

    @Override
    public void layoutChanged(Session session) {
        onLoop(() -> {
            if (attached == session) {
                refreshLayout();
                sendStatus(false);
            }
        });
    }

    @Override
    public void settingsChanged() {
        onLoop(this::sendSettings);
    }

    @Override
    public void statusTick() {
        onLoop(() -> sendStatus(true));
    }

    @Override
    public void showMessage(String text) {
        onLoop(() -> {
            if (attached != null && !closing) {
                ctx.writeAndFlush(new Pdu.ShowMessage(text));
            }
        });
    }

    @Override
    public void clipboard(String selection, String text) {
        onLoop(() -> {
            // SetClipboard is a 1.2 PDU: a 1.0/1.1 client would close the connection on it.
            if (attached != null && !closing && peerMinor >= 2) {
                ctx.writeAndFlush(new Pdu.SetClipboard(selection, text));
            }
        });
    }

    @Override
    public void clientCommand(List<String> argv) {
        onLoop(() -> {
            if (attached != null && !closing) {
                ctx.writeAndFlush(new Pdu.ClientCommand(argv));
            }
        });
    }

    @Override
    public void detachClient() {
        onLoop(() -> {
            if (attached == null || closing) {
                return;
            }
            String name = attached.name();
            detachFromSession();
            ctx.writeAndFlush(new Pdu.Detached(name, "detached"));
        });
    }

    @Override
    public void sessionEnded(Session session) {
        onLoop(() -> {
            if (attached != session) {
                return;
            }
            for (Integer id : visible.keySet()) {
                ctx.write(new Pdu.PaneClosed(id));
            }
            detachFromSession();
            ctx.writeAndFlush(new Pdu.Detached(session.name(), "session-ended"));
        });
    }
}
