package dev.weft.server;

/** User text echoed in a one-line error: control characters shown as escapes, long text cut. */
final class Visible {
    private static final int MAX = 200;

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < MAX; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX) {
            sb.setLength(MAX);
            sb.append("...");
        }
        return sb.toString();
    }

    private Visible() {}
}
