package dev.weft.server;

import dev.weft.protocol.Pdu;

/** The requestId of a request PDU, 0 for PDUs that carry none. */
final class RequestIds {
    static long of(Pdu pdu) {
        if (pdu instanceof Pdu.ListSessions r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.NewSession r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.HasSession r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.KillSession r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.KillServer r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.Attach r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.DetachRequest r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.GetScrollback r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.GetHistory r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.SearchHistory r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.SendKeys r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.RunCommand r) {
            return r.requestId();
        }
        if (pdu instanceof Pdu.CapturePane r) {
            return r.requestId();
        }
        return 0;
    }

    private RequestIds() {}
}
