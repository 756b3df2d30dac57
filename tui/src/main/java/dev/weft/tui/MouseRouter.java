package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.keymaps.InputEvent;
import java.util.function.BiConsumer;

/**
 * The outer terminal's mouse (option {@code mouse}), as tmux's default mouse bindings: a click
 * focuses a pane, dragging a border resizes, the wheel scrolls (copy mode for panes that did not
 * ask for the mouse), a drag selects and copies, a click on a tab in the status line selects it.
 * A pane that enabled mouse reporting gets the event instead, in its own coordinates and encoding.
 * Overlays that take the mouse ({@link Overlay.Interactive}) get it first.
 *
 * <p>Not thread-safe: the input thread calls it.
 */
final class MouseRouter {
    private final AttachedSession session;
    private final SessionView view;
    private final Settings settings;
    private final ClientUi ui;
    private final CommandRunner commands;
    private final CopyModes copyModes;

    MouseRouter(AttachedSession session, SessionView view, Settings settings, ClientUi ui, CommandRunner commands,
                CopyModes copyModes) {
        this.session = session;
        this.view = view;
        this.settings = settings;
        this.ui = ui;
        this.commands = commands;
        this.copyModes = copyModes;
    }

    /**
     * A mouse report from the outer terminal (1-based screen cells). Bytes for a pane go to
     * {@code toPane} (pane id, bytes), in order with the keys around them.
     */
    void mouse(InputEvent.Mouse event, BiConsumer<Integer, byte[]> toPane) {
        // not built yet: the outer terminal's mouse reporting is not enabled, so nothing comes here
    }
}
