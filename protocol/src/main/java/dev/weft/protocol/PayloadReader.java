package dev.weft.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads payload fields from a buffer holding exactly one payload. Every read names the PDU and
 * field it is for, so errors say where they happened. Lengths and counts are checked against the
 * bytes left before anything is allocated: a payload can never make the reader allocate more than
 * its own size.
 */
final class PayloadReader {
    private static final String[] ASCII = new String[128];

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = String.valueOf((char) i);
        }
    }

    private final ByteBuffer in;
    private final String pdu;

    PayloadReader(ByteBuffer in, String pdu) {
        this.in = in;
        this.pdu = pdu;
    }

    String pdu() {
        return pdu;
    }

    int remaining() {
        return in.remaining();
    }

    private void need(int n, String field) throws ProtocolException {
        if (in.remaining() < n) {
            throw ProtocolException.truncated(pdu + "." + field);
        }
    }

    int u8(String field) throws ProtocolException {
        need(1, field);
        return in.get() & 0xff;
    }

    boolean bool(String field) throws ProtocolException {
        int b = u8(field);
        if (b > 1) {
            throw ProtocolException.malformed(pdu, field, "boolean must be 0 or 1, got " + b);
        }
        return b == 1;
    }

    long fixed64(String field) throws ProtocolException {
        need(8, field);
        return in.getLong();
    }

    long uvarint(String field) throws ProtocolException {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1, field);
            byte b = in.get();
            if (shift == 63 && (b & 0xFE) != 0) {
                throw ProtocolException.malformed(pdu, field, "varint overflows 64 bits");
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw ProtocolException.malformed(pdu, field, "varint longer than 10 bytes");
    }

    int varint(String field) throws ProtocolException {
        long raw = uvarint(field);
        if ((raw & ~0xFFFFFFFFL) != 0) {
            throw ProtocolException.malformed(pdu, field, "varint overflows 32 bits");
        }
        int v = (int) raw;
        return (v >>> 1) ^ -(v & 1);
    }

    /** A zigzag int that must not be negative (ids, sizes, counts of things). */
    int natural(String field) throws ProtocolException {
        int v = varint(field);
        if (v < 0) {
            throw ProtocolException.malformed(pdu, field, "must not be negative, got " + v);
        }
        return v;
    }

    long varlong(String field) throws ProtocolException {
        long raw = uvarint(field);
        return (raw >>> 1) ^ -(raw & 1);
    }

    /** A count or byte length: at most {@code minElementSize} bytes per element must be left. */
    int count(String field, int minElementSize) throws ProtocolException {
        long n = uvarint(field);
        // Unsigned: a 64-bit varint may have the sign bit set (found by fuzzing).
        if (Long.compareUnsigned(n, in.remaining() / Math.max(1, minElementSize)) > 0) {
            throw ProtocolException.truncated(pdu + "." + field + " (declares " + Long.toUnsignedString(n)
                    + " but " + in.remaining() + " bytes are left)");
        }
        return (int) n;
    }

    byte[] bytes(String field) throws ProtocolException {
        int n = count(field, 1);
        byte[] out = new byte[n];
        in.get(out);
        return out;
    }

    String string(String field) throws ProtocolException {
        int n = count(field, 1);
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            // Most cells hold one ASCII character: share those strings instead of allocating.
            byte b = in.get();
            if (b >= 0) {
                return ASCII[b];
            }
            throw ProtocolException.malformed(pdu, field, "invalid UTF-8");
        }
        byte[] bytes;
        int off;
        if (in.hasArray()) {
            bytes = in.array();
            off = in.arrayOffset() + in.position();
        } else {
            bytes = new byte[n];
            off = 0;
            in.duplicate().get(bytes);
        }
        in.position(in.position() + n);
        if (!Utf8.isValid(bytes, off, n)) {
            throw ProtocolException.malformed(pdu, field, "invalid UTF-8");
        }
        return new String(bytes, off, n, StandardCharsets.UTF_8);
    }

    List<String> strings(String field) throws ProtocolException {
        int n = count(field, 1);
        List<String> out = new ArrayList<>(n);
        String element = field + "[]"; // one name per list, not per element: cells are many
        for (int i = 0; i < n; i++) {
            out.add(string(element));
        }
        return Collections.unmodifiableList(out);
    }

    Set<String> stringSet(String field) throws ProtocolException {
        int n = count(field, 1);
        Set<String> out = new LinkedHashSet<>();
        String element = field + "[]";
        for (int i = 0; i < n; i++) {
            out.add(string(element));
        }
        return Collections.unmodifiableSet(out);
    }

    /** Reads a list whose elements take at least {@code minElementSize} bytes each. */
    <T> List<T> list(String field, int minElementSize, ElementReader<T> element) throws ProtocolException {
        int n = count(field, minElementSize);
        List<T> out = new ArrayList<>(n);
        String name = field + "[]";
        for (int i = 0; i < n; i++) {
            out.add(element.read(this, name));
        }
        return Collections.unmodifiableList(out);
    }

    interface ElementReader<T> {
        T read(PayloadReader r, String field) throws ProtocolException;
    }
}
