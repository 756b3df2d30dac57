package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copy mode's lines: the screen as it was at entry (from the pane's mirror) and the history above
 * it, fetched from the server a page of {@value #PAGE} lines at a time around the view, never the
 * whole history. At most {@value #MAX_PAGES} pages are kept; the ones farthest from the view go
 * first. The first request counts from the screen ({@code fromScreen}, negative first) and tells
 * the history's bounds; until it is answered there is no history. A missing line is null (drawn
 * blank) until its page arrives, then {@code changed} runs. Thread-safe.
 */
final class HistoryPages implements CopyLines {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryPages.class);
    static final int PAGE = 200;
    static final int MAX_PAGES = 16;

    /** How pages are fetched: {@link dev.weft.client.AttachedSession#history}'s shape. */
    interface Fetch {
        CompletableFuture<Pdu.HistoryLines> history(long first, int count, boolean fromScreen);
    }

    private final Fetch fetch;
    private final Runnable changed;
    private final int cols;
    private final List<Pdu.StyledLine> screen;
    private final Map<Long, Pdu.StyledLine[]> pages = new HashMap<>();
    private final Set<Long> inFlight = new HashSet<>();
    private final Map<Long, Pdu.StyledLine> aside = new HashMap<>();
    private boolean known;
    private long historyStart;
    private long historyEnd;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    HistoryPages(int cols, List<Pdu.StyledLine> screen, Fetch fetch, Runnable changed) {
        this.cols = cols;
        this.screen = List.copyOf(screen);
        this.fetch = fetch;
        this.changed = changed;
    }

    /** Ask for the bounds and the page just above the screen; completes when they are known. */
    CompletableFuture<Void> start() {
        fetch.history(-PAGE, PAGE, true).whenComplete((answer, error) -> {
            if (error != null) {
                LOG.info("copy mode: no history from the server ({}); the screen only", error.getMessage());
                synchronized (this) {
                    known = true;
                    historyStart = 0;
                    historyEnd = 0;
                }
            } else {
                synchronized (this) {
                    known = true;
                    historyStart = answer.historyStart();
                    historyEnd = answer.historyEnd();
                    long abs = answer.first();
                    for (Pdu.StyledLine l : answer.lines()) {
                        if (abs < historyEnd) {
                            aside.put(abs, l); // not a whole aligned page: kept aside until its page comes
                        }
                        abs++;
                    }
                }
            }
            ready.complete(null);
            changed.run();
        });
        return ready;
    }

    CompletableFuture<Void> ready() {
        return ready;
    }

    /** The absolute line number of screen row 0 (0 until known). */
    synchronized long historyEnd() {
        return historyEnd;
    }

    @Override
    public int cols() {
        return cols;
    }

    @Override
    public int rows() {
        return screen.size();
    }

    @Override
    public synchronized long historySize() {
        return known ? Math.max(0, historyEnd - historyStart) : 0;
    }

    @Override
    public synchronized Pdu.StyledLine line(long y) {
        if (y >= 0) {
            return y < screen.size() ? screen.get((int) y) : null;
        }
        if (!known) {
            return null;
        }
        long abs = historyEnd + y;
        if (abs < historyStart) {
            return null;
        }
        Pdu.StyledLine[] page = pages.get(Math.floorDiv(abs, PAGE));
        if (page == null) {
            return aside.get(abs);
        }
        return page[(int) (abs - Math.floorDiv(abs, PAGE) * PAGE)];
    }

    /**
     * Make sure the pages holding lines {@code fromY}..{@code toY} (and one page on either side)
     * are here or on their way; forget the farthest when over the limit.
     */
    void want(long fromY, long toY) {
        List<Long> ask = new ArrayList<>();
        synchronized (this) {
            if (!known) {
                return;
            }
            long first = Math.max(historyStart, historyEnd + fromY - PAGE);
            long last = Math.min(historyEnd - 1, historyEnd + toY + PAGE);
            if (last < first) {
                return;
            }
            for (long p = Math.floorDiv(first, PAGE); p <= Math.floorDiv(last, PAGE); p++) {
                if (!pages.containsKey(p) && inFlight.add(p)) {
                    ask.add(p);
                }
            }
            long centre = Math.floorDiv(historyEnd + (fromY + toY) / 2, PAGE);
            while (pages.size() + inFlight.size() > MAX_PAGES && !pages.isEmpty()) {
                long far = pages.keySet().stream().max((a, b) -> Long.compare(Math.abs(a - centre), Math.abs(b - centre)))
                        .orElseThrow();
                pages.remove(far);
            }
        }
        for (long p : ask) {
            fetch.history(p * PAGE, PAGE, false).whenComplete((answer, error) -> {
                synchronized (this) {
                    inFlight.remove(p);
                    if (error != null) {
                        LOG.info("copy mode: history lines {}.. not fetched: {}", p * PAGE, error.getMessage());
                        pages.put(p, new Pdu.StyledLine[PAGE]); // blank rather than asking again and again
                    } else {
                        store(answer);
                    }
                }
                changed.run();
            });
        }
    }

    /** How many pages are held and in flight (tests). */
    synchronized int pagesHeld() {
        return pages.size() + inFlight.size();
    }

    private void store(Pdu.HistoryLines answer) {
        long abs = answer.first();
        for (Pdu.StyledLine l : answer.lines()) {
            if (abs >= historyEnd) {
                break; // the screen as it is now: copy mode keeps the one it froze
            }
            long p = Math.floorDiv(abs, PAGE);
            pages.computeIfAbsent(p, k -> new Pdu.StyledLine[PAGE])[(int) (abs - p * PAGE)] = l;
            abs++;
        }
    }
}
