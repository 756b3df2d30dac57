package dev.weft.tui;

import java.nio.charset.StandardCharsets;

/**
 * The outer-terminal modes the TUI switches on, and the sequence that switches them off again.
 * Keypad-transmit mode is never enabled, so it is not reset either. Mouse reporting is switched
 * on and off while attached ({@link OuterMouse}); leaving always switches it off, as tmux's
 * {@code tty_stop_tty} does, whether or not it was on.
 */
final class OuterModes {
    static final String ALT_SCREEN_ON = "\033[?1049h";
    static final String ALT_SCREEN_OFF = "\033[?1049l";
    static final String BRACKETED_PASTE_ON = "\033[?2004h";
    static final String BRACKETED_PASTE_OFF = "\033[?2004l";
    static final String FOCUS_ON = "\033[?1004h";
    static final String FOCUS_OFF = "\033[?1004l";
    static final String SYNC_BEGIN = "\033[?2026h";
    static final String SYNC_END = "\033[?2026l";
    static final String SGR_RESET = "\033[0m";
    static final String CURSOR_SHOW = "\033[?25h";
    static final String CURSOR_HIDE = "\033[?25l";
    static final String CLEAR = "\033[H\033[2J";
    /**
     * All mouse reporting off, SGR encoding last: what tmux 3.3 sends before changing the mouse
     * modes and when it leaves (it also resets 1005, which we never set).
     */
    static final String MOUSE_OFF = "\033[?1006l\033[?1000l\033[?1002l\033[?1003l";
    /** Reports of presses, releases and drags (1002), SGR encoded (1006): tmux's mouse on. */
    static final String MOUSE_BUTTONS_ON = "\033[?1006h\033[?1000h\033[?1002h";
    /** Also every motion (1003), for a pane that asked for all motion. */
    static final String MOUSE_ALL_ON = MOUSE_BUTTONS_ON + "\033[?1003h";
    /** DECSCUSR 0: the outer terminal's default cursor shape. */
    static final String CURSOR_SHAPE_DEFAULT = "\033[0 q";

    /** DECSCUSR: cursor shape as a pane asked for it (0 default, 1-6 block/underline/bar, blinking or not). */
    static String cursorShape(int shape) {
        return "\033[" + shape + " q";
    }

    /** Alternate screen first (so the user's screen is kept), then the input modes, then a blank page. */
    static byte[] enter() {
        return (ALT_SCREEN_ON + BRACKETED_PASTE_ON + FOCUS_ON + SGR_RESET + CURSOR_HIDE + CLEAR)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * End any half-sent synchronized frame, reset the style, turn the input modes (mouse, focus,
     * bracketed paste) off, show the
     * cursor and only then leave the alternate screen: the user's screen comes back exactly as it
     * was, with a visible cursor and no pending attributes.
     */
    static byte[] leave() {
        return leave(false);
    }

    /** As {@link #leave()}, also putting the cursor shape back to the default when a pane changed it. */
    static byte[] leave(boolean resetCursorShape) {
        return (SYNC_END + SGR_RESET + MOUSE_OFF + FOCUS_OFF + BRACKETED_PASTE_OFF
                + (resetCursorShape ? CURSOR_SHAPE_DEFAULT : "") + CURSOR_SHOW + ALT_SCREEN_OFF)
                .getBytes(StandardCharsets.US_ASCII);
    }

    private OuterModes() {}
}
