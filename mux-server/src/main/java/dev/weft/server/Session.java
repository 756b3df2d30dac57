package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A session: tabs by index, the active and last tab, a size, a start directory, and when it was
 * last used. Guarded by the {@link Mux} lock.
 */
final class Session {
    private final int id;
    private String name;
    /** Where new panes start when no -c is given (tmux 3.3: the session's start directory). */
    private String startDirectory;
    /** tmux's lastw stack: previously current tabs, most recent first ({@code -} flag, last-window). */
    private final java.util.ArrayDeque<Tab> lastTabs = new java.util.ArrayDeque<>();
    private final long createdEpochMillis;
    private final List<Tab> tabs = new ArrayList<>();
    private Tab activeTab;
    private int cols;
    private int rows;
    private long lastUsedNanos;
    private boolean ended;
    /** The attached client that was active last (window_size latest); read without the lock by the input path. */
    private volatile Attachment lastActive;

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

    void name(String name) {
        this.name = name;
    }

    String startDirectory() {
        return startDirectory;
    }

    void startDirectory(String dir) {
        this.startDirectory = dir;
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

    Attachment lastActive() {
        return lastActive;
    }

    void lastActive(Attachment a) {
        lastActive = a;
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

    /** Make {@code tab} current; the previous current tab becomes the last one (tmux {@code last-window}). */
    void activeTab(Tab tab) {
        if (tab != activeTab && tabs.contains(tab)) {
            lastTabs.remove(tab);
            if (activeTab != null) {
                lastTabs.remove(activeTab);
                lastTabs.push(activeTab);
            }
            activeTab = tab;
        }
    }

    Tab lastTab() {
        return lastTabs.peek();
    }

    /** Add a tab at its index (kept sorted by index); the first tab becomes current. */
    void addTab(Tab tab) {
        tabs.add(tab);
        tabs.sort(Comparator.comparingInt(Tab::index));
        if (activeTab == null) {
            activeTab = tab;
        }
    }

    Tab tabAt(int index) {
        for (Tab t : tabs) {
            if (t.index() == index) {
                return t;
            }
        }
        return null;
    }

    /** The first unused index at or after {@code from}. */
    int freeIndex(int from) {
        int i = Math.max(0, from);
        while (tabAt(i) != null) {
            i++;
        }
        return i;
    }

    /** tmux renumber-windows: indexes become base, base+1, ... in order. */
    void renumber(int base) {
        int i = base;
        for (Tab t : tabs) {
            t.index(i++);
        }
    }

    /** Remove a tab; when it was current, as tmux: the last tab, else the previous by index, else the next. */
    void removeTab(Tab tab) {
        int i = tabs.indexOf(tab);
        if (i < 0) {
            return;
        }
        tabs.remove(i);
        lastTabs.remove(tab);
        if (activeTab == tab) {
            Tab last = lastTabs.poll();
            activeTab = last != null ? last : tabs.isEmpty() ? null : tabs.get(Math.max(0, i - 1));
        }
    }

    Tab tabOf(Pane pane) {
        for (Tab t : tabs) {
            if (t.contains(pane)) {
                return t;
            }
        }
        return null;
    }

    List<Pane> panes() {
        List<Pane> out = new ArrayList<>();
        for (Tab t : tabs) {
            out.addAll(t.panes());
        }
        return out;
    }

    /** The panes a client attached to this session shows: the active tab's visible ones. */
    List<Pane> visiblePanes() {
        return activeTab == null ? List.of() : activeTab.visiblePanes();
    }

    /** Remove a pane, and its tab when that empties. Returns true if the pane was here. */
    boolean remove(Pane pane) {
        Tab t = tabOf(pane);
        if (t == null) {
            return false;
        }
        t.remove(pane);
        if (t.isEmpty()) {
            removeTab(t);
        }
        return true;
    }

    boolean isEmpty() {
        return tabs.isEmpty();
    }

    Pdu.SessionState state() {
        List<Pdu.TabInfo> infos = new ArrayList<>();
        for (Tab t : tabs) {
            infos.add(t.info());
        }
        return new Pdu.SessionState(id, name, cols, rows, infos, activeTab == null ? -1 : activeTab.id());
    }
}
