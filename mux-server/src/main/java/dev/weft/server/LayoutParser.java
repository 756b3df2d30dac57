package dev.weft.server;

import dev.weft.server.LayoutCell.Type;

/**
 * Reads a tmux layout string (tmux 3.3a layout_parse/layout_construct), as {@link LayoutString}
 * writes it:
 *
 * <pre>
 *   layout = csum "," cell          csum = 4 hex digits: layout_checksum of the rest
 *   cell   = W "x" H "," X "," Y ( "," ID | "{" cell ("," cell)* "}" | "[" cell ("," cell)* "]" )?
 * </pre>
 *
 * Pane ids and offsets in the string are ignored, as in tmux: panes go into the leaves in pane
 * order and offsets follow from sizes. Stricter than tmux where tmux would build a broken
 * window: a size of 0 or above {@link LayoutTree#MAXIMUM} is invalid, and a node with one child
 * is replaced by that child (same geometry). Errors carry tmux's causes.
 */
final class LayoutParser {
    private static final int MAX_DEPTH = 200;

    private final String s;
    private int at;

    private LayoutParser(String s, int at) {
        this.s = s;
        this.at = at;
    }

    /** The tree of cells in {@code layout} (leaves with no pane yet), checked for consistent sizes. */
    static LayoutCell parse(String layout) {
        if (layout.length() < 6 || layout.charAt(4) != ',') {
            throw invalid();
        }
        int csum;
        try {
            csum = Integer.parseInt(layout.substring(0, 4), 16);
        } catch (NumberFormatException e) {
            throw invalid();
        }
        String body = layout.substring(5);
        if (csum != LayoutString.checksum(body)) {
            throw invalid();
        }
        LayoutParser p = new LayoutParser(body, 0);
        LayoutCell root = p.cell(null, 0);
        if (p.at != body.length()) {
            throw invalid();
        }
        return root;
    }

    /** Makes the root's size agree with its children (tmux repairs this for old tmux's strings). */
    static void fixTop(LayoutCell root) {
        if (root.isLeaf()) {
            return;
        }
        int sx = 0;
        int sy = 0;
        for (LayoutCell c : root.children) {
            if (root.type == Type.LEFT_RIGHT) {
                sy = c.sy + 1;
                sx += c.sx + 1;
            } else {
                sx = c.sx + 1;
                sy += c.sy + 1;
            }
        }
        root.sx = sx - 1;
        root.sy = sy - 1;
    }

    /** tmux layout_check: children span their node across and fill it, with borders, along. */
    static boolean sizesAgree(LayoutCell lc) {
        if (lc.isLeaf()) {
            return true;
        }
        long n = 0;
        for (LayoutCell c : lc.children) {
            boolean lr = lc.type == Type.LEFT_RIGHT;
            if ((lr ? c.sy : c.sx) != (lr ? lc.sy : lc.sx) || !sizesAgree(c)) {
                return false;
            }
            n += (lr ? c.sx : c.sy) + 1;
        }
        return n - 1 == lc.size(lc.type);
    }

    private LayoutCell cell(LayoutCell parent, int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid();
        }
        LayoutCell lc = new LayoutCell(parent);
        lc.sx = size();
        expect('x');
        lc.sy = size();
        expect(',');
        number(); // x offset: recomputed
        expect(',');
        number(); // y offset: recomputed
        if (peek() == ',') {
            // ",ID" ends a leaf, unless the digits are the next cell's "WxH".
            int saved = at;
            at++;
            if (Character.isDigit(peek())) {
                number();
            }
            if (peek() == 'x') {
                at = saved;
            }
        }
        char open = peek();
        if (open != '{' && open != '[') {
            if (open == ',' || open == '}' || open == ']' || open == 0) {
                return lc;
            }
            throw invalid();
        }
        lc.type = open == '{' ? Type.LEFT_RIGHT : Type.TOP_BOTTOM;
        do {
            at++;
            lc.children.add(cell(lc, depth + 1));
        } while (peek() == ',');
        expect(open == '{' ? '}' : ']');
        if (lc.children.size() == 1) {
            // A node of one child is that child.
            LayoutCell only = lc.children.get(0);
            only.parent = parent;
            return only;
        }
        return lc;
    }

    private int size() {
        long n = number();
        if (n < 1 || n > LayoutTree.MAXIMUM) {
            throw invalid();
        }
        return (int) n;
    }

    private long number() {
        int start = at;
        while (Character.isDigit(peek()) && peek() < 128) {
            at++;
        }
        if (at == start || at - start > 9) {
            throw invalid();
        }
        return Long.parseLong(s.substring(start, at));
    }

    private void expect(char c) {
        if (peek() != c) {
            throw invalid();
        }
        at++;
    }

    private char peek() {
        return at < s.length() ? s.charAt(at) : 0;
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("invalid layout");
    }
}
