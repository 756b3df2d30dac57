package dev.weft.server;

/**
 * Checks a tree's structure: the root is the tab's size; a node has two or more children whose
 * sizes plus one-cell borders add up to it along its axis and equal it across; every pane is at
 * least 1x1; offsets follow from sizes.
 */
final class LayoutInvariants {
    private LayoutInvariants() {}

    /** Null when sound, else what is wrong and where. */
    static String check(LayoutTree tree) {
        LayoutCell root = tree.root();
        if (root.sx != tree.cols() || root.sy != tree.rows()) {
            return "root " + root.sx + "x" + root.sy + " is not the tab's " + tree.cols() + "x" + tree.rows();
        }
        if (root.xoff != 0 || root.yoff != 0 || root.parent != null) {
            return "root is not at 0,0 or has a parent";
        }
        return check(root, tree.describe());
    }

    private static String check(LayoutCell c, String where) {
        if (c.sx < 1 || c.sy < 1) {
            return "cell " + c.sx + "x" + c.sy + " is empty in " + where;
        }
        if (c.isLeaf()) {
            return c.children.isEmpty() ? null : "leaf with children in " + where;
        }
        if (c.children.size() < 2) {
            return "node with " + c.children.size() + " child in " + where;
        }
        boolean lr = c.type == LayoutCell.Type.LEFT_RIGHT;
        int along = -1;
        for (LayoutCell k : c.children) {
            if (k.parent != c) {
                return "child with a wrong parent in " + where;
            }
            int x = lr ? c.xoff + along + 1 : c.xoff;
            int y = lr ? c.yoff : c.yoff + along + 1;
            if (k.xoff != x || k.yoff != y) {
                return "child at " + k.xoff + "," + k.yoff + " should be at " + x + "," + y + " in " + where;
            }
            if ((lr ? k.sy : k.sx) != (lr ? c.sy : c.sx)) {
                return "child does not span its parent in " + where;
            }
            along += (lr ? k.sx : k.sy) + 1;
            String bad = check(k, where);
            if (bad != null) {
                return bad;
            }
        }
        if (along != (lr ? c.sx : c.sy)) {
            return "children fill " + along + " of " + (lr ? c.sx : c.sy) + " in " + where;
        }
        return null;
    }
}
