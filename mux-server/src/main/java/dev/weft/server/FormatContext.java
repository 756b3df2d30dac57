package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.net.InetAddress;
import java.util.function.Function;

/**
 * The format variables of one context (a session, a tab of it, a pane of that), as tmux names
 * them; used by the status line, display-message and list-* -F. Unknown names give null (then
 * empty). Read under the mux lock.
 *
 * <p>{@code pane_title} is the title the program set, else the host name (tmux does the same);
 * {@code pane_current_command}/{@code pane_current_path} come from the PTY's foreground process.
 */
final class FormatContext implements Function<String, String> {
    private static final String HOST = hostName();

    private final Mux mux;
    private final Session session;
    private final Tab tab;
    private final Pane pane;
    /** The client of client_* variables (list-clients, a command's caller), or null. */
    private final ClientConnection client;

    FormatContext(Mux mux, Session session, Tab tab, Pane pane) {
        this(mux, session, tab, pane, null);
    }

    FormatContext(Mux mux, Session session, Tab tab, Pane pane, ClientConnection client) {
        this.mux = mux;
        this.session = session;
        this.tab = tab;
        this.pane = pane;
        this.client = client;
    }

    @Override
    public String apply(String name) {
        String v = sessionVariable(name);
        if (v == null && tab != null) {
            v = tabVariable(name);
        }
        if (v == null && tab != null && pane != null) {
            v = paneVariable(name);
        }
        if (v == null && client != null) {
            v = clientVariable(name);
        }
        if (v == null) {
            v = switch (name) {
                case "host" -> HOST;
                case "host_short" -> HOST.contains(".") ? HOST.substring(0, HOST.indexOf('.')) : HOST;
                case "pid" -> Long.toString(ProcessHandle.current().pid());
                case "version" -> ServerVersion.VERSION;
                default -> null;
            };
        }
        return v;
    }

    private String sessionVariable(String name) {
        return switch (name) {
            case "session_name" -> session.name();
            case "session_id" -> "$" + session.id();
            case "session_windows" -> Integer.toString(session.tabs().size());
            case "session_attached" -> Integer.toString(mux.attachments(session).size());
            case "session_created" -> Long.toString(session.createdEpochMillis() / 1000);
            // when the session was last used (attached, selected): tmux's activity, to sort by time
            case "session_activity" -> Long.toString(System.currentTimeMillis() / 1000
                    - Math.max(0, System.nanoTime() - session.lastUsedNanos()) / 1_000_000_000L);
            case "session_width", "window_width" -> Integer.toString(session.cols());
            case "session_height", "window_height" -> Integer.toString(session.rows());
            default -> null;
        };
    }

    private String tabVariable(String name) {
        return switch (name) {
            case "window_index" -> Integer.toString(tab.index());
            case "window_name" -> tab.name();
            case "window_id" -> "@" + tab.id();
            case "window_flags", "window_raw_flags" -> flags(session, tab);
            case "window_active" -> bool(session.activeTab() == tab);
            case "window_last_flag" -> bool(session.lastTab() == tab);
            case "window_zoomed_flag" -> bool(tab.zoomed());
            case "window_panes" -> Integer.toString(tab.paneCount());
            case "window_layout" -> tab.describe();
            default -> null;
        };
    }

