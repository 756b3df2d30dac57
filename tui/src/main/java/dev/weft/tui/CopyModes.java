package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.PaneMirror;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Copy mode on the client (tmux's window-copy.c): for each pane in it, a frozen view of the pane's
 * history and screen, fetched from the server a range at a time, with a cursor, a selection and
 * search. Keys reach it through the {@code copy-mode} / {@code copy-mode-vi} key tables, whose
 * bindings are {@code send-keys -X COMMAND}, exactly as tmux's; the mouse through
 * {@link #wheel} and the drag methods. Copying makes a paste buffer on the server
 * ({@code set-buffer}) and, with {@code set_clipboard}, sets the outer terminal's clipboard
 * (OSC 52, through {@link ClientUi#toTerminal}).
 *
 * <p>Called from the input thread (keys, mouse) and the render thread ({@link #view}).
 */
final class CopyModes {
    private final AttachedSession session;
    private final SessionView view;
    private final Settings settings;
    private final ClientUi ui;

    CopyModes(AttachedSession session, SessionView view, Settings settings, ClientUi ui) {
        this.session = session;
        this.view = view;
        this.settings = settings;
        this.ui = ui;
    }

    /** Whether {@code paneId} is in copy mode. */
    boolean active(int paneId) {
        return false;
    }

    /**
     * The key table a key for {@code paneId} is looked up in instead of {@code root}:
     * {@code copy-mode-vi} or {@code copy-mode} (option {@code mode_keys}) while the pane is in
     * copy mode, else null. Keys bound nowhere there are dropped, as tmux.
     */
    String keyTable(int paneId) {
        return null;
    }

    /** {@code copy-mode [-eHMqu] [-s src-pane] [-t target-pane]} for the active pane {@code activePaneId}. */
    CompletableFuture<Void> copyMode(List<String> argv, int activePaneId) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("copy-mode: not built yet"));
    }

    /**
     * {@code send-keys -X [-N count] COMMAND [ARG]} (cursor-up, begin-selection,
     * copy-selection-and-cancel, search-backward ...) for {@code paneId}, which is in copy mode.
     */
    CompletableFuture<Void> sendKeysX(List<String> argv, int paneId) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("send-keys -X: not in a mode"));
    }

    /**
     * What to draw for {@code paneId} instead of its mirror while in copy mode (the view's rows
     * with selection, search matches and the position indicator, and the copy cursor), else null.
     */
    PaneMirror view(int paneId) {
        return null;
    }

    /** The mouse wheel over a pane not asking for the mouse: {@code lines} up (negative: down), entering copy mode (-e) when going up. */
    void wheel(int paneId, int lines) {
    }

    /** A mouse drag selecting text starts at a pane's cell (enters copy mode when needed). */
    void dragBegin(int paneId, int col, int row) {
    }

    /** The drag moved to this cell of the pane (outside the pane: clamped, scrolling at the edges). */
    void dragTo(int paneId, int col, int row) {
    }

    /** The button was released: copy the selection and leave copy mode, as tmux's MouseDragEnd1Pane. */
    void dragEnd(int paneId, int col, int row) {
    }

    /** The pane is gone or no longer shown: its copy mode ends. */
    void paneClosed(int paneId) {
    }
}
