package dev.weft.emulator;

/**
 * The parameters of one CSI or DCS sequence. Bounded: at most {@link #MAX} entries, each value
 * clamped to {@link #MAX_VALUE}. A parameter followed by ':' has {@link #hasMore} set, so the
 * next entry is its sub-parameter (as libvterm's CSI_ARG_FLAG_MORE).
 */
final class CsiParams {
    static final int MAX = 32;
    static final int MAX_VALUE = 65535;
    /** A parameter that was left empty. */
    static final int DEFAULT = -1;

    final int[] values = new int[MAX];
    final boolean[] more = new boolean[MAX];
    int count;
    /** The private marker ('?', '>', '<', '=') or 0. */
    int leader;
    /** More than {@link #MAX} parameters were sent; the rest are dropped. */
    boolean overflow;

    void reset() {
        count = 0;
        leader = 0;
        overflow = false;
        values[0] = DEFAULT;
        more[0] = false;
    }

    int size() {
        return count;
    }

    /** Parameter {@code i}, or {@code def} when absent or empty. */
    int get(int i, int def) {
        return i < count && values[i] != DEFAULT ? values[i] : def;
    }

    /** Parameter {@code i}, or {@code def} when absent, empty or zero (the usual "0 means 1"). */
    int getNonZero(int i, int def) {
        int v = get(i, def);
        return v == 0 ? def : v;
    }

    int raw(int i) {
        return i < count ? values[i] : DEFAULT;
    }

    boolean hasMore(int i) {
        return i < count && more[i];
    }
}