    private String paneVariable(String name) {
        return switch (name) {
            case "pane_index" -> Integer.toString(tab.indexOf(pane));
            case "pane_id" -> "%" + pane.id();
            case "pane_active" -> bool(tab.activePane() == pane);
            case "pane_title" -> {
                String title = pane.screen().read(t -> t.title());
                yield title == null || title.isEmpty() ? HOST : title;
            }
            case "pane_pid" -> Long.toString(pane.pid());
            case "pane_left" -> Integer.toString(panePlace(true));
            case "pane_top" -> Integer.toString(panePlace(false));
            case "pane_right" -> Integer.toString(panePlace(true) + paneSize(true) - 1);
            case "pane_bottom" -> Integer.toString(panePlace(false) + paneSize(false) - 1);
            case "pane_width" -> Integer.toString(paneSize(true));
            case "pane_height" -> Integer.toString(paneSize(false));
            case "pane_current_command" -> {
                String c = ProcessInfo.command(pane.foregroundPid());
                yield c == null ? pane.program() : c;
            }
            case "pane_current_path" -> {
                String p = ProcessInfo.cwd(pane.foregroundPid());
                yield p == null ? pane.startDirectory() : p;
            }
            case "pane_start_path" -> pane.startDirectory();
            case "pane_dead" -> bool(pane.isClosed());
            case "history_size" -> Integer.toString(pane.screen().read(t -> t.scrollbackSize()));
            default -> null;
        };
    }

    /**
     * tmux's client_* variables. client_height is the client's whole terminal as tmux shows it:
     * the pane area it reported plus the status line when that is on.
     */
    private String clientVariable(String name) {
        Pdu.ClientIdentity id = client.identity();
        Session s = client.attachedSession();
        return switch (name) {
            case "client_name" -> client.name();
            case "client_tty" -> id == null ? "" : id.ttyName();
            case "client_pid" -> id == null ? "" : Long.toString(id.pid());
            case "client_termname" -> id == null || id.termName().isEmpty() ? "unknown" : id.termName();
            case "client_session" -> s == null ? "" : s.name();
            case "client_width" -> Integer.toString(client.clientCols());
            case "client_height" -> Integer.toString(client.clientRows()
                    + (mux.options().getBool("status") ? 1 : 0));
            case "client_readonly" -> bool(client.readOnly());
            case "client_activity" -> Long.toString(client.activityMillis() / 1000);
            case "client_created" -> Long.toString(client.createdMillis() / 1000);
            case "client_flags" -> clientFlags(client);
            default -> null;
        };
    }

    /** tmux 3.3's client_flags, of what weft has: {@code attached,focused[,ignore-size,read-only],UTF-8}. */
    static String clientFlags(ClientConnection c) {
        StringBuilder sb = new StringBuilder();
        if (c.attachedSession() != null) {
            sb.append("attached,focused,"); // weft does not track the outer terminal's focus
        }
        if (c.readOnly()) {
            sb.append("ignore-size,read-only,"); // tmux's attach -r sets both
        }
        return sb.append("UTF-8").toString();
    }

    /** The pane's size in its tab's layout (its tree place, even while another pane is zoomed). */
    private int paneSize(boolean width) {
        Pdu.PaneGeometry g = place();
        if (g != null) {
            return width ? g.cols() : g.rows();
        }
        return width ? pane.cols() : pane.rows();
    }

    /** As tmux: the zoomed pane at the whole tab, every other pane at its place in the tree. */
    private Pdu.PaneGeometry place() {
        Pdu.PaneGeometry g = tab.geometry(pane);
        return g != null ? g : tab.layoutGeometry(pane);
    }

    private int panePlace(boolean x) {
        Pdu.PaneGeometry g = place();
        return g == null ? 0 : x ? g.x() : g.y();
    }

    /** tmux window_flags: {@code *} current, {@code -} last, {@code Z} zoomed. */
    static String flags(Session s, Tab t) {
        StringBuilder sb = new StringBuilder();
        if (s.activeTab() == t) {
            sb.append('*');
        } else if (s.lastTab() == t) {
            sb.append('-');
        }
        if (t.zoomed()) {
            sb.append('Z');
        }
        return sb.toString();
    }

    private static String bool(boolean b) {
        return b ? "1" : "0";
    }

    private static String hostName() {
        try {
            String h = InetAddress.getLocalHost().getHostName();
            if (h != null && !h.isEmpty()) {
                return h;
            }
        } catch (Exception e) {
            // fall through
        }
        String env = System.getenv("HOSTNAME");
        return env == null ? "localhost" : env;
    }
}
