package dev.weft.protocol;

import java.io.IOException;

/**
 * A frame or payload that breaks the wire format. It is an {@link IOException} because it comes
 * from outside input: the connection that produced it is closed, nothing else is affected. The
 * message is one line naming what was wrong; {@link #kind()} names the error for logs and for the
 * {@link Pdu.ErrorReply#code()} sent to the peer before closing.
 */
public final class ProtocolException extends IOException {

    /** The named errors of the wire format. */
    public enum Kind {
        /** The length prefix exceeds the reader's limit. */
        FRAME_TOO_LARGE("frame-too-large"),
        /** The stream or payload ended before a frame or field was complete. */
        TRUNCATED("truncated"),
        /** The type byte names no PDU. */
        UNKNOWN_PDU_TYPE("unknown-pdu-type"),
        /** A field holds a value the format does not allow. */
        MALFORMED_FIELD("malformed-field");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The stable name used as {@link Pdu.ErrorReply#code()}. */
        public String code() {
            return code;
        }
    }

    private final Kind kind;

    public ProtocolException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static ProtocolException frameTooLarge(long size, int limit) {
        return new ProtocolException(Kind.FRAME_TOO_LARGE,
                "frame of " + size + " bytes exceeds the limit of " + limit + " bytes");
    }

    static ProtocolException truncated(String what) {
        return new ProtocolException(Kind.TRUNCATED, "truncated " + what);
    }

    static ProtocolException unknownType(int type) {
        return new ProtocolException(Kind.UNKNOWN_PDU_TYPE,
                String.format("unknown PDU type 0x%02x", type & 0xff));
    }

    static ProtocolException malformed(String pdu, String field, String why) {
        return new ProtocolException(Kind.MALFORMED_FIELD, "malformed " + pdu + "." + field + ": " + why);
    }
}
