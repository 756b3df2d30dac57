package dev.weft.server;

import dev.weft.config.KeyBindingConfig;
import dev.weft.config.Options;
import dev.weft.config.WeftConfig;
import dev.weft.keymaps.Binding;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's sessions, tabs and panes, and every change to them. One lock (this object) guards
 * the model; PTY I/O and client writes happen outside it. Attachments are told about changes
 * while the lock is held and must only schedule work.
 */
final class Mux {
    private static final Logger LOG = LoggerFactory.getLogger(Mux.class);

    /** What the server around the mux wants to hear. */
    interface Listener {
        /** The last session ended (not called while none was ever created). */
        void lastSessionEnded();
    }

    private final WeftConfig config;
    private final Path socketPath;
    private final Map<String, String> serverEnv;
    private final Listener listener;
    private final Ids ids = new Ids();
    private final Map<Integer, Session> sessions = new LinkedHashMap<>();
    private final Map<Integer, Set<Attachment>> attachments = new LinkedHashMap<>();
    private final KeyTables keyTables;
    private final PasteBuffers buffers = new PasteBuffers();
    private Options options;
    private boolean everHadSession;
    private boolean shutDown;

    Mux(WeftConfig config, Path socketPath, Map<String, String> serverEnv, Listener listener) {
        this.config = config == null ? WeftConfig.DEFAULTS : config;
        this.socketPath = socketPath;
        this.serverEnv = serverEnv;
        this.listener = listener;
        this.options = this.config.options() == null ? Options.defaults() : this.config.options();
        this.keyTables = KeyTables.defaults();
        List<String> problems = applyBindings(keyTables, this.config.keys());
        problems.forEach(p -> LOG.warn("config: {}", p));
    }

