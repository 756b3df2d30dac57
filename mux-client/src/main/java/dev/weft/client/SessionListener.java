package dev.weft.client;

import dev.weft.protocol.Pdu;

/** Callbacks of an attached session, on the client's I/O thread: keep them short. */
public interface SessionListener {
    void sessionState(Pdu.SessionState state);

    /** The mirror of this pane changed (rows, cursor, modes or title). */
    void paneChanged(PaneMirror pane);

    void paneClosed(int paneId);

    /** The server detached us ({@code reason} as {@link Pdu.Detached}). */
    void detached(String sessionName, String reason);

    /** The connection is gone (server exited, heartbeat lost). */
    void disconnected(String why);

    /** The live options and key tables (on attach and after every change). */
    default void settings(Pdu.ClientSettings settings) {}

    /** The expanded status line. */
    default void status(Pdu.StatusUpdate status) {}

    /** A message for the status line (display-message, a failed command). */
    default void message(String text) {}

    /** A command only the client can carry out (display-panes, clock-mode, command-prompt ...). */
    default void clientCommand(java.util.List<String> argv) {}

    /** A program in a pane set the clipboard (OSC 52) and the server passes it on: {@link dev.weft.protocol.Pdu.SetClipboard}. */
    default void clipboard(String selection, String text) {}
}
