package dev.weft.server;

/** A client attached to a session, as the {@link Mux} sees it. Calls must not block. */
interface Attachment {
    /** The session's shape (tabs, panes, size) changed. */
    void layoutChanged(Session session);

    /** The session is gone (last pane exited or killed). */
    void sessionEnded(Session session);
}
