package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/** A session: tabs, a size, and when it was last used. Guarded by the {@link Mux} lock. */
final class Session {
    private final int id;
    private final String name;
    private final long createdEpochMillis;
    private final List<Tab> tabs = new ArrayList<>();
    private Tab activeTab;
    private int cols;
    private int rows;
    private long lastUsedNanos;
    private boolean ended;

    Session(int id, String name, long createdEpochMillis, int cols, int rows) {
        this.id = id;
        this.name = name;
        this.createdEpochMillis = createdEpochMillis;
        this.cols = cols;
        this.rows = rows;
        touch();
    }

    int id() {
        return id;
    }

    String name() {
        return name;
    }

    long createdEpochMillis() {
        return createdEpochMillis;
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    void size(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
    }

    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    long lastUsedNanos() {
        return lastUsedNanos;
    }

    boolean ended() {
        return ended;
    }

    void markEnded() {
        ended = true;
    }

    List<Tab> tabs() {
        return tabs;
    }

    Tab activeTab() {
        return activeTab;
    }

    void activeTab(Tab tab) {
        this.activeTab = tab;
    }

    void addTab(Tab tab) {
        tabs.add(tab);
        if (activeTab == null) {
            activeTab = tab;
        }
    }

    List<Pane> panes() {
        List<Pane> out = new ArrayList<>();
        for (Tab t : tabs) {
            out.addAll(t.panes());
        }
        return out;
    }

    /** The panes a client attached to this session shows: the active tab's. */
    List<Pane> visiblePanes() {
        return activeTab == null ? List.of() : activeTab.panes();
    }

    /** Remove a pane, and its tab when that empties. Returns true if the pane was here. */
    boolean remove(Pane pane) {
        for (int i = 0; i < tabs.size(); i++) {
            Tab t = tabs.get(i);
            if (t.remove(pane)) {
                if (t.isEmpty()) {
                    tabs.remove(i);
                    if (activeTab == t) {
                        activeTab = tabs.isEmpty() ? null : tabs.get(Math.min(i, tabs.size() - 1));
                    }
                }
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return tabs.isEmpty();
    }

    Pdu.SessionState state() {
        List<Pdu.TabInfo> infos = new ArrayList<>();
        for (int i = 0; i < tabs.size(); i++) {
            infos.add(tabs.get(i).info(i, cols, rows));
        }
        return new Pdu.SessionState(id, name, cols, rows, infos, activeTab == null ? -1 : activeTab.id());
    }
}
