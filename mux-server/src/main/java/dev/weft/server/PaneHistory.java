package dev.weft.server;

import dev.weft.emulator.Line;
import dev.weft.emulator.Terminal;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves copy mode and choosers: a pane's history and screen by absolute line number
 * ({@link Pdu.GetHistory}) and search in them ({@link Pdu.SearchHistory}). Runs on the asking
 * client's event loop under the pane's lock, one bounded range at a time; searches run on their
 * own thread ({@link #searchInBackground}).
 *
 * <p>Numbers: history line i (0 the oldest retained) is {@code pushedTotal - size + i}, screen
 * row r is {@code pushedTotal + r} ({@link Terminal#scrollbackPushedTotal()}).
 */
final class PaneHistory {
    private static final Logger LOG = LoggerFactory.getLogger(PaneHistory.class);
    /** Most lines in one {@link Pdu.HistoryLines}. */
    static final int MAX_LINES = 1000;

    /** Searches that may wait, all clients together. */
    static final int QUEUE = 64;

    /**
     * Searches run here, one at a time, not on a netty event loop: a search over a long history
     * (or a slow pattern, up to its step budget) must not delay the frames of the clients that
     * share the loop. At most {@link #QUEUE} wait; more are refused (busy).
     */
    private static final ThreadPoolExecutor SEARCHES = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "history-search");
                t.setDaemon(true);
                return t;
            });
    static {
        SEARCHES.allowCoreThreadTimeOut(true);
    }

    private PaneHistory() {}

    /**
     * {@link #search} away from the caller's thread; {@code reply} gets the SearchResult or an
     * ErrorReply (bad regex, too slow, too many searches queued).
     */
    static void searchInBackground(Pane pane, Pdu.SearchHistory request, Consumer<Pdu> reply) {
        try {
            SEARCHES.execute(() -> {
                try {
                    reply.accept(search(pane, request));
                } catch (MuxException e) {
                    reply.accept(new Pdu.ErrorReply(request.requestId(), e.code(), e.getMessage()));
                } catch (RuntimeException e) {
                    LOG.error("search in pane {} failed", pane.id(), e);
                    reply.accept(new Pdu.ErrorReply(request.requestId(), "internal-error",
                            "the server failed to search (see the server log)"));
                }
            });
        } catch (RejectedExecutionException e) {
            reply.accept(new Pdu.ErrorReply(request.requestId(), "busy",
                    "search: too many searches waiting; try again"));
        }
    }

    /**
     * The lines asked for (at most 1,000), with the pane's history bounds and cursor. Lines before
     * the oldest retained one or after the screen's last row are left out; {@code first} of the
     * answer is the number of its first line (the request's, moved up to {@code historyStart}
     * when that was trimmed).
     */
    static Pdu.HistoryLines lines(Pane pane, Pdu.GetHistory request) {
        return lines(pane.screen(), request);
    }

    static Pdu.HistoryLines lines(PaneScreen screen, Pdu.GetHistory request) {
        int count = Math.max(0, Math.min(request.count(), MAX_LINES));
        return screen.read(t -> {
            long end = t.scrollbackPushedTotal();
            int size = t.scrollbackSize();
            long start = end - size;
            int rows = t.rows();
            long asked = request.fromScreen() ? saturatedAdd(end, request.first()) : request.first();
            long from = Math.max(asked, start);
            long to = Math.min(saturatedAdd(asked, count), end + rows);
            List<Pdu.StyledLine> out = new ArrayList<>();
            for (long n = from; n < to; n++) {
                out.add(StyledLines.of(n < end ? t.scrollbackLine((int) (n - start)) : t.line((int) (n - end))));
            }
            return new Pdu.HistoryLines(request.requestId(), request.paneId(), from, start, end, rows,
                    t.cursorRow(), t.cursorCol(), out);
        });
    }

    /**
     * The next match from the request's position, wrapping around; found false when none. A bad
     * regex is a MuxException {@code bad-regex}; a pattern that takes too long (catastrophic
     * backtracking) is {@code search-too-slow}. The lines are copied under the pane's lock
     * (history lines are immutable and shared, so that is a list copy); the search runs outside it.
     */
    static Pdu.SearchResult search(Pane pane, Pdu.SearchHistory request) throws MuxException {
        return search(pane.screen(), request);
    }

    static Pdu.SearchResult search(PaneScreen screen, Pdu.SearchHistory request) throws MuxException {
        HistorySearch.Query query = HistorySearch.Query.of(request.query(), request.regex(), request.ignoreCase());
        HistorySearch.Lines lines = screen.read(t -> copy(t, request.endLine()));
        HistorySearch.Match m = HistorySearch.find(lines, query, request.fromLine(), request.fromCol(), request.backward());
        if (m == null) {
            return new Pdu.SearchResult(request.requestId(), request.paneId(), false, 0, 0, 0, false);
        }
        return new Pdu.SearchResult(request.requestId(), request.paneId(), true, m.line(), m.col(), m.cells(), m.wrapped());
    }

    /** The lines of [historyStart, min(endLine, screen end)) (endLine -1: no limit). Under the pane's lock. */
    private static HistorySearch.Lines copy(Terminal t, long endLine) {
        long end = t.scrollbackPushedTotal();
        int size = t.scrollbackSize();
        long start = end - size;
        long screenEnd = end + t.rows();
        long hi = endLine < 0 ? screenEnd : Math.min(endLine, screenEnd);
        List<Line> lines = new ArrayList<>();
        if (hi > start) {
            lines.addAll(t.scrollbackLines(0, (int) Math.min(size, hi - start)));
            for (long n = end; n < hi; n++) {
                lines.add(t.line((int) (n - end)));
            }
        }
        return new HistorySearch.Lines(start, lines);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }
}
