package dev.weft.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SplittableRandom;

/** The byte streams benchmarked: vtebench's recordings and generated plain, SGR and CJK streams. */
final class Streams {
    static final int MIB = 1 << 20;

    private Streams() {}

    /** {@code ../shared} (or -Dweft.shared.dir): where the vtebench recordings live. */
    static Path sharedDir() {
        String p = System.getProperty("weft.shared.dir");
        if (p != null) {
            return Paths.get(p);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path cand = d.resolveSibling("shared");
            if (Files.isDirectory(cand.resolve("bench-data"))) {
                return cand;
            }
        }
        throw new IllegalStateException("cannot find ../shared/bench-data: run from the repository or set"
                + " -Dweft.shared.dir=/path/to/shared");
    }

    /** A vtebench benchmark: its setup bytes, and its bench bytes repeated to at least 1 MiB. */
    static byte[][] vtebench(String name) {
        Path dir = sharedDir().resolve("bench-data/vtebench");
        try {
            Path setup = dir.resolve(name + ".setup.bin");
            byte[] s = Files.exists(setup) ? Files.readAllBytes(setup) : new byte[0];
            byte[] b = Files.readAllBytes(dir.resolve(name + ".bench.bin"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(MIB + b.length);
            while (out.size() < MIB) {
                out.writeBytes(b);
            }
            return new byte[][] {s, out.toByteArray()};
        } catch (IOException e) {
            throw new UncheckedIOException("reading vtebench stream " + name + " in " + dir, e);
        }
    }

    /** Printable ASCII lines of random length (0-160, so some wrap at 80), CRLF-terminated. */
    static byte[] plainAscii(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] out = new byte[size];
        int i = 0;
        while (i < size) {
            int len = r.nextInt(161);
            for (int k = 0; k < len && i < size; k++) {
                out[i++] = (byte) (0x20 + r.nextInt(95));
            }
            if (i < size) {
                out[i++] = '\r';
            }
            if (i < size) {
                out[i++] = '\n';
            }
        }
        return out;
    }

    /** Every character with its own SGR: 256-colour and truecolour fg/bg, bold/italic/underline toggles. */
    static byte[] denseSgr(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(size + 64);
        int col = 0;
        while (sb.length() < size) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append("\033[38;5;").append(r.nextInt(256)).append('m');
                case 1 -> sb.append("\033[48;2;").append(r.nextInt(256)).append(';').append(r.nextInt(256))
                        .append(';').append(r.nextInt(256)).append('m');
                case 2 -> sb.append("\033[").append(r.nextBoolean() ? "1;3" : "22;23").append('m');
                default -> sb.append("\033[0;4:3;58:2::10:20:30;9").append(r.nextInt(8)).append('m');
            }
            sb.append((char) (0x21 + r.nextInt(94)));
            if (++col == 80) {
                sb.append("\r\n");
                col = 0;
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** CJK ideographs and kana with combining marks, emoji and ZWJ sequences, lines of 30-40 wide cells. */
    static byte[] cjkCombining(int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(size / 2);
        int bytes = 0;
        while (bytes < size) {
            int cells = 30 + r.nextInt(11);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells; c++) {
                int k = r.nextInt(10);
                if (k < 6) {
                    line.appendCodePoint(0x4E00 + r.nextInt(0x5000));
                } else if (k < 8) {
                    line.appendCodePoint(0x3041 + r.nextInt(80)).append('\u3099');
                } else if (k == 8) {
                    line.append('e').append('\u0301').append('\u0323');
                } else {
                    line.appendCodePoint(0x1F468).append('\u200D').appendCodePoint(0x1F4BB);
                }
            }
            line.append("\r\n");
            String l = line.toString();
            sb.append(l);
            bytes += l.getBytes(StandardCharsets.UTF_8).length;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
