package dev.weft.keymaps;

import java.nio.charset.StandardCharsets;

/** Test helper: bytes as readable text ("\e[1;5A"), so failures show what was sent. */
final class Bytes {
    static String show(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == 0x1b) {
                b.append("\\e");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Bytes() {}
}
