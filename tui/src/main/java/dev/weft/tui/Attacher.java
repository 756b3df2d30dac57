package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.ClientException;
import dev.weft.client.SessionListener;

/**
 * Attaches to a session once the TUI knows the size of its pane area (the outer terminal minus
 * the status line). The cli supplies it, typically as a call to {@code MuxClient.attach}.
 */
@FunctionalInterface
public interface Attacher {
    AttachedSession attach(int cols, int rows, SessionListener listener) throws ClientException;
}
