package dev.weft.server;

import dev.weft.protocol.Pdu;

/**
 * Serves copy mode and choosers: a pane's history and screen by absolute line number
 * ({@link Pdu.GetHistory}) and search in them ({@link Pdu.SearchHistory}). Runs on the asking
 * client's event loop under the pane's lock, one bounded range at a time.
 */
final class PaneHistory {
    private PaneHistory() {}

    /** The lines asked for (at most 1,000), with the pane's history bounds and cursor. */
    static Pdu.HistoryLines lines(Pane pane, Pdu.GetHistory request) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The next match from the request's position, wrapping around; found false when none. */
    static Pdu.SearchResult search(Pane pane, Pdu.SearchHistory request) {
        throw new UnsupportedOperationException("not built yet");
    }
}
