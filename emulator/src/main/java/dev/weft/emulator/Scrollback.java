package dev.weft.emulator;

import java.util.Arrays;

/**
 * The lines scrolled off the top of the main screen: a ring of immutable lines with a limit.
 * The backing array grows with content up to the limit, so an idle pane costs little.
 */
final class Scrollback {
    private final int limit;
    private LineSnapshot[] ring = new LineSnapshot[0];
    /** Index of the oldest line in {@code ring}. */
    private int head;
    private int size;
    private long pushedTotal;
    /** Observer of every push and pop, for the conformance runner; null normally. */
    java.util.function.Consumer<String> observer;

    Scrollback(int limit) {
        this.limit = Math.max(0, limit);
    }

    /** The line just pushed or popped, valid while {@link #observer} runs. */
    LineSnapshot lastPushed;

    int limit() {
        return limit;
    }

    int size() {
        return size;
    }

    long pushedTotal() {
        return pushedTotal;
    }

    void push(LineSnapshot line) {
        pushedTotal++;
        if (observer != null) {
            lastPushed = line;
            observer.accept("push");
        }
        if (limit == 0) {
            return;
        }
        if (size < limit) {
            if (size == ring.length) {
                grow();
            }
            ring[wrap(head + size)] = line;
            size++;
        } else {
            // Full: the new line takes the oldest one's place.
            ring[wrap(head + size)] = line;
            head = wrap(head + 1);
        }
    }

    private int wrap(int i) {
        return i >= ring.length ? i - ring.length : i;
    }

    private void grow() {
        int cap = Math.min(limit, Math.max(16, ring.length * 2));
        LineSnapshot[] bigger = new LineSnapshot[cap];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        ring = bigger;
        head = 0;
    }

    /** Line {@code index}, 0 the oldest retained. */
    LineSnapshot get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("scrollback line " + index + " of " + size);
        }
        return ring[(head + index) % ring.length];
    }

    /** Remove and return the newest line (for reflow and libvterm's sb_popline), or null. */
    LineSnapshot popNewest() {
        if (size == 0) {
            return null;
        }
        int i = (head + size - 1) % ring.length;
        LineSnapshot l = ring[i];
        ring[i] = null;
        size--;
        pushedTotal--;
        if (observer != null) {
            lastPushed = l;
            observer.accept("pop");
        }
        return l;
    }

    /** Replace the whole content (after reflow), keeping the newest lines up to the limit. */
    void replaceAll(java.util.List<LineSnapshot> lines, long newPushedTotal) {
        int from = Math.max(0, lines.size() - limit);
        int n = lines.size() - from;
        ring = new LineSnapshot[n == 0 ? 0 : Math.min(limit, Math.max(16, n))];
        for (int i = 0; i < n; i++) {
            ring[i] = lines.get(from + i);
        }
        head = 0;
        size = n;
        pushedTotal = Math.max(0, newPushedTotal);
    }

    /** Tell the observer (conformance runner) that a line moved between screen and scrollback. */
    void observe(String event, LineSnapshot line) {
        if (observer != null) {
            lastPushed = line;
            observer.accept(event);
        }
    }

    void clear() {
        Arrays.fill(ring, null);
        ring = new LineSnapshot[0];
        head = 0;
        size = 0;
    }
}
