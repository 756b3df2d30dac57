package dev.weft.client;

import dev.weft.protocol.Pdu;

/** Which server PDUs answer a request, and with which id. */
final class Replies {
    private Replies() {}

    /** The request id a reply answers, or -1 when the PDU is not a reply. */
    static long requestId(Pdu pdu) {
        if (pdu instanceof Pdu.ErrorReply p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.OkReply p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.SessionList p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.SessionCreated p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.Attached p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.ScrollbackLines p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.CaptureResult p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.CommandOutput p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.HistoryLines p) {
            return p.requestId();
        } else if (pdu instanceof Pdu.SearchResult p) {
            return p.requestId();
        }
        return -1;
    }
}
