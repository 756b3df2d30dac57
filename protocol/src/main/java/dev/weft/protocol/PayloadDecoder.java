package dev.weft.protocol;

import dev.weft.protocol.Pdu.*;

/** Reads the payload of each PDU, the mirror of {@link PayloadEncoder}. */
final class PayloadDecoder {
    private PayloadDecoder() {}

    static Pdu decode(PduType type, PayloadReader r) throws ProtocolException {
        return switch (type) {
            case HELLO -> new Hello(r.string("weftVersion"), r.varint("protocolMajor"), r.varint("protocolMinor"),
                    r.stringSet("capabilities"), r.string("clientKind"));
            case HELLO_OK -> new HelloOk(r.string("weftVersion"), r.varint("protocolMajor"),
                    r.varint("protocolMinor"), r.stringSet("capabilities"), r.varlong("serverPid"));
            case PING -> new Ping(r.fixed64("nonce"), r.fixed64("sentNanos"));
            case PONG -> new Pong(r.fixed64("nonce"), r.fixed64("sentNanos"));
            case ERROR_REPLY -> new ErrorReply(r.varlong("requestId"), r.string("code"), r.string("message"));
            case OK_REPLY -> new OkReply(r.varlong("requestId"));
            case LIST_SESSIONS -> new ListSessions(r.varlong("requestId"));
            case SESSION_LIST -> new SessionList(r.varlong("requestId"), r.list("sessions", 8, PayloadDecoder::session));
            case NEW_SESSION -> new NewSession(r.varlong("requestId"), r.string("name"), r.string("cwd"),
                    r.strings("command"), r.strings("env"), r.natural("cols"), r.natural("rows"));
            case SESSION_CREATED -> new SessionCreated(r.varlong("requestId"), r.varint("sessionId"),
                    r.string("name"), r.varint("paneId"));
            case HAS_SESSION -> new HasSession(r.varlong("requestId"), r.string("target"));
            case KILL_SESSION -> new KillSession(r.varlong("requestId"), r.string("target"));
            case KILL_SERVER -> new KillServer(r.varlong("requestId"));
            case ATTACH -> new Attach(r.varlong("requestId"), r.string("target"), r.natural("cols"),
                    r.natural("rows"), r.bool("readOnly"));
            case ATTACHED -> new Attached(r.varlong("requestId"), r.varint("sessionId"), r.string("sessionName"));
            case RESIZE_CLIENT -> new ResizeClient(r.natural("cols"), r.natural("rows"));
            case DETACH_REQUEST -> new DetachRequest(r.varlong("requestId"));
            case DETACHED -> new Detached(r.string("sessionName"), r.string("reason"));
            case SESSION_STATE -> new SessionState(r.varint("sessionId"), r.string("sessionName"),
                    r.natural("cols"), r.natural("rows"), r.list("tabs", 6, PayloadDecoder::tab),
                    r.varint("activeTabId"));
            case INPUT -> new Input(r.varint("paneId"), r.varlong("serial"), r.bytes("data"));
            case PANE_UPDATE -> paneUpdate(r);
            case ACK -> new Ack(r.varint("paneId"), r.varlong("frameSeq"));
            case PANE_CLOSED -> new PaneClosed(r.varint("paneId"));
            case GET_SCROLLBACK -> new GetScrollback(r.varlong("requestId"), r.varint("paneId"),
                    r.varlong("first"), r.natural("count"));
            case SCROLLBACK_LINES -> new ScrollbackLines(r.varlong("requestId"), r.varint("paneId"),
                    r.varlong("first"), r.list("lines", 2, PayloadDecoder::line));
            case GET_HISTORY -> new GetHistory(r.varlong("requestId"), r.varint("paneId"), r.varlong("first"),
                    r.natural("count"), r.bool("fromScreen"));
            case HISTORY_LINES -> new HistoryLines(r.varlong("requestId"), r.varint("paneId"), r.varlong("first"),
                    r.varlong("historyStart"), r.varlong("historyEnd"), r.natural("screenRows"),
                    r.varint("cursorRow"), r.varint("cursorCol"), r.list("lines", 2, PayloadDecoder::line));
            case SEARCH_HISTORY -> new SearchHistory(r.varlong("requestId"), r.varint("paneId"), r.string("query"),
                    r.varlong("fromLine"), r.varint("fromCol"), r.bool("backward"), r.bool("regex"),
                    r.bool("ignoreCase"), r.varlong("endLine"));
            case SEARCH_RESULT -> new SearchResult(r.varlong("requestId"), r.varint("paneId"), r.bool("found"),
                    r.varlong("line"), r.varint("col"), r.natural("cells"), r.bool("wrapped"));
            case CLIENT_IDENTITY -> new ClientIdentity(r.string("ttyName"), r.string("termName"), r.varlong("pid"));
            case SET_CLIPBOARD -> new SetClipboard(r.string("selection"), r.string("text"));
            case SEND_KEYS -> new SendKeys(r.varlong("requestId"), r.string("target"), r.strings("keys"),
                    r.bool("literal"));
            case CAPTURE_PANE -> new CapturePane(r.varlong("requestId"), r.string("target"), r.varint("start"),
                    r.varint("end"), r.bool("escapes"), r.bool("joinWrapped"));
            case CAPTURE_RESULT -> new CaptureResult(r.varlong("requestId"), r.string("text"));
            case RUN_COMMAND -> new RunCommand(r.varlong("requestId"), r.strings("argv"), r.varint("contextPaneId"));
            case COMMAND_OUTPUT -> new CommandOutput(r.varlong("requestId"), r.string("output"));
            case CLIENT_SETTINGS -> new ClientSettings(r.list("options", 2, PayloadDecoder::option),
                    r.list("bindings", 4, PayloadDecoder::binding));
            case STATUS_UPDATE -> new StatusUpdate(r.string("left"), r.list("tabs", 2, PayloadDecoder::tabLabel),
                    r.string("right"));
            case SHOW_MESSAGE -> new ShowMessage(r.string("text"));
            case CLIENT_COMMAND -> new ClientCommand(r.strings("argv"));
        };
    }

