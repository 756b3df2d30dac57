package dev.weft.server;

import java.util.concurrent.atomic.AtomicInteger;

/** Session, tab and pane numbers: unique within the server, never reused while it runs. */
final class Ids {
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger tabs = new AtomicInteger();
    private final AtomicInteger panes = new AtomicInteger();
    private final AtomicInteger slots = new AtomicInteger();

    int nextSession() {
        return sessions.getAndIncrement();
    }

    int nextTab() {
        return tabs.getAndIncrement();
    }

    int nextPane() {
        return panes.getAndIncrement();
    }

    /** A place in a tab's layout tree (panes may move between places: swap-pane, join-pane). */
    int nextSlot() {
        return slots.getAndIncrement();
    }
}
