package dev.weft.server;

/**
 * tmux's layout string (layout_dump), e.g. {@code bb62,159x48,0,0{79x48,0,0,0,79x48,80,0,1}}:
 * a 16-bit checksum in four hex digits, then each cell as {@code WxH,X,Y}, a leaf followed by
 * {@code ,ID}, a node by its children in {@code {}} (left-right) or {@code []} (top-bottom).
 */
final class LayoutString {
    private LayoutString() {}

    static String describe(LayoutCell root) {
        StringBuilder sb = new StringBuilder();
        append(root, sb);
        String body = sb.toString();
        return String.format("%04x,%s", checksum(body), body);
    }

    /** tmux layout_checksum: rotate the 16-bit sum right by one, then add the character. */
    static int checksum(String layout) {
        int csum = 0;
        for (int i = 0; i < layout.length(); i++) {
            csum = (csum >> 1) + ((csum & 1) << 15);
            csum = (csum + layout.charAt(i)) & 0xffff;
        }
        return csum;
    }

    private static void append(LayoutCell lc, StringBuilder sb) {
        sb.append(lc.sx).append('x').append(lc.sy).append(',').append(lc.xoff).append(',').append(lc.yoff);
        if (lc.isLeaf()) {
            sb.append(',').append(lc.pane);
            return;
        }
        sb.append(lc.type == LayoutCell.Type.LEFT_RIGHT ? '{' : '[');
        for (int i = 0; i < lc.children.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            append(lc.children.get(i), sb);
        }
        sb.append(lc.type == LayoutCell.Type.LEFT_RIGHT ? '}' : ']');
    }
}