    private static OptionValue option(PayloadReader r, String f) throws ProtocolException {
        return new OptionValue(r.string(f + ".name"), r.string(f + ".value"));
    }

    private static KeyBinding binding(PayloadReader r, String f) throws ProtocolException {
        return new KeyBinding(r.string(f + ".table"), r.string(f + ".key"), r.bool(f + ".repeat"),
                r.string(f + ".command"));
    }

    private static TabLabel tabLabel(PayloadReader r, String f) throws ProtocolException {
        return new TabLabel(r.varint(f + ".tabId"), r.string(f + ".text"));
    }

    private static SessionInfo session(PayloadReader r, String f) throws ProtocolException {
        return new SessionInfo(r.varint(f + ".sessionId"), r.string(f + ".name"), r.natural(f + ".tabs"),
                r.natural(f + ".panes"), r.natural(f + ".clients"), r.varlong(f + ".createdEpochMillis"),
                r.natural(f + ".cols"), r.natural(f + ".rows"));
    }

    private static TabInfo tab(PayloadReader r, String f) throws ProtocolException {
        return new TabInfo(r.varint(f + ".tabId"), r.varint(f + ".index"), r.string(f + ".name"),
                r.varint(f + ".activePaneId"), r.bool(f + ".zoomed"), r.list(f + ".panes", 5, PayloadDecoder::geometry));
    }

    private static PaneGeometry geometry(PayloadReader r, String f) throws ProtocolException {
        return new PaneGeometry(r.varint(f + ".paneId"), r.natural(f + ".x"), r.natural(f + ".y"),
                r.natural(f + ".cols"), r.natural(f + ".rows"));
    }

    private static StyledLine line(PayloadReader r, String f) throws ProtocolException {
        return new StyledLine(r.bool(f + ".wrapped"), r.list(f + ".runs", 5, PayloadDecoder::run));
    }

    private static StyledRun run(PayloadReader r, String f) throws ProtocolException {
        return new StyledRun(r.varint(f + ".fg"), r.varint(f + ".bg"), r.varint(f + ".underlineColor"),
                r.varint(f + ".attrs"), r.strings(f + ".cells"));
    }

    private static RowUpdate row(PayloadReader r, String f) throws ProtocolException {
        return new RowUpdate(r.natural(f + ".row"), line(r, f + ".line"));
    }

    private static PaneUpdate paneUpdate(PayloadReader r) throws ProtocolException {
        int paneId = r.varint("paneId");
        long frameSeq = r.varlong("frameSeq");
        boolean full = r.bool("full");
        int cols = r.natural("cols");
        int rows = r.natural("rows");
        var lines = r.list("lines", 3, PayloadDecoder::row);
        for (RowUpdate u : lines) {
            if (u.row() >= rows) {
                throw ProtocolException.malformed(r.pdu(), "lines", "row " + u.row() + " outside " + rows + " rows");
            }
        }
        CursorState cursor = new CursorState(r.varint("cursor.row"), r.varint("cursor.col"),
                r.bool("cursor.visible"), r.varint("cursor.shape"));
        PaneModes modes = new PaneModes(r.varint("modes.flags"), r.varint("modes.mouseTracking"),
                r.varint("modes.mouseEncoding"), r.varint("modes.kittyKeyboardFlags"));
        return new PaneUpdate(paneId, frameSeq, full, cols, rows, lines, cursor, modes, r.string("title"),
                r.varlong("inputSerialConsumed"), r.varlong("inputSerialEchoed"), r.varint("echoFlags"),
                r.varlong("scrollbackLines"));
    }
}
