package dev.weft.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The format variables of a paste buffer, as tmux's format_defaults_paste_buffer:
 * {@code buffer_name}, {@code buffer_size} (bytes), {@code buffer_sample}, {@code buffer_created}
 * (seconds since the epoch). Any other name goes to {@code rest} (the current session, tab and
 * pane's variables) when there is one.
 */
final class BufferFormats implements Function<String, String> {
    /** tmux 3.3's list-buffers format. */
    static final String LIST_FORMAT = "#{buffer_name}: #{buffer_size} bytes: \"#{buffer_sample}\"";
    /** tmux 3.3's paste_make_sample looks at this many bytes and cuts its output at as many. */
    static final int SAMPLE_WIDTH = 200;

    private final PasteBuffers.Buffer buffer;
    private final Function<String, String> rest;

    BufferFormats(PasteBuffers.Buffer buffer, Function<String, String> rest) {
        this.buffer = buffer;
        this.rest = rest;
    }

    @Override
    public String apply(String name) {
        return switch (name) {
            case "buffer_name" -> buffer.name();
            case "buffer_size" -> Integer.toString(buffer.size());
            case "buffer_sample" -> sample(buffer.data());
            case "buffer_created" -> Long.toString(buffer.createdMillis() / 1000);
            default -> rest == null ? null : rest.apply(name);
        };
    }

    /**
     * tmux 3.3's paste_make_sample: the first {@value #SAMPLE_WIDTH} bytes made visible
     * (utf8_strvis with VIS_OCTAL|VIS_CSTYLE|VIS_TAB|VIS_NL: {@code \n \t \r ...} in C style, other
     * control bytes and invalid UTF-8 as {@code \ooo}, a backslash doubled, valid UTF-8 kept); if
     * the data or the visible form is longer than {@value #SAMPLE_WIDTH} bytes, the visible form is
     * cut there and "..." added.
     */
    static String sample(String data) {
        byte[] all = data.getBytes(StandardCharsets.UTF_8);
        int len = Math.min(all.length, SAMPLE_WIDTH);
        ByteArrayOutputStream out = new ByteArrayOutputStream(len + 16);
        int i = 0;
        while (i < len) {
            int b = all[i] & 0xff;
            if (b >= 0x80) {
                int n = utf8Sequence(all, i, len);
                if (n > 0) {
                    out.write(all, i, n);
                    i += n;
                    continue;
                }
            }
            int next = i + 1 < len ? all[i + 1] & 0xff : 0;
            vis(out, b, next);
            i++;
        }
        byte[] visible = out.toByteArray();
        if (all.length > SAMPLE_WIDTH || visible.length > SAMPLE_WIDTH) {
            return new String(visible, 0, Math.min(visible.length, SAMPLE_WIDTH), StandardCharsets.UTF_8) + "...";
        }
        return new String(visible, StandardCharsets.UTF_8);
    }

    /** BSD vis(3) of one byte with VIS_OCTAL|VIS_CSTYLE|VIS_TAB|VIS_NL, as tmux's compat/vis.c. */
    private static void vis(ByteArrayOutputStream out, int c, int next) {
        if (c == '\\') {
            ascii(out, "\\\\");
        } else if (c >= 0x20 && c < 0x7f) {
            out.write(c);
        } else {
            String cstyle = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\b' -> "\\b";
                case 0x07 -> "\\a";
                case 0x0b -> "\\v";
                case '\t' -> "\\t";
                case '\f' -> "\\f";
                case 0 -> next >= '0' && next <= '7' ? "\\000" : "\\0";
                default -> null;
            };
            ascii(out, cstyle != null ? cstyle
                    : "\\" + (char) ('0' + ((c >> 6) & 7)) + (char) ('0' + ((c >> 3) & 7)) + (char) ('0' + (c & 7)));
        }
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    /**
     * The length of a complete UTF-8 sequence of a printable character at {@code at} (ending
     * before {@code end}), or 0 when there is none (tmux's utf8_open/utf8_append, which also
     * refuse characters without a width such as C1 controls).
     */
    private static int utf8Sequence(byte[] b, int at, int end) {
        int lead = b[at] & 0xff;
        int n;
        int cp;
        if (lead >= 0xc2 && lead <= 0xdf) {
            n = 2;
            cp = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            n = 3;
            cp = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            n = 4;
            cp = lead & 0x07;
        } else {
            return 0;
        }
        if (at + n > end) {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            int cb = b[at + k] & 0xff;
            if ((cb & 0xc0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (cb & 0x3f);
        }
        boolean overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || Character.getType(cp) == Character.CONTROL) {
            return 0;
        }
        return n;
    }
}
