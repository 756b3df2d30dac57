package dev.weft.client;

import java.util.Collection;

/** The attached side of a {@link MuxClient}: mirrors of the session's panes, input, resize, detach. */
public interface AttachedSession {
    int sessionId();

    String sessionName();

    /** The last {@link dev.weft.protocol.Pdu.SessionState} received (tabs, layout), or null before the first. */
    default dev.weft.protocol.Pdu.SessionState sessionState() {
        return null;
    }

    /** Mirrors of the panes of the active tab, by pane id. */
    Collection<PaneMirror> panes();

    PaneMirror pane(int paneId);

    /** Send bytes to a pane; returns the input's serial. */
    long sendInput(int paneId, byte[] data);

    /** The client's pane area (terminal minus status line) changed size. */
    void resize(int cols, int rows);

    /** Ask the server to detach us; {@link SessionListener#detached} follows. */
    void detach();

    /**
     * Run one command on the server in this client's context (its session, {@code contextPaneId}
     * or its active pane when -1). Never blocks: the future completes with the command's output,
     * or exceptionally with a {@link ClientException} carrying the server's one-line message.
     */
    default java.util.concurrent.CompletableFuture<String> runCommand(java.util.List<String> argv, int contextPaneId) {
        return java.util.concurrent.CompletableFuture.failedFuture(new ClientException("commands are not supported here"));
    }

    /**
     * Lines of a pane's history and screen by absolute number ({@link dev.weft.protocol.Pdu.GetHistory}):
     * at most 1,000 per call. Never blocks; fails with a {@link ClientException}.
     */
    default java.util.concurrent.CompletableFuture<dev.weft.protocol.Pdu.HistoryLines> history(
            int paneId, long first, int count, boolean fromScreen) {
        return java.util.concurrent.CompletableFuture.failedFuture(new ClientException("history is not supported here"));
    }

    /** The next match in a pane's history and screen ({@link dev.weft.protocol.Pdu.SearchHistory}). Never blocks. */
    default java.util.concurrent.CompletableFuture<dev.weft.protocol.Pdu.SearchResult> search(
            dev.weft.protocol.Pdu.SearchHistory request) {
        return java.util.concurrent.CompletableFuture.failedFuture(new ClientException("search is not supported here"));
    }
}
