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
}
