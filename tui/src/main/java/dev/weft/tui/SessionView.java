package dev.weft.tui;

import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the client knows of the attached session, as the listener reported it: the session's shape,
 * the mirrors of the visible panes, which tab was active before (tmux's "last" tab). Written on
 * the client's I/O thread, read by the render and input threads.
 */
final class SessionView {
    private final Map<Integer, PaneMirror> mirrors = new ConcurrentHashMap<>();
    private volatile Pdu.SessionState state;
    private volatile int lastTabId = -1;
    /** Where the session sat in the pane area at the last frame (several clients of other sizes). */
    private volatile Viewport viewport;

    /** Take the session's new shape; returns true when it is another session (switch-client). */
    synchronized boolean state(Pdu.SessionState next) {
        Pdu.SessionState previous = state;
        boolean switched = previous != null && previous.sessionId() != next.sessionId();
        if (switched) {
            // another session replaces everything: its tabs, panes and "last" tab are its own
            previous = null;
            lastTabId = -1;
            mirrors.clear();
        }
        if (previous != null && previous.activeTabId() != next.activeTabId()) {
            lastTabId = previous.activeTabId();
        }
        boolean lastStillExists = next.tabs().stream().anyMatch(t -> t.tabId() == lastTabId);
        if (!lastStillExists) {
            lastTabId = -1;
        }
        state = next;
        // mirrors follow the active tab (the client drops the others; a tab switched back to
        // comes with new mirrors): forget the rest
        Pdu.TabInfo active = activeTab();
        if (active != null) {
            java.util.Set<Integer> visible = new java.util.HashSet<>();
            active.panes().forEach(g -> visible.add(g.paneId()));
            mirrors.keySet().retainAll(visible);
        }
        return switched;
    }

    Pdu.SessionState state() {
        return state;
    }

    /**
     * Where the session was drawn in the pane area at the last frame: the offset of a session larger
     * than the terminal, the outside of a smaller one. The mouse hit-tests through it. Null before
     * the first frame.
     */
    Viewport viewport() {
        return viewport;
    }

    void viewport(Viewport v) {
        viewport = v;
    }

    int lastTabId() {
        return lastTabId;
    }

    void mirror(PaneMirror pane) {
        mirrors.put(pane.paneId(), pane);
    }

    void removed(int paneId) {
        mirrors.remove(paneId);
    }

    PaneMirror mirror(int paneId) {
        return mirrors.get(paneId);
    }

    /** The session's active tab, or null before the first state. */
    Pdu.TabInfo activeTab() {
        Pdu.SessionState s = state;
        if (s == null) {
            return null;
        }
        for (Pdu.TabInfo tab : s.tabs()) {
            if (tab.tabId() == s.activeTabId()) {
                return tab;
            }
        }
        return null;
    }

    /** The pane keys go to: the active tab's active pane; before any state, the only pane known; else -1. */
    int activePaneId() {
        Pdu.TabInfo tab = activeTab();
        if (tab != null) {
            return tab.activePaneId();
        }
        if (mirrors.size() == 1) {
            return mirrors.keySet().iterator().next();
        }
        return -1;
    }

    /**
     * Where the visible panes sit inside a pane area of {@code cols} x {@code rows}: the active tab's
     * geometry; before any state, the only pane known fills the area.
     */
    List<Pdu.PaneGeometry> placements(int cols, int rows) {
        Pdu.TabInfo tab = activeTab();
        if (tab != null) {
            return tab.panes();
        }
        int only = activePaneId();
        return only < 0 ? List.of() : List.of(new Pdu.PaneGeometry(only, 0, 0, cols, rows));
    }
}
