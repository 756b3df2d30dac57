package dev.weft.tui;

import dev.weft.client.AttachedSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * tmux's choose-tree ({@code C-b s}, {@code C-b w}), choose-buffer ({@code C-b =}) and
 * choose-client ({@code C-b D}): a list drawn over the pane area ({@link Overlay.Interactive}),
 * filled from the server's list commands, navigable by keys and mouse, filtered by typing, with a
 * preview of the selected item.
 */
final class Choosers {
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
        return CompletableFuture.failedFuture(new IllegalArgumentException(argv.get(0) + ": not built yet"));
    }
}
