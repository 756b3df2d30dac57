package dev.weft.server;

import dev.weft.config.Formats;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a command runs (tmux's "current" state) and what it may reach: the mux, the connection
 * that sent it (null for a command from a source-file at start-up), and the pane it comes from.
 *
 * <p>Current state, as the brief and tmux order it: an explicit {@code -t} first; else the
 * context pane ({@code contextPaneId >= 0}); else the session the connection is attached to
 * (its active tab and pane); else the most recently used session. A context pane sent by a
 * client attached to that pane's session stands for "my current pane": the session's active
 * pane is used, so a command never acts on a pane the client had not yet heard was replaced.
 */
final class CommandContext {
    /** source-file inside source-file ... stops here (tmux stops at 50 too). */
    static final int MAX_DEPTH = 50;

    private final Mux mux;
    private final ClientConnection caller;
    private final int contextPaneId;
    private final int depth;

    CommandContext(Mux mux, ClientConnection caller, int contextPaneId) {
        this(mux, caller, contextPaneId, 0);
    }

    private CommandContext(Mux mux, ClientConnection caller, int contextPaneId, int depth) {
        this.mux = mux;
        this.caller = caller;
        this.contextPaneId = contextPaneId;
        this.depth = depth;
    }

    /** The context for commands of a file sourced from this one. */
    CommandContext nested() {
        return new CommandContext(mux, caller, contextPaneId, depth + 1);
    }

    int depth() {
        return depth;
    }

    Mux mux() {
        return mux;
    }

    /** The connection the command came on; null when none. */
    ClientConnection caller() {
        return caller;
    }

    /** The session the calling connection is attached to, or null. */
    Session callerSession() {
        return caller == null ? null : caller.attachedSession();
    }

    /**
     * The clients a message or client-side command for {@code s} goes to: the caller alone when it
     * is attached to {@code s} (tmux shows a message on the client that ran the command), else every
     * client attached to {@code s}.
     */
    List<Attachment> clientsOf(Session s) {
        if (caller != null && callerSession() == s) {
            return List.of(caller);
        }
        return mux.attachments(s);
    }

    /** The current session, tab and pane (without -t); null when the server has no session. */
    Target current() {
        Session attached = callerSession();
        if (contextPaneId >= 0 && attached != null && !attached.ended() && attached.tabOf(paneById(attached)) != null) {
            // An attached client's context pane is its last view of the session; the session's
            // active pane is the truth (keys pressed faster than state arrives must not act on a
            // stale pane), as tmux's client always acts on its session's current pane.
            Tab t = attached.activeTab();
            return new Target(attached, t, t == null ? null : t.activePane());
        }
        if (contextPaneId >= 0) {
            for (Session s : mux.sessions()) {
                for (Tab t : s.tabs()) {
                    Pane p = t.byId(contextPaneId);
                    if (p != null) {
                        return new Target(s, t, p);
                    }
                }
            }
        }
        Session s = callerSession();
        if (s != null && !s.ended()) {
            Tab t = s.activeTab();
            return new Target(s, t, t == null ? null : t.activePane());
        }
        List<Session> recent = mux.sessionsByRecency();
        if (recent.isEmpty()) {
            return null;
        }
        Session r = recent.get(0);
        Tab t = r.activeTab();
        return new Target(r, t, t == null ? null : t.activePane());
    }

    /** The context pane when it is in {@code s}, else null. */
    private Pane paneById(Session s) {
        for (Tab t : s.tabs()) {
            Pane p = t.byId(contextPaneId);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The target of flag {@code flag} ({@code -t}, {@code -s}), or the current state when absent. */
    Target target(Args args, char flag, TargetParser.Kind kind) throws MuxException {
        return resolve(args.value(flag), kind);
    }

    Target resolve(String text, TargetParser.Kind kind) throws MuxException {
        Target t = mux.resolve(text == null ? "" : text, current(), kind);
        if (kind != TargetParser.Kind.SESSION && (t.tab() == null || t.pane() == null)) {
            throw new MuxException("no-pane", "can't find pane: " + Visible.of(text));
        }
        return t;
    }

    /** Expand a tmux format with the variables of {@code t} (client_*: the caller's, when it is attached). */
    String expand(String format, Target t) {
        ClientConnection client = callerSession() != null ? caller : null;
        return expand(format, t, client);
    }

    /** Expand a tmux format with the variables of {@code t} and of {@code client} (null: no client_*). */
    String expand(String format, Target t, ClientConnection client) {
        return Formats.expand(format, new FormatContext(mux, t.session(), t.tab(), t.pane(), client),
                ZonedDateTime.now());
    }

    /** Every attached client ({@code TUI}s, not one-shot connections), in the order they connected. Under the lock. */
    List<ClientConnection> clients() {
        List<ClientConnection> out = new ArrayList<>();
        for (Session s : mux.sessions()) {
            for (Attachment a : mux.attachments(s)) {
                if (a instanceof ClientConnection c) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparingInt(ClientConnection::number));
        return out;
    }

    /**
     * tmux's current client: the caller when it is attached; else the most recently active client
     * of the current session; else of any session; null when no client is attached.
     */
    ClientConnection currentClient() {
        if (caller != null && callerSession() != null) {
            return caller;
        }
        Target t = current();
        List<ClientConnection> all = clients();
        List<ClientConnection> candidates = t == null ? all
                : all.stream().filter(c -> c.attachedSession() == t.session()).toList();
        ClientConnection best = null;
        for (ClientConnection c : candidates.isEmpty() ? all : candidates) {
            if (best == null || c.activityOrder() > best.activityOrder()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * A client named by {@code -t} (tmux target-client): its name ({@code /dev/pts/3},
     * {@code client-2}), or a tty without {@code /dev/} ({@code pts/3}); empty: {@link #currentClient}.
     */
    ClientConnection client(String name) throws MuxException {
        if (name == null || name.isEmpty()) {
            ClientConnection c = currentClient();
            if (c == null) {
                throw new MuxException("no-client", "no current client");
            }
            return c;
        }
        String wanted = name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
        for (ClientConnection c : clients()) {
            if (c.name().equals(wanted) || c.name().equals("/dev/" + wanted)) {
                return c;
            }
        }
        throw new MuxException("no-client", "can't find client: " + Visible.of(name));
    }

    /**
     * Expand a format with the variables of {@code t}, {@code extra} first (the list commands'
     * {@code window_format}/{@code pane_format}, which say what kind of line a format is for).
     */
    String expand(String format, Target t, java.util.Map<String, String> extra) {
        FormatContext vars = new FormatContext(mux, t.session(), t.tab(), t.pane());
        return Formats.expand(format, name -> extra.containsKey(name) ? extra.get(name) : vars.apply(name),
                ZonedDateTime.now());
    }
}
