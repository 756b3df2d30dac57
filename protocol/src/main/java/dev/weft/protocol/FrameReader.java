package dev.weft.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Reads frames from a blocking stream (a stdio bridge, an SSH channel). Not thread-safe. The body
 * buffer is allocated only after the length passed the limit check, and grows in steps as bytes
 * arrive, so a peer that claims 16 MiB and sends 10 bytes costs little.
 */
public final class FrameReader {
    private static final int STEP = 64 * 1024;
    private final InputStream in;
    private final int maxFrame;

    public FrameReader(InputStream in) {
        this(in, PduCodec.MAX_FRAME);
    }

    public FrameReader(InputStream in, int maxFrame) {
        this.in = in;
        this.maxFrame = maxFrame;
    }

    /**
     * The next PDU, or null at a clean end of stream (between frames).
     *
     * @throws ProtocolException for a bad frame, or {@link ProtocolException.Kind#TRUNCATED} when the
     *                           stream ends inside one
     */
    public Pdu read() throws IOException {
        byte[] header = new byte[PduCodec.LENGTH_FIELD];
        int got = readFully(header, 0, header.length);
        if (got == 0) {
            return null;
        }
        if (got < header.length) {
            throw ProtocolException.truncated("frame length field (" + got + " of 4 bytes)");
        }
        long length = Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt());
        int n = PduCodec.checkLength(length, maxFrame);
        byte[] body = new byte[Math.min(n, STEP)];
        int filled = 0;
        while (filled < n) {
            if (filled == body.length) {
                body = java.util.Arrays.copyOf(body, (int) Math.min(n, (long) body.length * 2));
            }
            int r = readFully(body, filled, body.length - filled);
            filled += r;
            if (filled < body.length) {
                throw ProtocolException.truncated("frame (" + filled + " of " + n + " bytes)");
            }
        }
        return PduCodec.decodeBody(ByteBuffer.wrap(body, 0, n));
    }

    private int readFully(byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(b, off + total, len - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    /** Like {@link #read()} but end of stream is an error. */
    public Pdu readRequired() throws IOException {
        Pdu p = read();
        if (p == null) {
            throw new EOFException("connection closed");
        }
        return p;
    }
}
