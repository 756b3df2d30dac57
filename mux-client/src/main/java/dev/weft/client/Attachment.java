package dev.weft.client;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.ProtocolVersion;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * An {@link AttachedSession}: keeps the session state and a mirror per pane from the server's
 * stream, acknowledges every applied frame, and sends input, resizes and detach requests.
 */
final class Attachment implements AttachedSession, ClientHandler.SessionStream {
    private final Channel channel;
    private final ClientHandler handler;
    private final SessionListener listener;
    private final AtomicLong inputSerials;
    private final LongSupplier requestIds;
    private final Map<Integer, MirroredPane> panes = new ConcurrentHashMap<>();
    private volatile int sessionId;
    private volatile String sessionName;
    private volatile Pdu.SessionState state;
    private final int serverMinor;
    private volatile int cols;
    private volatile int rows;

    Attachment(Channel channel, ClientHandler handler, SessionListener listener, AtomicLong inputSerials, LongSupplier requestIds,
               String target, int cols, int rows) {
        this(channel, handler, listener, inputSerials, requestIds, target, cols, rows, ProtocolVersion.MINOR);
    }

    /** @param serverMinor the server's protocol minor: requests it does not know are refused here */
    Attachment(Channel channel, ClientHandler handler, SessionListener listener, AtomicLong inputSerials, LongSupplier requestIds,
               String target, int cols, int rows, int serverMinor) {
        this.serverMinor = serverMinor;
        this.channel = channel;
        this.handler = handler;
        this.listener = listener;
        this.inputSerials = inputSerials;
        this.requestIds = requestIds;
        this.sessionName = target;
        this.cols = cols;
        this.rows = rows;
    }

    void attached(Pdu.Attached a) {
        sessionId = a.sessionId();
        sessionName = a.sessionName();
    }

    @Override
    public void onPdu(ChannelHandlerContext ctx, Pdu pdu) {
        if (pdu instanceof Pdu.PaneUpdate u) {
            MirroredPane pane = panes.computeIfAbsent(u.paneId(), id -> new MirroredPane(id, u.cols(), u.rows()));
            if (pane.apply(u)) {
                ctx.write(new Pdu.Ack(u.paneId(), u.frameSeq()));
                listener.paneChanged(pane);
            }
        } else if (pdu instanceof Pdu.SessionState s) {
            onState(s);
        } else if (pdu instanceof Pdu.PaneClosed c) {
            panes.remove(c.paneId());
            listener.paneClosed(c.paneId());
        } else if (pdu instanceof Pdu.Detached d) {
            handler.detachStream(this);
            listener.detached(d.sessionName(), d.reason());
        } else if (pdu instanceof Pdu.ClientSettings s) {
            listener.settings(s);
        } else if (pdu instanceof Pdu.StatusUpdate s) {
            listener.status(s);
        } else if (pdu instanceof Pdu.ShowMessage m) {
            listener.message(m.text());
        } else if (pdu instanceof Pdu.ClientCommand c) {
            listener.clientCommand(c.argv());
        } else if (pdu instanceof Pdu.SetClipboard c) {
            listener.clipboard(c.selection(), c.text());
        }
    }

    private void onState(Pdu.SessionState s) {
        state = s;
        sessionId = s.sessionId();
        sessionName = s.sessionName();
        Set<Integer> visible = new HashSet<>();
        for (Pdu.TabInfo tab : s.tabs()) {
            if (tab.tabId() == s.activeTabId()) {
                for (Pdu.PaneGeometry g : tab.panes()) {
                    visible.add(g.paneId());
                    panes.computeIfAbsent(g.paneId(), id -> new MirroredPane(id, g.cols(), g.rows()));
                }
            }
        }
        // Mirrors follow the active tab; a tab switched back to is resent in full by the server.
        panes.keySet().retainAll(visible);
        listener.sessionState(s);
    }

    @Override
    public void onDisconnected(String why) {
        listener.disconnected(why);
    }

    @Override
    public Pdu.SessionState sessionState() {
        return state;
    }

    @Override
    public int sessionId() {
        return sessionId;
    }

