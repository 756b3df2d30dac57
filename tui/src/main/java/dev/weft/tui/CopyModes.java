package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copy mode on the client (tmux's window-copy.c): for each pane in it, a frozen view of the pane's
 * history and screen, fetched from the server a range at a time, with a cursor, a selection and
 * search. Keys reach it through the {@code copy-mode} / {@code copy-mode-vi} key tables, whose
 * bindings are {@code send-keys -X COMMAND}, exactly as tmux's; the mouse through
 * {@link #wheel} and the drag methods. Copying makes a paste buffer on the server
 * ({@code set-buffer}) and, with {@code set_clipboard}, sets the outer terminal's clipboard
 * (OSC 52, through {@link ClientUi#toTerminal}).
 *
 * <p>Called from the input thread (keys, mouse), the client's I/O thread (history pages and
 * search answers arriving) and the render thread ({@link #view}); each pane's state is used under
 * its own lock. Commands sent before the history's bounds are known wait for them, in order.
 */
final class CopyModes {
    private static final Logger LOG = LoggerFactory.getLogger(CopyModes.class);

    private final AttachedSession session;
    private final SessionView view;
    private final Settings settings;
    private final ClientUi ui;
    private final Map<Integer, CopyPane> panes = new ConcurrentHashMap<>();

    CopyModes(AttachedSession session, SessionView view, Settings settings, ClientUi ui) {
        this.session = session;
        this.view = view;
        this.settings = settings;
        this.ui = ui;
    }

    /** Whether {@code paneId} is in copy mode. */
    boolean active(int paneId) {
        return panes.containsKey(paneId);
    }

    /**
     * The key table a key for {@code paneId} is looked up in instead of {@code root}:
     * {@code copy-mode-vi} or {@code copy-mode} (option {@code mode_keys}) while the pane is in
     * copy mode, else null. Keys bound nowhere there are dropped, as tmux.
     */
    String keyTable(int paneId) {
        if (!active(paneId)) {
            return null;
        }
        return vi() ? "copy-mode-vi" : "copy-mode";
    }

    /** Option mode_keys as the server resolved it (its default comes from $VISUAL / $EDITOR). */
    private boolean vi() {
        return "vi".equals(settings.get().text("mode_keys"));
    }

    /** {@code copy-mode [-eHMqu] [-s src-pane] [-t target-pane]} for the active pane {@code activePaneId}. */
    CompletableFuture<Void> copyMode(List<String> argv, int activePaneId) {
        Args a = Args.parse(argv, "eHMqus:t:", "copy-mode [-eHMqu] [-s src-pane] [-t target-pane]");
        int paneId = a.has('t') ? target(a.get('t'), activePaneId) : activePaneId;
        if (a.has('q')) {
            leave(paneId);
            return done();
        }
        CopyPane p = panes.get(paneId);
        if (p == null) {
            p = enter(paneId);
            if (p == null) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("copy-mode: no pane to copy from"));
            }
            synchronized (p) {
                p.scrollExit = a.has('e');
            }
        }
        if (a.has('u')) {
            return then(p, "page-up", null, 1);
        }
        return done();
    }

    /** {@code %ID}, or the active pane for the forms the client cannot resolve itself. */
    private static int target(String t, int activePaneId) {
        if (t.startsWith("%")) {
            try {
                return Integer.parseInt(t.substring(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("copy-mode: can't find pane: " + t);
            }
        }
        if (t.isEmpty() || t.equals(".") || t.equals("!")) {
            return activePaneId;
        }
        throw new IllegalArgumentException("copy-mode: can't find pane: " + t + " (the client takes %ID)");
    }

    private CopyPane enter(int paneId) {
        PaneMirror mirror = view.mirror(paneId);
        if (mirror == null) {
            return null;
        }
        List<Pdu.StyledLine> screen = new ArrayList<>();
        for (int r = 0; r < mirror.rows(); r++) {
            screen.add(mirror.line(r));
        }
        Pdu.CursorState c = mirror.cursor();
        CopyPane[] made = new CopyPane[1];
        HistoryPages pages = new HistoryPages(mirror.cols(), screen,
                (first, count, fromScreen) -> session.history(paneId, first, count, fromScreen),
                () -> {
                    CopyPane p = made[0];
                    if (p != null) {
                        synchronized (p) {
                            p.changed();
                        }
                    }
                    ui.overlayChanged();
                });
        CopyMode mode = new CopyMode(pages, vi(), c == null ? 0 : c.row(), c == null ? 0 : c.col());
        CopyPane p = new CopyPane(paneId, mode, pages);
        made[0] = p;
        CopyPane raced = panes.putIfAbsent(paneId, p);
        if (raced != null) {
            return raced;
        }
        pages.start();
        ui.overlayChanged();
        return p;
    }

    /** Leave copy mode in {@code paneId}: the live pane shows again. */
    private void leave(int paneId) {
        if (panes.remove(paneId) != null) {
            ui.overlayChanged();
        }
    }

    /**
     * {@code send-keys -X [-N count] COMMAND [ARG]} (cursor-up, begin-selection,
     * copy-selection-and-cancel, search-backward ...) for {@code paneId}, which is in copy mode.
     * {@code send-keys -N count} alone (the repeat prompt's) gives the next command its count.
     */
    CompletableFuture<Void> sendKeysX(List<String> argv, int paneId) {
        Args a = Args.parse(argv, "FHKlMRXN:t:c:", "send-keys [-FHKlMRX] [-c target-client] [-N repeat-count] [-t target-pane] key ...");
        int pane = a.has('t') ? target(a.get('t'), paneId) : paneId;
        CopyPane p = panes.get(pane);
        if (p == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("not in a mode"));
        }
        int count = 0;
        if (a.has('N')) {
            try {
                count = Integer.parseInt(a.get('N').trim());
            } catch (NumberFormatException e) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("repeat count invalid: " + a.get('N')));
            }
            if (count < 1) {
                return CompletableFuture.failedFuture(new IllegalArgumentException("repeat count invalid: " + a.get('N')));
            }
        }
        if (!a.has('X')) {
            if (a.rest().isEmpty() && count > 0) {
                synchronized (p) {
                    p.prefixCount = count;
                }
            }
            return done();
        }
        if (a.rest().isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("no command specified"));
        }
        String command = a.rest().get(0);
        String argument = a.rest().size() > 1 ? a.rest().get(1) : null;
        boolean formats = a.has('F');
        int n = count;
        return chained(p, () -> {
            String arg = argument;
            if (formats) {
                synchronized (p) {
                    arg = p.expand(argument);
                }
            }
            return execute(p, command, arg, n);
        });
    }

    /** Whether {@code argv} (a send-keys) is for copy mode: -X, or -N alone for a pane in it. */
    boolean takesSendKeys(List<String> argv, int paneId) {
        try {
            Args a = Args.parse(argv, "FHKlMRXN:t:c:", "send-keys");
            if (a.has('X')) {
                return true; // -X alone or grouped (-FX, as vi's * and # bindings)
            }
            return active(paneId) && a.has('N') && a.rest().isEmpty();
        } catch (IllegalArgumentException e) {
            return argv.contains("-X");
        }
    }

    /** The text of {@code format} for a pane in copy mode (copy_cursor_word, pane_search_string...); as given otherwise. */
    String expand(String format, int paneId) {
        CopyPane p = panes.get(paneId);
        if (p == null) {
            return format;
        }
        synchronized (p) {
            return p.expand(format);
        }
    }

    private CompletableFuture<Void> then(CopyPane p, String command, String argument, int count) {
        return chained(p, () -> execute(p, command, argument, count));
    }

    /** Run {@code step} after what this pane's copy mode was given before (and after its history bounds). */
    private CompletableFuture<Void> chained(CopyPane p, java.util.function.Supplier<CompletableFuture<Void>> step) {
        CompletableFuture<Void> next;
        synchronized (p) {
            next = p.chain.thenCompose(x -> panes.get(p.paneId) == p ? step.get() : done());
            // one failure (a message shown) does not stop the commands after it
            p.chain = next.exceptionally(e -> null);
        }
        return next;
    }

    private CompletableFuture<Void> execute(CopyPane p, String command, String argument, int count) {
        CopyPane.Effect effect;
        synchronized (p) {
            int n = count > 0 ? count : Math.max(1, p.prefixCount);
            p.prefixCount = 0;
            effect = p.run(command, argument, n);
        }
        ui.overlayChanged();
        return apply(p, effect);
    }

    private CompletableFuture<Void> apply(CopyPane p, CopyPane.Effect effect) {
        if (effect instanceof CopyPane.Effect.Cancel) {
            leave(p.paneId);
        } else if (effect instanceof CopyPane.Effect.Refresh) {
            refresh(p.paneId, p);
        } else if (effect instanceof CopyPane.Effect.Message m) {
            message(m.text());
        } else if (effect instanceof CopyPane.Effect.Copy c) {
            if (c.cancel()) {
                leave(p.paneId);
            }
            return copy(p.paneId, c.text(), c.append());
        } else if (effect instanceof CopyPane.Effect.Search s) {
            return search(p, s);
        }
        return done();
    }

    /** Make a paste buffer of {@code text} on the server and, with set_clipboard, the outer terminal's clipboard. */
    private CompletableFuture<Void> copy(int paneId, String text, boolean append) {
        if (settings.get().bool("set_clipboard")) {
            ui.toTerminal(Osc52.set("", text));
        }
        List<String> argv = append ? List.of("set-buffer", "-a", "--", text) : List.of("set-buffer", "--", text);
        return session.runCommand(argv, paneId).thenApply(out -> (Void) null);
    }

    private CompletableFuture<Void> search(CopyPane p, CopyPane.Effect.Search s) {
        long historyEnd = p.pages.historyEnd();
        long endLine = historyEnd + p.mode.lines().rows();
        boolean ignoreCase = CopyPane.ignoreCase(s.query());
        Pdu.SearchHistory request = new Pdu.SearchHistory(0, p.paneId, s.query(), historyEnd + s.fromY(), s.fromX(),
                s.backward(), s.regex(), ignoreCase, endLine);
        return session.search(request).handle((result, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                LOG.debug("copy mode search failed", cause);
                message(cause.getMessage() == null ? "search failed" : cause.getMessage());
                return null;
            }
            synchronized (p) {
                if (result.found()) {
                    long y = result.line() - historyEnd;
                    p.mode.moveTo(y, result.col());
                    p.current = new CopyView.Match(y, result.col(), result.cells());
                    p.highlight = CopyPane.pattern(s.query(), s.regex());
                } else {
                    p.current = null;
                    p.highlight = null;
                }
                p.changed();
            }
            if (!result.found()) {
                message("No match");
            } else if (result.wrapped()) {
                message("Search wrapped");
            }
            ui.overlayChanged();
            return null;
        });
    }

    private void message(String text) {
        ui.message(text, settings.get().millis("display_time"));
    }

    /**
     * What to draw for {@code paneId} instead of its mirror while in copy mode (the view's rows
     * with selection, search matches and the position indicator, and the copy cursor), else null.
     */
    PaneMirror view(int paneId) {
        CopyPane p = panes.get(paneId);
        if (p == null) {
            return null;
        }
        PaneMirror live = view.mirror(paneId);
        if (live != null && (live.cols() != p.mode.lines().cols() || live.rows() != p.mode.lines().rows())) {
            refresh(paneId, p); // the pane was resized: a view of the old size would not fit
            p = panes.get(paneId);
            if (p == null) {
                return null;
            }
        }
        synchronized (p) {
            return p.view(live);
        }
    }

    /** Freeze the pane again (refresh-from-pane, a resize), keeping the scroll position and cursor where they fit. */
    private void refresh(int paneId, CopyPane old) {
        if (!panes.remove(paneId, old)) {
            return;
        }
        CopyPane fresh = enter(paneId);
        if (fresh == null) {
            return;
        }
        long oy;
        boolean exit;
        synchronized (old) {
            oy = old.mode.oy();
            exit = old.scrollExit;
        }
        synchronized (fresh) {
            fresh.scrollExit = exit;
        }
        then(fresh, "goto-line", Long.toString(oy), 1);
    }

    /** The mouse wheel over a pane not asking for the mouse: {@code lines} up (negative: down), entering copy mode (-e) when going up. */
    void wheel(int paneId, int lines) {
        CopyPane p = panes.get(paneId);
        if (p == null) {
            if (lines <= 0) {
                return;
            }
            p = enter(paneId);
            if (p == null) {
                return;
            }
            synchronized (p) {
                p.scrollExit = true;
            }
        }
        if (lines > 0) {
            then(p, "scroll-up", null, lines);
        } else if (lines < 0) {
            then(p, "scroll-down", null, -lines);
        }
    }

    /** A mouse drag selecting text starts at a pane's cell (enters copy mode when needed). */
    void dragBegin(int paneId, int col, int row) {
        CopyPane p = panes.get(paneId);
        if (p == null) {
            p = enter(paneId);
            if (p == null) {
                return;
            }
        }
        CopyPane pane = p;
        chained(pane, () -> {
            synchronized (pane) {
                pane.mode.clearSelection();
                place(pane, col, row);
                pane.mode.beginSelection();
                pane.changed();
            }
            ui.overlayChanged();
            return done();
        });
    }

    /** The drag moved to this cell of the pane (outside the pane: clamped, scrolling at the edges). */
    void dragTo(int paneId, int col, int row) {
        CopyPane p = panes.get(paneId);
        if (p == null) {
            return;
        }
        chained(p, () -> {
            synchronized (p) {
                place(p, col, row);
                p.changed();
            }
            ui.overlayChanged();
            return done();
        });
    }

    private static void place(CopyPane p, int col, int row) {
        CopyMode m = p.mode;
        int rows = m.lines().rows();
        if (row < 0) {
            m.scrollUp(1);
            row = 0;
        } else if (row >= rows) {
            m.scrollDown(1);
            row = rows - 1;
        }
        int x = Math.max(0, Math.min(col, m.lines().cols() - 1));
        m.moveTo(m.lineAt(row), x);
    }

    /** The button was released: copy the selection and leave copy mode, as tmux's MouseDragEnd1Pane. */
    void dragEnd(int paneId, int col, int row) {
        CopyPane p = panes.get(paneId);
        if (p == null) {
            return;
        }
        dragTo(paneId, col, row);
        then(p, "copy-pipe-and-cancel", null, 1);
    }

    /** The pane is gone or no longer shown: its copy mode ends. */
    void paneClosed(int paneId) {
        panes.remove(paneId);
    }

    /** Refresh a pane in copy mode from the pane as it is now (refresh-from-pane). */
    CompletableFuture<Void> refreshFromPane(int paneId) {
        CopyPane p = panes.get(paneId);
        if (p != null) {
            refresh(paneId, p);
        }
        return done();
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
