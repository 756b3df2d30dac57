package dev.weft.server;

import java.util.List;

/** A client attached to a session, as the {@link Mux} sees it. Calls must not block. */
interface Attachment {
    /** The session's shape (tabs, panes, size, names, flags) changed. */
    void layoutChanged(Session session);

    /** The session is gone (last pane exited or killed). */
    void sessionEnded(Session session);

    /** Options or key tables changed: send ClientSettings and a fresh status line. */
    default void settingsChanged() {}

    /** Periodic: recompute the status line and send it if it changed (or its interval passed). */
    default void statusTick() {}

    /** display-message: show text in the client's status line. */
    default void showMessage(String text) {}

    /** A command only the client carries out (display-panes, clock-mode, command-prompt ...). */
    default void clientCommand(List<String> argv) {}

    /** detach-client: detach this client from its session. */
    default void detachClient() {}

    /** A program in a pane this client shows set the clipboard (OSC 52, with set_clipboard on). */
    default void clipboard(String selection, String text) {}

    /** This client's size for {@code window_size} ({@link SizePolicy}), or null when it has none. */
    default SizePolicy.ClientSize clientSize() {
        return null;
    }
}
