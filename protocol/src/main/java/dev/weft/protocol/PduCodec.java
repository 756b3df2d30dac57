package dev.weft.protocol;

import java.nio.ByteBuffer;

/**
 * Encodes and decodes weft frames over plain byte arrays and {@link ByteBuffer}s, so the same
 * frames travel over a unix socket (netty), an SSH channel or a stdio proxy.
 *
 * <h2>Frame</h2>
 * <pre>
 * +----------------+--------+---------------------------+
 * | length (u32 BE)| type   | payload                   |
 * | 4 bytes        | 1 byte | length - 1 bytes          |
 * +----------------+--------+---------------------------+
 *                  |&lt;-------- length bytes ----------&gt;|
 * </pre>
 * {@code length} counts the type byte and the payload, so it is at least 1. A reader refuses a
 * length above its limit ({@link #MAX_FRAME}, 16 MiB, unless configured otherwise) before
 * reading the frame. {@code type} is the PDU's {@link PduType} code.
 *
 * <h2>Payload</h2>
 * The fields of the PDU's record, in component order, with these encodings:
 * <pre>
 * uvarint  unsigned LEB128: 7 bits per byte, low group first, bit 7 set on all but the last byte
 *          300 = 0b1_0010_1100 -&gt; +----------+----------+
 *                                  | 1010_1100| 0000_0010|
 *                                  +----------+----------+
 * int      zigzag uvarint (0-&gt;0, -1-&gt;1, 1-&gt;2, -2-&gt;3 ...), at most 5 bytes
 * long     zigzag uvarint, at most 10 bytes (request ids, serials, frame sequence numbers)
 * fixed64  8 bytes big-endian (Ping/Pong nonce and clock, which are random-looking)
 * bool     1 byte, 0 or 1 (anything else is malformed)
 * string   +------------------+-----------------------+
 *          | uvarint n        | n bytes UTF-8         |   (null is sent as "")
 *          +------------------+-----------------------+
 * bytes    uvarint n, then n bytes
 * list&lt;T&gt;  +------------------+------+------+-----+
 *          | uvarint count    | T[0] | T[1] | ... |   (null is sent as empty; sets likewise)
 *          +------------------+------+------+-----+
 * record   its components in order (CursorState, PaneModes, StyledLine, ... are inlined)
 * </pre>
 * Example, {@code Ack(paneId=3, frameSeq=10)}:
 * <pre>
 * +-------------+------+------+------+
 * | 00 00 00 03 | 0x32 | 0x06 | 0x14 |
 * +-------------+------+------+------+
 *   length=3     ACK    3 zz   10 zz
 * </pre>
 *
 * <h2>Decoding outside input</h2>
 * Every count and length is checked against the bytes left in the payload before anything is
 * allocated, so decoding never allocates more than the frame declares. Bytes after the last
 * known field are ignored: a later minor version may append fields to a PDU. Errors are
 * {@link ProtocolException}s naming the PDU and field.
 */
public final class PduCodec {
    /** The default limit on a frame's length field: 16 MiB. */
    public static final int MAX_FRAME = 16 * 1024 * 1024;
    /** Bytes of the length field. */
    public static final int LENGTH_FIELD = 4;

    private PduCodec() {}

    /** The type byte of a PDU. */
    public static byte typeOf(Pdu pdu) {
        return PduType.of(pdu).code();
    }

    /**
     * A whole frame (length, type, payload) for {@code pdu}.
     *
     * @throws IllegalArgumentException when the frame would exceed {@link #MAX_FRAME}
     */
    public static byte[] encodeFrame(Pdu pdu) {
        PayloadWriter w = write(pdu);
        byte[] out = new byte[w.position()];
        System.arraycopy(w.array(), 0, out, 0, out.length);
        return out;
    }

    /** A whole frame for {@code pdu} in a new buffer, positioned at 0 and limited to the frame. */
    public static ByteBuffer encodeFrameToBuffer(Pdu pdu) {
        PayloadWriter w = write(pdu);
        return ByteBuffer.wrap(w.array(), 0, w.position()).slice();
    }

    /**
     * Writes a whole frame for {@code pdu} into {@code dst} at its position.
     *
     * @throws java.nio.BufferOverflowException when {@code dst} has no room for it
     */
    public static void encodeFrame(Pdu pdu, ByteBuffer dst) {
        PayloadWriter w = write(pdu);
        dst.put(w.array(), 0, w.position());
    }

    private static PayloadWriter write(Pdu pdu) {
        PayloadWriter w = new PayloadWriter(64, LENGTH_FIELD);
        w.u8(typeOf(pdu));
        PayloadEncoder.encode(pdu, w);
        int length = w.position() - LENGTH_FIELD;
        if (length > MAX_FRAME) {
            throw new IllegalArgumentException(PduType.of(pdu) + " frame of " + length
                    + " bytes exceeds the limit of " + MAX_FRAME + " bytes");
        }
        byte[] a = w.array();
        a[0] = (byte) (length >>> 24);
        a[1] = (byte) (length >>> 16);
        a[2] = (byte) (length >>> 8);
        a[3] = (byte) length;
        return w;
    }

    /**
     * Decodes one payload (the bytes after the type byte, up to the frame's end). Consumes
     * {@code payload}'s remaining bytes.
     */
    public static Pdu decodePayload(byte type, ByteBuffer payload) throws ProtocolException {
        PduType t = PduType.ofCode(type);
        if (t == null) {
            throw ProtocolException.unknownType(type);
        }
        Pdu pdu = PayloadDecoder.decode(t, new PayloadReader(payload, t.pduClass().getSimpleName()));
        payload.position(payload.limit());
        return pdu;
    }

    /** Decodes the body of one frame: its type byte and payload (the {@code length} bytes after the length field). */
    public static Pdu decodeBody(ByteBuffer body) throws ProtocolException {
        if (!body.hasRemaining()) {
            throw new ProtocolException(ProtocolException.Kind.MALFORMED_FIELD, "malformed frame: length 0 has no type byte");
        }
        byte type = body.get();
        return decodePayload(type, body);
    }

    /**
     * Checks a frame's length field.
     *
     * @return the length (type byte plus payload)
     */
    public static int checkLength(long length, int maxFrame) throws ProtocolException {
        if (length > maxFrame) {
            throw ProtocolException.frameTooLarge(length, maxFrame);
        }
        if (length < 1) {
            throw new ProtocolException(ProtocolException.Kind.MALFORMED_FIELD, "malformed frame: length 0 has no type byte");
        }
        return (int) length;
    }

    /**
     * Decodes the next whole frame from {@code in} if it holds one. On success the buffer's
     * position moves past the frame; when the frame is incomplete, returns null and leaves the
     * position alone. This is the frame splitting that stream transports need.
     */
    public static Pdu decodeFrame(ByteBuffer in, int maxFrame) throws ProtocolException {
        if (in.remaining() < LENGTH_FIELD) {
            return null;
        }
        int start = in.position();
        int length = checkLength(Integer.toUnsignedLong(in.getInt(start)), maxFrame);
        if (in.remaining() - LENGTH_FIELD < length) {
            return null;
        }
        ByteBuffer body = in.duplicate();
        body.position(start + LENGTH_FIELD).limit(start + LENGTH_FIELD + length);
        Pdu pdu = decodeBody(body.slice());
        in.position(start + LENGTH_FIELD + length);
        return pdu;
    }
}
