package dev.weft.emulator;

import java.util.Arrays;

/** Horizontal tab stops: every 8 columns initially; HTS sets, TBC clears. */
final class TabStops {
    private boolean[] stops;

    TabStops(int cols) {
        stops = new boolean[cols];
        reset();
    }

    void reset() {
        for (int i = 0; i < stops.length; i++) {
            stops[i] = i % 8 == 0 && i > 0;
        }
    }

    void resize(int cols) {
        int old = stops.length;
        stops = Arrays.copyOf(stops, cols);
        for (int i = old; i < cols; i++) {
            stops[i] = i % 8 == 0;
        }
    }

    void set(int col) {
        if (col >= 0 && col < stops.length) {
            stops[col] = true;
        }
    }

    void clear(int col) {
        if (col >= 0 && col < stops.length) {
            stops[col] = false;
        }
    }

    void clearAll() {
        Arrays.fill(stops, false);
    }

    /** The next stop after {@code col}, or {@code limit} if none before it. */
    int next(int col, int limit) {
        for (int i = col + 1; i < limit && i < stops.length; i++) {
            if (stops[i]) {
                return i;
            }
        }
        return limit;
    }

    /** The previous stop before {@code col}, or {@code limit} if none after it. */
    int previous(int col, int limit) {
        for (int i = col - 1; i > limit; i--) {
            if (i < stops.length && stops[i]) {
                return i;
            }
        }
        return limit;
    }
}
