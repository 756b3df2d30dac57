package dev.weft.emulator;

/**
 * Column width of a code point from weft's own Unicode table ({@link WidthTable}, generated from
 * the Unicode data files, not the JDK's): 0 for combining marks and other zero-width characters
 * (kept in the previous cell), 2 for East Asian wide/fullwidth and emoji presentation, 1
 * otherwise. The Basic Multilingual Plane is expanded into a 64 KiB array at class load so the
 * common case is one array read; other planes use a binary search.
 */
final class CharWidth {
    private static final byte[] BMP = new byte[0x10000];
    /** Plane 1 (U+10000-U+1FFFF): emoji, historic scripts. */
    private static final byte[] SMP = new byte[0x10000];

    static {
        java.util.Arrays.fill(BMP, (byte) 1);
        java.util.Arrays.fill(SMP, (byte) 1);
        fill(WidthTable.WIDE, (byte) 2);
        fill(WidthTable.ZERO, (byte) 0);
    }

    private CharWidth() {}

    private static void fill(int[] ranges, byte w) {
        for (int i = 0; i < ranges.length; i += 2) {
            int hi = Math.min(ranges[i + 1], 0x1FFFF);
            for (int c = ranges[i]; c <= hi; c++) {
                if (c < 0x10000) {
                    BMP[c] = w;
                } else {
                    SMP[c - 0x10000] = w;
                }
            }
        }
    }

    static int of(int cp) {
        if (cp < 0x10000) {
            return BMP[cp];
        }
        if (cp < 0x20000) {
            return SMP[cp - 0x10000];
        }
        if (in(WidthTable.ZERO, cp)) {
            return 0;
        }
        return in(WidthTable.WIDE, cp) ? 2 : 1;
    }

    /** Regional indicator symbols: two in a row make one flag. */
    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean in(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
