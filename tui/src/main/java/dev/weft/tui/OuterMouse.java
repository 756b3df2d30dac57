package dev.weft.tui;

import dev.weft.client.PaneMirror;
import dev.weft.keymaps.MouseEncoder;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Which mouse reports the outer terminal should send, as tmux's {@code server_client_reset_state}
 * decides it: none with option {@code mouse} off; with it on, presses, releases and drags (1002,
 * "to support dragging, always use button mode"), plus every motion (1003) while a visible pane
 * asked for all motion; always SGR encoded (1006). A change is sent as tmux sends it: everything
 * off, then what is wanted.
 *
 * <p>Render thread only: {@link FrameRenderer} asks before each frame.
 */
final class OuterMouse {
    /** What the outer terminal was last told: 0 off, 1002 or 1003. */
    private int shown;

    /** The escapes that bring the outer terminal to what is wanted now; "" when it is there already. */
    String update(Settings.Snapshot s, List<Pdu.PaneGeometry> visible, IntFunction<PaneMirror> mirrors) {
        int wanted = wanted(s, visible, mirrors);
        if (wanted == shown) {
            return "";
        }
        shown = wanted;
        return switch (wanted) {
            case MouseEncoder.ANY_EVENT -> OuterModes.MOUSE_OFF + OuterModes.MOUSE_ALL_ON;
            case MouseEncoder.BUTTON_EVENT -> OuterModes.MOUSE_OFF + OuterModes.MOUSE_BUTTONS_ON;
            default -> OuterModes.MOUSE_OFF;
        };
    }

    /** The reporting wanted: 0, {@link MouseEncoder#BUTTON_EVENT} or {@link MouseEncoder#ANY_EVENT}. */
    static int wanted(Settings.Snapshot s, List<Pdu.PaneGeometry> visible, IntFunction<PaneMirror> mirrors) {
        if (!s.bool("mouse")) {
            return 0;
        }
        for (Pdu.PaneGeometry place : visible) {
            PaneMirror mirror = mirrors.apply(place.paneId());
            Pdu.PaneModes modes = mirror == null ? null : mirror.modes();
            if (modes != null && modes.mouseTracking() == MouseEncoder.ANY_EVENT) {
                return MouseEncoder.ANY_EVENT;
            }
        }
        return MouseEncoder.BUTTON_EVENT;
    }
}
