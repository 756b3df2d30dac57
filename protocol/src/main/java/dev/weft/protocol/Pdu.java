package dev.weft.protocol;

import java.util.List;
import java.util.Set;

/**
 * Every message that crosses a weft connection. One record per PDU; the codec ({@code PduCodec})
 * gives each a stable type byte. Requests carry a {@code requestId} chosen by the client; the
 * server answers with a PDU carrying the same id ({@link ErrorReply} on failure).
 *
 * <p>The server is authoritative: it runs every pane's emulator and sends state
 * ({@link PaneUpdate}), never a byte backlog.
 */
public sealed interface Pdu {

    // ---- handshake and liveness -------------------------------------------------------------

    /** First PDU from the client. */
    record Hello(String weftVersion, int protocolMajor, int protocolMinor, Set<String> capabilities,
                 String clientKind) implements Pdu {}

    /** The server's answer to {@link Hello} when the protocol majors match. */
    record HelloOk(String weftVersion, int protocolMajor, int protocolMinor, Set<String> capabilities,
                   long serverPid) implements Pdu {}

    /** Sent by either side every heartbeat interval; answered with {@link Pong}. */
    record Ping(long nonce, long sentNanos) implements Pdu {}

    record Pong(long nonce, long sentNanos) implements Pdu {}

    /** A failed request (requestId 0: a connection-level error, after which the sender closes). */
    record ErrorReply(long requestId, String code, String message) implements Pdu {}

    /** A request that succeeded and has nothing else to say. */
    record OkReply(long requestId) implements Pdu {}

    // ---- sessions ---------------------------------------------------------------------------

    record ListSessions(long requestId) implements Pdu {}

    record SessionList(long requestId, List<SessionInfo> sessions) implements Pdu {}

    /** {@code name} empty: the server picks the next free number, as tmux does. */
    record NewSession(long requestId, String name, String cwd, List<String> command,
                      List<String> env, int cols, int rows) implements Pdu {}

    record SessionCreated(long requestId, int sessionId, String name, int paneId) implements Pdu {}

    /** Target syntax as tmux ({@code NAME}, {@code NAME:TAB}, {@code NAME:TAB.PANE}, {@code %ID}); empty: most recent. */
    record HasSession(long requestId, String target) implements Pdu {}

    record KillSession(long requestId, String target) implements Pdu {}

    record KillServer(long requestId) implements Pdu {}

    // ---- attaching ----------------------------------------------------------------------------

    /** Attach this connection to a session; size is the client's pane area (terminal rows minus status). */
    record Attach(long requestId, String target, int cols, int rows, boolean readOnly) implements Pdu {}

    /** Answer to {@link Attach}; {@link SessionState} and full {@link PaneUpdate}s follow. */
    record Attached(long requestId, int sessionId, String sessionName) implements Pdu {}

    /**
     * Who this client is, sent once before {@link Attach} by an interactive client (protocol 1.2):
     * its terminal's tty ({@code /dev/pts/3}, tmux's client name), {@code $TERM}, and its process
     * id. A server lists clients by these (list-clients, choose-client, detach-client -t).
     */
    record ClientIdentity(String ttyName, String termName, long pid) implements Pdu {}

    /** The client's pane area changed size. */
    record ResizeClient(int cols, int rows) implements Pdu {}

    /** The client asks to detach (the server answers with {@link Detached}). */
    record DetachRequest(long requestId) implements Pdu {}

    /** This client is no longer attached; {@code reason} is "detached", "session-ended", "server-exiting", ... */
    record Detached(String sessionName, String reason) implements Pdu {}

    /** The shape of the attached session: its tabs and, for the active tab, where each pane sits. */
    record SessionState(int sessionId, String sessionName, int cols, int rows, List<TabInfo> tabs,
                        int activeTabId) implements Pdu {}

    // ---- panes --------------------------------------------------------------------------------

    /** Bytes for a pane's PTY, already encoded for the pane's modes. Serials increase per connection. */
    record Input(int paneId, long serial, byte[] data) implements Pdu {}

