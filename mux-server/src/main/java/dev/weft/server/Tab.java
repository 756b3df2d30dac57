package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/** A tab (tmux window): a pane tree and its active pane. Guarded by the {@link Mux} lock. */
final class Tab {
    private final int id;
    private String name;
    private PaneNode root;
    private Pane activePane;

    Tab(int id, String name, Pane first) {
        this.id = id;
        this.name = name;
        this.root = new PaneNode.Leaf(first);
        this.activePane = first;
    }

    int id() {
        return id;
    }

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }

    Pane activePane() {
        return activePane;
    }

    List<Pane> panes() {
        List<Pane> out = new ArrayList<>();
        if (root != null) {
            root.panes(out);
        }
        return out;
    }

    boolean isEmpty() {
        return root == null;
    }

    /** Remove a pane; the active pane moves to the first remaining one. */
    boolean remove(Pane pane) {
        if (root == null) {
            return false;
        }
        PaneNode next = root.without(pane);
        boolean changed = next != root;
        root = next;
        if (activePane == pane) {
            List<Pane> left = panes();
            activePane = left.isEmpty() ? null : left.get(0);
        }
        return changed;
    }

    List<Pdu.PaneGeometry> layout(int cols, int rows) {
        List<Pdu.PaneGeometry> out = new ArrayList<>();
        if (root != null) {
            root.layout(0, 0, cols, rows, out);
        }
        return out;
    }

    Pdu.TabInfo info(int index, int cols, int rows) {
        return new Pdu.TabInfo(id, index, name, activePane == null ? -1 : activePane.id(), false,
                layout(cols, rows));
    }
}
