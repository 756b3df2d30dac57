package dev.weft.protocol;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Optional features a peer announces in {@link Pdu.Hello} / {@link Pdu.HelloOk}. A feature is
 * used only when both sides announce it; names a peer does not know are ignored, so adding one
 * never breaks an older peer of the same major version.
 */
public final class Capabilities {
    /** The client sends {@link Pdu.Ack}s and the server limits unacknowledged frames per pane. */
    public static final String FRAME_ACK = "frame-ack";
    /** Scrollback is fetched in ranges with {@link Pdu.GetScrollback}. */
    public static final String SCROLLBACK_RANGES = "scrollback-ranges";
    /** PaneUpdates carry input serials and echo flags that predictive echo relies on. */
    public static final String PREDICTIVE_ECHO = "predictive-echo";
    /** Keys may be encoded with the kitty keyboard protocol (see PaneModes.kittyKeyboardFlags). */
    public static final String KITTY_KEYBOARD = "kitty-keyboard";

    /** Everything this build supports. */
    public static final Set<String> SUPPORTED = Set.of(FRAME_ACK, SCROLLBACK_RANGES, PREDICTIVE_ECHO, KITTY_KEYBOARD);

    private Capabilities() {}

    /** The capabilities both sides support; names unknown to {@code ours} drop out. */
    public static Set<String> common(Set<String> ours, Set<String> theirs) {
        Set<String> both = new LinkedHashSet<>(ours);
        both.retainAll(theirs == null ? Set.of() : theirs);
        return Set.copyOf(both);
    }
}