    /**
     * The state of one pane since the frame the client last acknowledged: changed visible rows,
     * cursor, modes, title, and the input bookkeeping that latency and predictive echo stand on.
     * {@code full}: rows not listed are blank (sent on attach and after resize).
     */
    record PaneUpdate(int paneId, long frameSeq, boolean full, int cols, int rows,
                      List<RowUpdate> lines, CursorState cursor, PaneModes modes, String title,
                      long inputSerialConsumed, long inputSerialEchoed, int echoFlags,
                      long scrollbackLines) implements Pdu {
        /** echoFlags bit: the PTY has termios ECHO set. */
        public static final int ECHO = 1;
        /** echoFlags bit: the PTY has termios ICANON set. */
        public static final int ICANON = 2;
        /** echoFlags bit: the pane shows its alternate screen. */
        public static final int ALT_SCREEN = 4;
    }

    /** The client has applied every frame of this pane up to {@code frameSeq}. */
    record Ack(int paneId, long frameSeq) implements Pdu {}

    record PaneClosed(int paneId) implements Pdu {}

    /** Lines of a pane's history; {@code first} counts from the oldest retained line (0). */
    record GetScrollback(long requestId, int paneId, long first, int count) implements Pdu {}

    record ScrollbackLines(long requestId, int paneId, long first, List<StyledLine> lines) implements Pdu {}

    /**
     * Lines of a pane's history and screen by absolute number (protocol 1.2; copy mode, choosers'
     * previews). Every line a pane has shown has a stable number: history lines count from the
     * first line the pane ever scrolled off (0), and screen row r is number
     * {@code historyEnd + r}, where {@code historyEnd} is the pane's
     * {@link PaneUpdate#scrollbackLines()} (lines ever pushed into history). With
     * {@code fromScreen}, {@code first} counts from screen row 0 instead (-N: the Nth history line
     * above the screen), for a client that does not know {@code historyEnd} yet. The server sends
     * at most 1,000 lines per request. Answered by {@link HistoryLines}.
     */
    record GetHistory(long requestId, int paneId, long first, int count, boolean fromScreen) implements Pdu {}

    /**
     * Answer to {@link GetHistory}: {@code lines} from absolute number {@code first} (lines trimmed
     * from history or past the screen's end are left out, so there may be fewer than asked).
     * {@code historyStart} is the oldest line still held, {@code historyEnd} the first screen row,
     * {@code screenRows} the screen's height, {@code cursorRow}/{@code cursorCol} the pane's cursor
     * on the screen, all at the moment of the answer.
     */
    record HistoryLines(long requestId, int paneId, long first, long historyStart, long historyEnd,
                        int screenRows, int cursorRow, int cursorCol, List<StyledLine> lines) implements Pdu {}

    /**
     * Find the next match of {@code query} in a pane's history and screen (copy mode's search),
     * starting after ({@code backward}: before) the cell at ({@code fromLine}, {@code fromCol}) and
     * wrapping around at the ends. Lines count as in {@link GetHistory}; a search never looks at
     * lines at or after {@code endLine} (the screen as copy mode froze it), -1 for no limit.
     * {@code regex}: a java.util.regex pattern, else plain text; {@code ignoreCase} as tmux's
     * (the client passes true when the query has no upper-case letter). Answered by
     * {@link SearchResult}.
     */
    record SearchHistory(long requestId, int paneId, String query, long fromLine, int fromCol,
                         boolean backward, boolean regex, boolean ignoreCase, long endLine) implements Pdu {}

    /** Answer to {@link SearchHistory}: where the match starts and its width in cells; found false: none. */
    record SearchResult(long requestId, int paneId, boolean found, long line, int col, int cells,
                        boolean wrapped) implements Pdu {}

    // ---- scripting ----------------------------------------------------------------------------

    /** tmux send-keys: key names ({@code Enter}, {@code C-c}, {@code M-x}, {@code Up}) or, with literal, text. */
    record SendKeys(long requestId, String target, List<String> keys, boolean literal) implements Pdu {}

    /** tmux capture-pane; start/end as tmux -S/-E with {@link Integer#MIN_VALUE} for "-" and MAX_VALUE for unset end. */
    record CapturePane(long requestId, String target, int start, int end, boolean escapes,
                       boolean joinWrapped) implements Pdu {}

    record CaptureResult(long requestId, String text) implements Pdu {}


    // ---- commands, settings and the status line -------------------------------------------------