    /**
     * Apply {@code [keys]} bindings over {@code tables} (an empty command unbinds); returns one
     * line per binding that could not be applied, naming file:line:column.
     */
    static List<String> applyBindings(KeyTables tables, List<KeyBindingConfig> keys) {
        List<String> problems = new ArrayList<>();
        if (keys == null) {
            return problems;
        }
        for (KeyBindingConfig k : keys) {
            try {
                if (k.command() == null || k.command().isBlank()) {
                    tables.unbind(k.table(), k.key());
                } else {
                    dev.weft.keymaps.CommandParser.parse(k.command()); // a line that cannot be split is refused here
                    tables.bind(k.table(), k.key(), k.repeat(), k.command());
                }
            } catch (IllegalArgumentException e) {
                problems.add(k.file() + ":" + k.line() + ":" + k.column() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    WeftConfig config() {
        return config;
    }

    synchronized Options options() {
        return options;
    }

    /** Replace the live options; every attached client hears the change. */
    synchronized void options(Options next) {
        boolean policyChanged = !next.get("window_size").equals(options.get("window_size"));
        this.options = next;
        settingsChanged();
        if (policyChanged) {
            for (Session s : new ArrayList<>(sessions.values())) {
                fit(s, null);
            }
        }
    }

    KeyTables keyTables() {
        return keyTables;
    }

    /** The options and key tables as clients get them. */
    synchronized Pdu.ClientSettings clientSettings() {
        List<Pdu.OptionValue> opts = new ArrayList<>();
        options.asMap().forEach((k, v) -> opts.add(new Pdu.OptionValue(k, v)));
        List<Pdu.KeyBinding> keys = new ArrayList<>();
        for (Binding b : keyTables.list()) {
            keys.add(new Pdu.KeyBinding(b.table(), b.key(), b.repeat(), b.command()));
        }
        return new Pdu.ClientSettings(opts, keys);
    }

    /** Options or key tables changed: every attached client gets ClientSettings and a new status. Under the lock. */
    void settingsChanged() {
        for (Set<Attachment> set : attachments.values()) {
            for (Attachment a : set) {
                a.settingsChanged();
            }
        }
    }

    synchronized boolean everHadSession() {
        return everHadSession;
    }

    synchronized int sessionCount() {
        return sessions.size();
    }

    /** Create a session with one tab and one pane running {@code command} (empty: the default program). */
    Session newSession(String name, String cwd, List<String> command, List<String> env, int cols, int rows)
            throws MuxException {
        int c = cols > 0 ? cols : 80;
        int r = rows > 0 ? rows : 24;
        synchronized (this) {
            if (shutDown) {
                throw new MuxException("server-exiting", "the server is exiting");
            }
            int sessionId = ids.nextSession();
            String sessionName = name == null || name.isEmpty() ? freeNumber(sessionId) : sanitize(name);
            if (byName(sessionName) != null) {
                throw new MuxException("duplicate-session", "duplicate session: " + sessionName);
            }
            Session session = new Session(sessionId, sessionName, System.currentTimeMillis(), c, r);
            Pane pane = startPane(session, cwd, command, env, c, r);
            session.startDirectory(pane.startDirectory());
            Tab tab = new Tab(ids.nextTab(), baseIndex(), pane.program(), pane, ids.nextSlot(), c, r);
            session.addTab(tab);
            sessions.put(sessionId, session);
            everHadSession = true;
            LOG.info("session {} ({}) created with pane {}", sessionName, sessionId, pane.id());
            return session;
        }
    }

    /** Start a pane for {@code session} (not yet placed in a tab). Under the lock. */
    Pane startPane(Session session, String cwd, List<String> command, List<String> env,
                   int cols, int rows) throws MuxException {
        int paneId = ids.nextPane();
        try {
            PaneLaunch launch = PaneLaunch.resolve(
                    new PaneLaunch.Request(command, cwd, env == null ? List.of() : env, paneId, session.name()),
                    options.getArgv("default_prog"), options.get("term"), socketPath, serverEnv);
            return Pane.start(paneId, launch, cols, rows, options.getInt("scrollback_lines"), this::paneClosed,
                    this::clipboardFromPane);
        } catch (PaneStartException e) {
            throw new MuxException("cannot-run", e.getMessage());
        }
    }

    /** The server's paste buffers (global, as tmux's). */
    PasteBuffers buffers() {
        return buffers;
    }

    /** Option buffer_limit: how many automatic paste buffers are kept. */
    synchronized int bufferLimit() {
        return options.getInt("buffer_limit");
    }

    /**
     * A program in {@code pane} set the clipboard (OSC 52). With set_clipboard on, as tmux's
     * "on": the text becomes a new automatic paste buffer, and every client attached to a session
     * whose current tab shows the pane is told to set its terminal's clipboard. Off: ignored.
     * Called from the pane's reader thread, holding no pane lock.
     */
    void clipboardFromPane(Pane pane, String selection, byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        synchronized (this) {
            if (!options.getBool("set_clipboard") || text.isEmpty()) {
                return;
            }
            try {
                buffers.add(text, options.getInt("buffer_limit"));
            } catch (MuxException e) {
                LOG.info("pane {}: clipboard set ignored: {}", pane.id(), e.getMessage());
                return;
            }
            for (Session s : sessions.values()) {
                if (s.visiblePanes().contains(pane)) {
                    for (Attachment a : attachments.getOrDefault(s.id(), Set.of())) {
                        a.clipboard(selection, text);
                    }
                }
            }
        }
    }

    /** tmux numbers unnamed sessions by their id, skipping names already taken. */
    private String freeNumber(int sessionId) {
        int n = sessionId;
        while (byName(Integer.toString(n)) != null) {
            n++;
        }
        return Integer.toString(n);
    }

    /** As tmux: ':' and '.' would break target syntax, so they become '_'. */
    static String sanitize(String name) {
        return name.replace(':', '_').replace('.', '_');
    }

    /** tmux base-index: the first tab's index. */
    int baseIndex() {
        return options.getInt("base_index");
    }

    Tab newTab(Pane first, int index, int cols, int rows) {
        return new Tab(ids.nextTab(), index, first.program(), first, ids.nextSlot(), cols, rows);
    }

    int nextSlot() {
        return ids.nextSlot();
    }

    Session byName(String name) {
        for (Session s : sessions.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    synchronized List<Pdu.SessionInfo> list() {
        List<Pdu.SessionInfo> out = new ArrayList<>();
        for (Session s : sessions.values()) {
            out.add(new Pdu.SessionInfo(s.id(), s.name(), s.tabs().size(), s.panes().size(),
                    attachments.getOrDefault(s.id(), Set.of()).size(), s.createdEpochMillis(),
                    s.cols(), s.rows()));
        }
        return out;
    }

    /** Resolve a tmux target ({@code NAME}, {@code NAME:TAB}, {@code NAME:TAB.PANE}, {@code %ID}, {@code $ID}; empty: most recent). */
    synchronized Target resolve(String target) throws MuxException {
        return TargetParser.resolve(target == null ? "" : target, this::sessionsByRecency);
    }

    /** Resolve a target relative to {@code current} (tmux's current state); see {@link TargetParser}. */
    synchronized Target resolve(String target, Target current, TargetParser.Kind kind) throws MuxException {
        return TargetParser.resolve(target == null ? "" : target, this::sessionsByRecency, current, kind);
    }

    /** Under the lock. Most recently used first. */
    List<Session> sessionsByRecency() {
        List<Session> list = new ArrayList<>(sessions.values());
        list.sort(Comparator.comparingLong(Session::lastUsedNanos).reversed());
        return list;
    }

    synchronized void attach(Session session, Attachment a) throws MuxException {
        if (session.ended()) {
            throw new MuxException("no-session", "no session named \"" + session.name() + "\" (weft ls lists them)");
        }
        attachments.computeIfAbsent(session.id(), k -> new CopyOnWriteArraySet<>()).add(a);
        session.touch();
    }

    /** The clients attached to {@code session}. Under the lock. */
    List<Attachment> attachments(Session session) {
        return new ArrayList<>(attachments.getOrDefault(session.id(), Set.of()));
    }

    synchronized void detach(Session session, Attachment a) {
        Set<Attachment> set = attachments.get(session.id());
        if (set != null && set.remove(a)) {
            fit(session, null);
        }
    }

    /**
     * Give {@code session} the size {@code window_size} ({@link SizePolicy}) picks from its
     * attached clients, plus {@code joining} when not null (a client about to attach: the session
     * takes its size before it is registered, so it hears the new layout once). Called on attach,
     * detach, a client's resize, input from another client than the last active one, and when the
     * option changes. Panes follow; clients hear the new layout.
     */
    synchronized void fit(Session session, Attachment joining) {
        if (session.ended()) {
            return;
        }
        List<SizePolicy.ClientSize> clients = new ArrayList<>();
        for (Attachment a : attachments.getOrDefault(session.id(), Set.of())) {
            if (a != joining) {
                clients.add(a.clientSize());
            }
        }
        if (joining != null) {
            clients.add(joining.clientSize());
        }
        SizePolicy.Size now = new SizePolicy.Size(session.cols(), session.rows());
        SizePolicy.Size size = SizePolicy.of(options.get("window_size"), clients, now);
        if (!size.equals(now)) {
            session.size(size.cols(), size.rows());
            changed(session); // PTY resizes are quick ioctls; done under the lock as changed() does
        }
    }

    synchronized Pdu.SessionState state(Session session) {
        return session.state();
    }

    synchronized List<Pane> visiblePanes(Session session) {
        return session.visiblePanes();
    }

    synchronized void selectTab(Session session, Tab tab) {
        if (session.tabs().contains(tab)) {
            session.activeTab(tab);
        }
    }

    synchronized int firstPaneId(Session session) {
        List<Pane> panes = session.panes();
        return panes.isEmpty() ? -1 : panes.get(0).id();
    }

    synchronized void touch(Session session) {
        session.touch();
    }

    /** End a session: its clients are told, its processes killed. */
    void killSession(Session session) {
        List<Pane> panes;
        synchronized (this) {
            if (session.ended()) {
                return;
            }
            panes = session.panes();
            endSession(session);
        }
        killAll(panes, "kill-session " + session.name());
    }

    /** Kill every pane; sessions end as their panes close. Used by kill-server and shutdown. */
    void shutdown() {
        List<Pane> panes = new ArrayList<>();
        synchronized (this) {
            shutDown = true;
            for (Session s : new ArrayList<>(sessions.values())) {
                panes.addAll(s.panes());
                endSession(s);
            }
        }
        Pane.killAll(panes);
    }

    private static void killAll(List<Pane> panes, String why) {
        // pty4j's destroy may wait for the process; keep that off netty's event loops.
        Thread t = new Thread(() -> Pane.killAll(panes), "kill " + why);
        t.setDaemon(true);
        t.start();
    }

    private void paneClosed(Pane pane) {
        synchronized (this) {
            Session s = sessionOf(pane);
            if (s != null) {
                LOG.info("pane {} of session {} closed", pane.id(), s.name());
                removePane(s, pane);
            }
        }
    }

    /** The session holding {@code pane}, or null. Under the lock. */
    Session sessionOf(Pane pane) {
        for (Session s : sessions.values()) {
            if (s.tabOf(pane) != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * Take a pane out of the model (its tab ends with its last pane, the session with its last
     * tab); the process is not touched. Under the lock.
     */
    void removePane(Session s, Pane pane) {
        Tab tab = s.tabOf(pane);
        if (tab == null) {
            return;
        }
        s.remove(pane);
        if (s.isEmpty()) {
            endSession(s);
            return;
        }
        if (tab.isEmpty() && options.getBool("renumber_windows")) {
            s.renumber(baseIndex());
        }
        changed(s);
    }

    /** Kill panes' processes off the caller's thread (pty4j's destroy may wait). */
    static void killInBackground(List<Pane> panes, String why) {
        killAll(panes, why);
    }

    /**
     * The session's model changed: PTYs follow the geometry, attached clients get the new
     * SessionState and status. Under the lock (PTY resizes are quick ioctls).
     */
    void changed(Session s) {
        for (Tab tab : s.tabs()) {
            tab.resize(s.cols(), s.rows());
            tab.ptyResizes().forEach(Runnable::run);
        }
        notifyLayout(s);
    }

    /** Every session, in creation order. Under the lock. */
    List<Session> sessions() {
        return new ArrayList<>(sessions.values());
    }

    /**
     * Periodic work (about every 500 ms): automatic rename of tabs after their active pane's
     * foreground program, then a status refresh for every attached client.
     */
    void tick() {
        synchronized (this) {
            boolean auto = options.getBool("automatic_rename");
            for (Session s : sessions.values()) {
                boolean renamed = false;
                for (Tab t : s.tabs()) {
                    Pane p = t.activePane();
                    if (!auto || !t.automaticRename() || p == null) {
                        continue;
                    }
                    if (t.observeProgram(ProcessInfo.command(p.foregroundPid()))) {
                        renamed = true;
                    }
                }
                if (renamed) {
                    notifyLayout(s);
                }
            }
            for (Set<Attachment> set : attachments.values()) {
                for (Attachment a : set) {
                    a.statusTick();
                }
            }
        }
    }

    /** Under the lock. */
    void endSession(Session s) {
        s.markEnded();
        sessions.remove(s.id());
        LOG.info("session {} ended", s.name());
        Set<Attachment> set = attachments.remove(s.id());
        if (set != null) {
            for (Attachment a : set) {
                a.sessionEnded(s);
            }
        }
        if (sessions.isEmpty() && everHadSession) {
            listener.lastSessionEnded();
        }
    }

    private void notifyLayout(Session s) {
        for (Attachment a : attachments.getOrDefault(s.id(), Set.of())) {
            a.layoutChanged(s);
        }
    }
}
