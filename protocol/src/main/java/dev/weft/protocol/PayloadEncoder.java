package dev.weft.protocol;

import dev.weft.protocol.Pdu.*;
import java.util.List;
import java.util.Objects;

/** Writes the payload of each PDU; the field order is the record's component order (see {@link PduCodec}). */
final class PayloadEncoder {
    private PayloadEncoder() {}

    static void encode(Pdu pdu, PayloadWriter w) {
        if (pdu instanceof Hello p) {
            w.string(p.weftVersion()); w.varint(p.protocolMajor()); w.varint(p.protocolMinor());
            w.strings(p.capabilities()); w.string(p.clientKind());
        } else if (pdu instanceof HelloOk p) {
            w.string(p.weftVersion()); w.varint(p.protocolMajor()); w.varint(p.protocolMinor());
            w.strings(p.capabilities()); w.varlong(p.serverPid());
        } else if (pdu instanceof Ping p) {
            w.fixed64(p.nonce()); w.fixed64(p.sentNanos());
        } else if (pdu instanceof Pong p) {
            w.fixed64(p.nonce()); w.fixed64(p.sentNanos());
        } else if (pdu instanceof ErrorReply p) {
            w.varlong(p.requestId()); w.string(p.code()); w.string(p.message());
        } else if (pdu instanceof OkReply p) {
            w.varlong(p.requestId());
        } else if (pdu instanceof ListSessions p) {
            w.varlong(p.requestId());
        } else if (pdu instanceof SessionList p) {
            w.varlong(p.requestId());
            List<SessionInfo> sessions = orEmpty(p.sessions());
            w.uvarint(sessions.size());
            for (SessionInfo s : sessions) {
                w.varint(s.sessionId()); w.string(s.name()); w.varint(s.tabs()); w.varint(s.panes());
                w.varint(s.clients()); w.varlong(s.createdEpochMillis()); w.varint(s.cols()); w.varint(s.rows());
            }
        } else if (pdu instanceof NewSession p) {
            w.varlong(p.requestId()); w.string(p.name()); w.string(p.cwd()); w.strings(p.command());
            w.strings(p.env()); w.varint(p.cols()); w.varint(p.rows());
        } else if (pdu instanceof SessionCreated p) {
            w.varlong(p.requestId()); w.varint(p.sessionId()); w.string(p.name()); w.varint(p.paneId());
        } else if (pdu instanceof HasSession p) {
            w.varlong(p.requestId()); w.string(p.target());
        } else if (pdu instanceof KillSession p) {
            w.varlong(p.requestId()); w.string(p.target());
        } else if (pdu instanceof KillServer p) {
            w.varlong(p.requestId());
        } else if (pdu instanceof Attach p) {
            w.varlong(p.requestId()); w.string(p.target()); w.varint(p.cols()); w.varint(p.rows()); w.bool(p.readOnly());
        } else if (pdu instanceof Attached p) {
            w.varlong(p.requestId()); w.varint(p.sessionId()); w.string(p.sessionName());
        } else if (pdu instanceof ResizeClient p) {
            w.varint(p.cols()); w.varint(p.rows());
        } else if (pdu instanceof DetachRequest p) {
            w.varlong(p.requestId());
        } else if (pdu instanceof Detached p) {
            w.string(p.sessionName()); w.string(p.reason());
        } else if (pdu instanceof SessionState p) {
            w.varint(p.sessionId()); w.string(p.sessionName()); w.varint(p.cols()); w.varint(p.rows());
            List<TabInfo> tabs = orEmpty(p.tabs());
            w.uvarint(tabs.size());
            for (TabInfo t : tabs) {
                w.varint(t.tabId()); w.varint(t.index()); w.string(t.name()); w.varint(t.activePaneId());
                w.bool(t.zoomed());
                List<PaneGeometry> panes = orEmpty(t.panes());
                w.uvarint(panes.size());
                for (PaneGeometry g : panes) {
                    w.varint(g.paneId()); w.varint(g.x()); w.varint(g.y()); w.varint(g.cols()); w.varint(g.rows());
                }
            }
            w.varint(p.activeTabId());
        } else if (pdu instanceof Input p) {
            w.varint(p.paneId()); w.varlong(p.serial()); w.bytes(p.data());
        } else if (pdu instanceof PaneUpdate p) {
            w.varint(p.paneId()); w.varlong(p.frameSeq()); w.bool(p.full()); w.varint(p.cols()); w.varint(p.rows());
            List<RowUpdate> lines = orEmpty(p.lines());
            w.uvarint(lines.size());
            for (RowUpdate r : lines) {
                w.varint(r.row());
                line(w, Objects.requireNonNull(r.line(), "RowUpdate.line"));
            }
            CursorState c = Objects.requireNonNull(p.cursor(), "PaneUpdate.cursor");
            w.varint(c.row()); w.varint(c.col()); w.bool(c.visible()); w.varint(c.shape());
            PaneModes m = Objects.requireNonNull(p.modes(), "PaneUpdate.modes");
            w.varint(m.flags()); w.varint(m.mouseTracking()); w.varint(m.mouseEncoding()); w.varint(m.kittyKeyboardFlags());
            w.string(p.title()); w.varlong(p.inputSerialConsumed()); w.varlong(p.inputSerialEchoed());
            w.varint(p.echoFlags()); w.varlong(p.scrollbackLines());
        } else if (pdu instanceof Ack p) {
            w.varint(p.paneId()); w.varlong(p.frameSeq());
        } else if (pdu instanceof PaneClosed p) {
            w.varint(p.paneId());
        } else if (pdu instanceof GetScrollback p) {
            w.varlong(p.requestId()); w.varint(p.paneId()); w.varlong(p.first()); w.varint(p.count());
        } else if (pdu instanceof ScrollbackLines p) {
            w.varlong(p.requestId()); w.varint(p.paneId()); w.varlong(p.first());
            List<StyledLine> lines = orEmpty(p.lines());
            w.uvarint(lines.size());
            for (StyledLine l : lines) {
                line(w, l);
            }
        } else if (pdu instanceof GetHistory p) {
            w.varlong(p.requestId()); w.varint(p.paneId()); w.varlong(p.first()); w.varint(p.count());
            w.bool(p.fromScreen());
        } else if (pdu instanceof HistoryLines p) {
            w.varlong(p.requestId()); w.varint(p.paneId()); w.varlong(p.first()); w.varlong(p.historyStart());
            w.varlong(p.historyEnd()); w.varint(p.screenRows()); w.varint(p.cursorRow()); w.varint(p.cursorCol());
            List<StyledLine> lines = orEmpty(p.lines());
            w.uvarint(lines.size());
            for (StyledLine l : lines) {
                line(w, l);
            }
        } else if (pdu instanceof SearchHistory p) {
            w.varlong(p.requestId()); w.varint(p.paneId()); w.string(p.query()); w.varlong(p.fromLine());
            w.varint(p.fromCol()); w.bool(p.backward()); w.bool(p.regex()); w.bool(p.ignoreCase());
            w.varlong(p.endLine());
        } else if (pdu instanceof SearchResult p) {
            w.varlong(p.requestId()); w.varint(p.paneId()); w.bool(p.found()); w.varlong(p.line());
            w.varint(p.col()); w.varint(p.cells()); w.bool(p.wrapped());
        } else if (pdu instanceof ClientIdentity p) {
            w.string(p.ttyName()); w.string(p.termName()); w.varlong(p.pid());
        } else if (pdu instanceof SetClipboard p) {
            w.string(p.selection()); w.string(p.text());
        } else if (pdu instanceof SendKeys p) {
            w.varlong(p.requestId()); w.string(p.target()); w.strings(p.keys()); w.bool(p.literal());
        } else if (pdu instanceof CapturePane p) {
            w.varlong(p.requestId()); w.string(p.target()); w.varint(p.start()); w.varint(p.end());
            w.bool(p.escapes()); w.bool(p.joinWrapped());
        } else if (pdu instanceof CaptureResult p) {
            w.varlong(p.requestId()); w.string(p.text());
        } else if (pdu instanceof RunCommand p) {
            w.varlong(p.requestId()); w.strings(p.argv()); w.varint(p.contextPaneId());
        } else if (pdu instanceof CommandOutput p) {
            w.varlong(p.requestId()); w.string(p.output());
        } else if (pdu instanceof ClientSettings p) {
            List<OptionValue> options = orEmpty(p.options());
            w.uvarint(options.size());
            for (OptionValue o : options) {
                w.string(o.name()); w.string(o.value());
            }
            List<KeyBinding> bindings = orEmpty(p.bindings());
            w.uvarint(bindings.size());
            for (KeyBinding b : bindings) {
                w.string(b.table()); w.string(b.key()); w.bool(b.repeat()); w.string(b.command());
            }
        } else if (pdu instanceof StatusUpdate p) {
            w.string(p.left());
            List<TabLabel> tabs = orEmpty(p.tabs());
            w.uvarint(tabs.size());
            for (TabLabel t : tabs) {
                w.varint(t.tabId()); w.string(t.text());
            }
            w.string(p.right());
        } else if (pdu instanceof ShowMessage p) {
            w.string(p.text());
        } else if (pdu instanceof ClientCommand p) {
            w.strings(p.argv());
        } else {
            throw new IllegalArgumentException("no encoding for " + pdu.getClass().getName());
        }
    }

    private static void line(PayloadWriter w, StyledLine l) {
        w.bool(l.wrapped());
        List<StyledRun> runs = orEmpty(l.runs());
        w.uvarint(runs.size());
        for (StyledRun r : runs) {
            w.varint(r.fg()); w.varint(r.bg()); w.varint(r.underlineColor()); w.varint(r.attrs());
            w.strings(r.cells());
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