    /**
     * Run one tmux-style command on the server ({@code ["split-window", "-h", "-t", "work"]}).
     * {@code contextPaneId} is the pane the command comes from (the attached client's active pane,
     * or {@code $WEFT_PANE} for a command typed in a pane), -1 for none: then the connection's
     * attached session, else the most recently used one. Answered by {@link CommandOutput} or
     * {@link ErrorReply}.
     */
    record RunCommand(long requestId, List<String> argv, int contextPaneId) implements Pdu {}

    /** A command succeeded; {@code output} is what it prints (lines joined by \n, may be empty). */
    record CommandOutput(long requestId, String output) implements Pdu {}

    /** Server to attached client: the live options and key tables, on attach and after every change. */
    record ClientSettings(List<OptionValue> options, List<KeyBinding> bindings) implements Pdu {}

    /**
     * Server to attached client: the expanded status line. Variables and strftime are expanded;
     * style markers ({@code #[fg=red,bold]}) are kept for the client to draw. One label per tab, in
     * order. Sent on change and every status interval.
     */
    record StatusUpdate(String left, List<TabLabel> tabs, String right) implements Pdu {}

    /** Server to attached client: show this in the status line for the display time. */
    record ShowMessage(String text) implements Pdu {}

    /**
     * Server to attached client: a command only the client can carry out ({@code display-panes},
     * {@code clock-mode}, {@code command-prompt}, {@code list-keys} output to page ...), with its
     * arguments; run from the command line or a script against this client's session.
     */
    record ClientCommand(List<String> argv) implements Pdu {}

    /**
     * Server to attached client: put {@code text} on the outer terminal's clipboard (OSC 52), as
     * a program in a pane asked (option {@code set_clipboard}). {@code selection} as OSC 52's
     * ({@code c} clipboard, {@code p} primary, ...).
     */
    record SetClipboard(String selection, String text) implements Pdu {}

    // ---- data carried by PDUs -----------------------------------------------------------------

    record SessionInfo(int sessionId, String name, int tabs, int panes, int clients,
                       long createdEpochMillis, int cols, int rows) {}

    record TabInfo(int tabId, int index, String name, int activePaneId, boolean zoomed,
                   List<PaneGeometry> panes) {}

    /** Where a pane sits inside the session's pane area, in cells. */
    record PaneGeometry(int paneId, int x, int y, int cols, int rows) {}

    record RowUpdate(int row, StyledLine line) {}

    /** One screen row: runs of cells sharing a style. Wide characters are followed by an empty continuation cell. */
    record StyledLine(boolean wrapped, List<StyledRun> runs) {}

    /**
     * Cells sharing one style. Colours: 0 default, {@code 0x1000000 | index} for the 256-colour
     * palette, {@code 0x2000000 | 0xRRGGBB} for truecolor. Attribute bits as the emulator's
     * {@code CellAttrs}.
     */
    record StyledRun(int fg, int bg, int underlineColor, int attrs, List<String> cells) {}

    /** shape as DECSCUSR (0 default, 1-6). */
    record CursorState(int row, int col, boolean visible, int shape) {}

    /**
     * The modes a client needs to encode keys and mouse for a pane. flags bits are the constants below.
     * mouseTracking 0/1000/1002/1003 (9 for X10); mouseEncoding 0 (X10), 1005, 1006, 1015, 1016.
     */
    record PaneModes(int flags, int mouseTracking, int mouseEncoding, int kittyKeyboardFlags) {
        public static final int CURSOR_KEYS_APP = 1;
        public static final int KEYPAD_APP = 2;
        public static final int BRACKETED_PASTE = 4;
        public static final int ALT_SCREEN = 8;
        public static final int FOCUS_EVENTS = 16;
        public static final int SYNCHRONIZED_OUTPUT = 32;
        public static final int REVERSE_VIDEO = 64;
        public static final PaneModes DEFAULT = new PaneModes(0, 0, 0, 0);

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** One option and its value as text ({@code status.position = "top"}). */
    record OptionValue(String name, String value) {}

    /** One key binding as list-keys shows it: table, tmux key name, repeatable, command text. */
    record KeyBinding(String table, String key, boolean repeat, String command) {}

    /** A tab's label in the status line (style markers kept). */
    record TabLabel(int tabId, String text) {}
}
