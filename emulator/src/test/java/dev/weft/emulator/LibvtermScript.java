package dev.weft.emulator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading libvterm's test scripts: the Perl-style string expressions of PUSH lines
 * ({@code "a\e[H" . "x"x3}) and the {@code $REP n:} / {@code $SEQ a b:} line macros.
 */
final class LibvtermScript {
    private LibvtermScript() {}

    /** Expand $REP and $SEQ lines. */
    static List<String> expand(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("$REP ")) {
                int colon = t.indexOf(':');
                int n = Integer.parseInt(t.substring(5, colon).strip());
                String body = t.substring(colon + 1).stripLeading();
                String indent = line.startsWith(" ") || body.startsWith("?") ? "  " : "";
                for (int i = 0; i < n; i++) {
                    out.add(indent + body);
                }
            } else if (t.startsWith("$SEQ ")) {
                int colon = t.indexOf(':');
                String[] range = t.substring(5, colon).strip().split("\\s+");
                int from = Integer.parseInt(range[0]);
                int to = Integer.parseInt(range[1]);
                String body = t.substring(colon + 1).stripLeading();
                String indent = body.startsWith("?") ? "  " : "";
                for (int i = from; i <= to; i++) {
                    out.add(indent + body.replace("\\#", Integer.toString(i)));
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Evaluate a Perl string expression: "..." terms joined by '.', each optionally repeated with xN. */
    static byte[] evaluate(String expr) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == ' ' || c == '.') {
                i++;
                continue;
            }
            if (c != '"') {
                throw new IllegalArgumentException("unexpected '" + c + "' in " + expr);
            }
            ByteArrayOutputStream term = new ByteArrayOutputStream();
            i = literal(expr, i + 1, term);
            int repeat = 1;
            int j = i;
            while (j < n && expr.charAt(j) == ' ') {
                j++;
            }
            if (j < n && expr.charAt(j) == 'x') {
                int k = j + 1;
                while (k < n && expr.charAt(k) == ' ') {
                    k++;
                }
                int digits = k;
                while (k < n && Character.isDigit(expr.charAt(k))) {
                    k++;
                }
                repeat = Integer.parseInt(expr.substring(digits, k));
                i = k;
            }
            byte[] b = term.toByteArray();
            for (int r = 0; r < repeat; r++) {
                out.writeBytes(b);
            }
        }
        return out.toByteArray();
    }

    /** Parse a double-quoted literal body starting at {@code i}; returns the index after the closing quote. */
    static int literal(String s, int i, ByteArrayOutputStream out) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                out.write(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'e' -> out.write(0x1B);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'a' -> out.write(0x07);
                case 'b' -> out.write(0x08);
                case '0' -> out.write(0);
                case 'x' -> {
                    int end;
                    int v;
                    if (s.charAt(i) == '{') {
                        end = s.indexOf('}', i);
                        v = Integer.parseInt(s.substring(i + 1, end), 16);
                        i = end + 1;
                    } else {
                        end = i;
                        while (end < s.length() && end < i + 2 && Character.digit(s.charAt(end), 16) >= 0) {
                            end++;
                        }
                        v = Integer.parseInt(s.substring(i, end), 16);
                        i = end;
                    }
                    out.write(v);
                }
                default -> out.write(e);
            }
        }
        throw new IllegalArgumentException("unterminated string: " + s);
    }

    /** The text of an expected value: a quoted literal is unescaped (as UTF-8), anything else kept. */
    static String expectedText(String v) {
        v = v.strip();
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            literal(v, 1, out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        return v;
    }

    /**
     * Bytes pushed to a libvterm in 8-bit mode (UTF8 0) mean ISO 8859-1 characters and C1
     * controls; weft reads UTF-8 only, so the runner transcodes them to the same code points.
     */
    static byte[] latin1ToUtf8(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte x : b) {
            int v = x & 0xFF;
            if (v < 0x80) {
                out.write(v);
            } else {
                out.write(0xC0 | v >> 6);
                out.write(0x80 | v & 0x3F);
            }
        }
        return out.toByteArray();
    }
}
