package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * tmux's choose-tree ({@code C-b s}, {@code C-b w}), choose-buffer ({@code C-b =}) and
 * choose-client ({@code C-b D}): a list drawn over the pane area ({@link Overlay.Interactive}),
 * filled from the server's list commands, navigable by keys and mouse, filtered by typing, with a
 * preview of the selected item (see {@link Chooser}).
 *
 * <p>Flags as tmux 3.3a: choose-tree {@code [-GNrswZ] [-F format] [-f filter] [-K key-format]
 * [-O sort-order] [-t target-pane] [template]}, choose-buffer and choose-client
 * {@code [-NrZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]}.
 * {@code -G} (session groups: weft has none), {@code -K} (shortcut keys stay tmux's) and {@code -Z}
 * (the chooser covers the whole pane area already) are accepted and change nothing; {@code -t}
 * is accepted, the chooser always shows over the pane area. {@code -f} filters choose-tree's
 * panes on the server; choose-buffer and choose-client pass it to their list command.
 *
 * <p>Where weft differs from tmux 3.3a, and why:
 * <ul>
 *   <li>{@code /} narrows the list as one types (a case-insensitive substring of the line, parents
 *       of matches kept; Enter keeps it, Escape clears it); tmux's {@code /} is the same search
 *       prompt as {@code C-s}, which weft keeps on {@code C-s} and {@code n}.</li>
 *   <li>The preview shows one pane's screen: the pane's, or for a session or window its active
 *       pane's, with the window's (session) or pane's (window) number in the middle; tmux lays all
 *       of a session's windows or a window's panes side by side. It is read when an item becomes
 *       current and again about every second while shown. A client's preview is its session's active pane.</li>
 *   <li>A click on the current line chooses it (tmux: a double click).</li>
 *   <li>No marked pane ({@code m}, {@code M}) and no preview scrolling ({@code <}, {@code >}); sort
 *       by time uses the session's last use (windows have no activity time, so by index).</li>
 * </ul>
 */
final class Choosers {
    static final String TREE_USAGE = "choose-tree [-GNrswZ] [-F format] [-f filter] [-K key-format] "
            + "[-O sort-order] [-t target-pane] [template]";
    static final String BUFFER_USAGE = "choose-buffer [-NrZ] [-F format] [-f filter] [-K key-format] "
            + "[-O sort-order] [-t target-pane] [template]";
    static final String CLIENT_USAGE = "choose-client [-NrZ] [-F format] [-f filter] [-K key-format] "
            + "[-O sort-order] [-t target-pane] [template]";

    /** The chooser repaints this often, and its preview is read again when older. */
    static final int PREVIEW_TICK_MILLIS = 1000;

    private final AttachedSession session;
    private final SessionView view;
    private final Settings settings;
    private final ClientUi ui;
    private final CommandRunner commands;

    Choosers(AttachedSession session, SessionView view, Settings settings, ClientUi ui, CommandRunner commands) {
        this.session = session;
        this.view = view;
        this.settings = settings;
        this.ui = ui;
        this.commands = commands;
    }

    /** choose-tree, choose-buffer or choose-client with their tmux flags. */
    CompletableFuture<Void> run(List<String> argv) {
        return open(argv, ChooserBackend.of(session, view, ui, settings, commands), view.state(), ui, settings)
                .thenApply(c -> null);
    }

    /**
     * Parse the command, load its list and show the chooser (nothing shows when there is nothing
     * to choose, as tmux). Completes with the chooser, or null when none was shown.
     */
    static CompletableFuture<Chooser> open(List<String> argv, ChooserBackend backend, Pdu.SessionState state,
                                           ClientUi ui, Settings settings) {
        String name = argv.get(0);
        Chooser.Mode mode = switch (name) {
            case "choose-buffer" -> Chooser.Mode.BUFFER;
            case "choose-client" -> Chooser.Mode.CLIENT;
            default -> Chooser.Mode.TREE;
        };
        Args a = switch (mode) {
            case TREE -> Args.parse(argv, "GNrswZF:f:K:O:t:", TREE_USAGE);
            case BUFFER -> Args.parse(argv, "NrZF:f:K:O:t:", BUFFER_USAGE);
            case CLIENT -> Args.parse(argv, "NrZF:f:K:O:t:", CLIENT_USAGE);
        };
        String template = a.rest().isEmpty() ? switch (mode) {
            case TREE -> "switch-client -t '%%'";
            case BUFFER -> "paste-buffer -b '%%'";
            case CLIENT -> "detach-client -t '%%'";
        } : String.join(" ", a.rest());
        String filter = a.has('f') ? a.get('f') : null;
        boolean sessionsCollapsed = a.has('s');
        boolean windowsCollapsed = a.has('w');
        ChooserBackend b = mode == Chooser.Mode.TREE || filter == null ? backend : ChooserBackend.filtered(backend, filter);
        Chooser chooser = new Chooser(mode, b, ui, settings, template, a.has('F') ? a.get('F') : null,
                mode == Chooser.Mode.TREE ? filter : null, items -> {
                    for (ChooserItem item : ChooserTree.all(items)) {
                        if (item.kind == ChooserItem.Kind.SESSION) {
                            item.expanded = !sessionsCollapsed;
                        } else if (item.kind == ChooserItem.Kind.WINDOW) {
                            item.expanded = !windowsCollapsed;
                        }
                    }
                    return items;
                });
        ChooserTree tree = chooser.tree();
        if (a.has('N')) {
            tree.preview(false);
        }
        if (a.has('O')) {
            tree.sortBy(a.get('O'));
        }
        if (a.has('r')) {
            tree.reverse();
        }
        return chooser.load(startKey(mode, state, sessionsCollapsed, windowsCollapsed)).thenApply(any -> {
            if (!any) {
                return null;
            }
            ui.overlay(chooser, 0, PREVIEW_TICK_MILLIS);
            return chooser;
        });
    }

    /** The item selected first: as tmux, the client's session (-s), window (-w) or pane. */
    static String startKey(Chooser.Mode mode, Pdu.SessionState state, boolean sessions, boolean windows) {
        if (mode != Chooser.Mode.TREE || state == null) {
            return null;
        }
        if (sessions) {
            return "$" + state.sessionId();
        }
        if (windows) {
            return "@" + state.activeTabId();
        }
        for (Pdu.TabInfo tab : state.tabs()) {
            if (tab.tabId() == state.activeTabId()) {
                return tab.panes().size() > 1 ? "%" + tab.activePaneId() : "@" + tab.tabId();
            }
        }
        return "$" + state.sessionId();
    }
}