    @Override
    public String sessionName() {
        return sessionName;
    }

    @Override
    public Collection<PaneMirror> panes() {
        return Collections.unmodifiableCollection(new ArrayList<>(panes.values()));
    }

    @Override
    public PaneMirror pane(int paneId) {
        return panes.get(paneId);
    }

    @Override
    public long sendInput(int paneId, byte[] data) {
        long serial = inputSerials.incrementAndGet();
        channel.writeAndFlush(new Pdu.Input(paneId, serial, data.clone()));
        return serial;
    }

    @Override
    public void resize(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        channel.writeAndFlush(new Pdu.ResizeClient(cols, rows));
    }

    @Override
    public void detach() {
        channel.writeAndFlush(new Pdu.DetachRequest(requestIds.getAsLong()));
    }

    @Override
    public CompletableFuture<Pdu.HistoryLines> history(int paneId, long first, int count, boolean fromScreen) {
        if (serverMinor < 2) {
            return CompletableFuture.failedFuture(olderServer("history"));
        }
        long id = requestIds.getAsLong();
        return request(id, new Pdu.GetHistory(id, paneId, first, count, fromScreen), Pdu.HistoryLines.class);
    }

    @Override
    public CompletableFuture<Pdu.SearchResult> search(Pdu.SearchHistory request) {
        if (serverMinor < 2) {
            return CompletableFuture.failedFuture(olderServer("search"));
        }
        long id = requestIds.getAsLong();
        Pdu.SearchHistory r = request;
        Pdu.SearchHistory withId = new Pdu.SearchHistory(id, r.paneId(), r.query(), r.fromLine(), r.fromCol(),
                r.backward(), r.regex(), r.ignoreCase(), r.endLine());
        return request(id, withId, Pdu.SearchResult.class);
    }

    private ClientException olderServer(String what) {
        return new ClientException("the server is older (protocol " + ProtocolVersion.MAJOR + "." + serverMinor
                + ") and has no " + what + ": restart it (weft kill-server, then weft) to use copy mode");
    }

    /** Send a request and complete with its answer of type {@code answer}; an ErrorReply fails it. */
    private <T extends Pdu> CompletableFuture<T> request(long id, Pdu request, Class<T> answer) {
        CompletableFuture<Pdu> reply = handler.expect(id);
        CompletableFuture<T> out = reply.thenApply(pdu -> {
            handler.forget(id);
            if (answer.isInstance(pdu)) {
                return answer.cast(pdu);
            }
            if (pdu instanceof Pdu.ErrorReply err) {
                throw new CompletionException(new ClientException(err.message()));
            }
            throw new CompletionException(new ClientException("the server answered "
                    + request.getClass().getSimpleName() + " with " + pdu.getClass().getSimpleName()));
        });
        channel.writeAndFlush(request).addListener(w -> {
            if (!w.isSuccess()) {
                handler.forget(id);
                reply.completeExceptionally(new ClientException("cannot send a request to the server: "
                        + w.cause().getMessage()));
            }
        });
        return out;
    }

    @Override
    public CompletableFuture<String> runCommand(List<String> argv, int contextPaneId) {
        long id = requestIds.getAsLong();
        CompletableFuture<Pdu> reply = handler.expect(id);
        CompletableFuture<String> out = reply.thenApply(pdu -> {
            handler.forget(id);
            if (pdu instanceof Pdu.CommandOutput o) {
                return o.output();
            }
            if (pdu instanceof Pdu.ErrorReply err) {
                throw new CompletionException(new ClientException(err.message()));
            }
            throw new CompletionException(new ClientException("the server answered "
                    + String.join(" ", argv) + " with " + pdu.getClass().getSimpleName()));
        });
        channel.writeAndFlush(new Pdu.RunCommand(id, List.copyOf(argv), contextPaneId)).addListener(w -> {
            if (!w.isSuccess()) {
                handler.forget(id);
                reply.completeExceptionally(new ClientException("cannot send a command to the server: "
                        + w.cause().getMessage()));
            }
        });
        return out;
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }
}
