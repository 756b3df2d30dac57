package dev.weft.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's paste buffers, global as tmux's (paste.c). Automatic buffers are named
 * {@code buffer0}, {@code buffer1}, ... from a counter that only grows; at most
 * {@code buffer_limit} of them are kept, the oldest automatic one going first. Named buffers
 * ({@code -b}) are never trimmed. "Newest" is by order of creation: setting a named buffer again
 * makes it the newest, as tmux's paste_set does. Thread-safe (commands run under the mux lock,
 * OSC 52 arrives from a pane's reader thread).
 */
final class PasteBuffers {
    /** Largest buffer kept: a buffer must fit in one frame when shown or saved through a client. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /**
     * One buffer. {@code size} is the data's length in UTF-8 bytes (tmux's buffer_size);
     * {@code order} grows with every buffer made, so it sorts newest first.
     */
    record Buffer(String name, String data, int size, long createdMillis, long order, boolean automatic) {
        Buffer renamed(String newName) {
            return new Buffer(newName, data, size, createdMillis, order, false);
        }
    }

    private final Map<String, Buffer> byName = new LinkedHashMap<>();
    private long nextOrder;
    private long nextIndex;

    /** Every buffer, newest first. */
    synchronized List<Buffer> newestFirst() {
        List<Buffer> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparingLong(Buffer::order).reversed());
        return all;
    }

    /** The newest buffer (automatic or named, as tmux 3.3's paste_get_top), or null. */
    synchronized Buffer top() {
        Buffer best = null;
        for (Buffer b : byName.values()) {
            if (best == null || b.order() > best.order()) {
                best = b;
            }
        }
        return best;
    }

    /** The buffer called {@code name}, or null. */
    synchronized Buffer get(String name) {
        return byName.get(name);
    }

    synchronized int size() {
        return byName.size();
    }

    /**
     * A new automatic buffer holding {@code data}, after dropping the oldest automatic ones so at
     * most {@code limit} remain. Empty data makes no buffer (returns null), as tmux.
     */
    synchronized Buffer add(String data, int limit) throws MuxException {
        if (data.isEmpty()) {
            return null;
        }
        int size = checkedSize(data);
        List<Buffer> automatic = new ArrayList<>();
        for (Buffer b : byName.values()) {
            if (b.automatic()) {
                automatic.add(b);
            }
        }
        automatic.sort(Comparator.comparingLong(Buffer::order));
        int keep = Math.max(0, limit - 1);
        for (int i = 0; i < automatic.size() - keep; i++) {
            byName.remove(automatic.get(i).name());
        }
        String name;
        do {
            name = "buffer" + nextIndex++;
        } while (byName.containsKey(name));
        Buffer b = new Buffer(name, data, size, System.currentTimeMillis(), nextOrder++, true);
        byName.put(name, b);
        return b;
    }

    /**
     * Set {@code name} to {@code data}: a buffer of that name is replaced and the new one is the
     * newest. A null name makes an automatic buffer ({@link #add}).
     */
    synchronized Buffer set(String name, String data, int limit) throws MuxException {
        if (name == null) {
            return add(data, limit);
        }
        if (name.isEmpty()) {
            throw new MuxException("bad-buffer-name", "empty buffer name");
        }
        if (data.isEmpty()) {
            return null;
        }
        Buffer b = new Buffer(name, data, checkedSize(data), System.currentTimeMillis(), nextOrder++, false);
        byName.remove(name);
        byName.put(name, b);
        return b;
    }

    /** tmux paste_rename: the buffer keeps its data and place and is no longer automatic. */
    synchronized void rename(String oldName, String newName) throws MuxException {
        if (newName == null || newName.isEmpty()) {
            throw new MuxException("bad-buffer-name", "new name is empty");
        }
        Buffer b = byName.get(oldName);
        if (b == null) {
            throw new MuxException("no-buffer", "no buffer " + Visible.of(oldName));
        }
        if (oldName.equals(newName)) {
            return;
        }
        if (byName.containsKey(newName)) {
            throw new MuxException("buffer-exists", "buffer " + Visible.of(newName) + " already exists");
        }
        byName.remove(oldName);
        byName.put(newName, b.renamed(newName));
    }

    /** Remove {@code name}; false when there was none. */
    synchronized boolean delete(String name) {
        return byName.remove(name) != null;
    }

    /** Remove {@code b} only if it is still the buffer of that name (a later set replaced it otherwise). */
    synchronized void deleteIfSame(Buffer b) {
        byName.remove(b.name(), b);
    }

    private static int checkedSize(String data) throws MuxException {
        long size = utf8Length(data);
        if (size > MAX_BYTES) {
            throw new MuxException("buffer-too-big",
                    "buffer too big: " + size + " bytes (at most " + MAX_BYTES + ")");
        }
        return (int) size;
    }

    /** UTF-8 length without making the bytes (an unpaired surrogate counts as '?', as the encoder writes it). */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n += 1;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** The data as UTF-8 bytes. */
    static byte[] bytes(Buffer b) {
        return b.data().getBytes(StandardCharsets.UTF_8);
    }
}
