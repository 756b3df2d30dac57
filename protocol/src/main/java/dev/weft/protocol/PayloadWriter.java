package dev.weft.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * Writes payload fields into a growable byte array. The primitives are documented in
 * {@link PduCodec}: unsigned LEB128 varints for sizes, zigzag varints for ints and longs,
 * fixed 8 bytes for nonces and clocks.
 */
final class PayloadWriter {
    private byte[] buf;
    private int pos;

    PayloadWriter(int initialCapacity, int reserveHeader) {
        buf = new byte[Math.max(initialCapacity, reserveHeader + 16)];
        pos = reserveHeader;
    }

    int position() {
        return pos;
    }

    byte[] array() {
        return buf;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            long wanted = Math.max((long) buf.length * 2, (long) pos + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("PDU too large to encode");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }

    void u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    void bool(boolean v) {
        u8(v ? 1 : 0);
    }

    void fixed64(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[pos++] = (byte) (v >>> shift);
        }
    }

    /** Unsigned LEB128: seven bits per byte, low bits first, high bit set on all but the last. */
    void uvarint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    /** Zigzag: small negative numbers stay short (0->0, -1->1, 1->2, ...). */
    void varint(int v) {
        uvarint(Integer.toUnsignedLong((v << 1) ^ (v >> 31)));
    }

    void varlong(long v) {
        uvarint((v << 1) ^ (v >> 63));
    }

    void bytes(byte[] data) {
        byte[] d = data == null ? new byte[0] : data;
        uvarint(d.length);
        ensure(d.length);
        System.arraycopy(d, 0, buf, pos, d.length);
        pos += d.length;
    }

    /** Null is written as the empty string. */
    void string(String s) {
        if (s == null) {
            uvarint(0);
            return;
        }
        int n = s.length();
        if (n < 128) {
            // ASCII fast path (one cell is usually one ASCII character): no intermediate array.
            ensure(1 + n);
            int start = pos;
            buf[pos++] = (byte) n;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    pos = start;
                    bytes(s.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                buf[pos++] = (byte) c;
            }
            return;
        }
        bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    void strings(Collection<String> list) {
        if (list == null) {
            uvarint(0);
            return;
        }
        uvarint(list.size());
        for (String s : list) {
            string(s);
        }
    }
}
