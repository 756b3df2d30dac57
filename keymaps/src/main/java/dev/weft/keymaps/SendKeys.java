package dev.weft.keymaps;

import java.util.List;

/** tmux send-keys semantics: key names or literal text to the bytes a pane should receive. */
public final class SendKeys {
    /**
     * Encode tmux key names ({@code Enter}, {@code C-c}, {@code M-x}, {@code Up}, {@code F5}, or
     * any other string typed as text) or, with {@code literal}, the strings as text.
     *
     * @throws IllegalArgumentException with a one-line message for a malformed key name
     */
    public static byte[] encode(List<String> keys, boolean literal, KeyModes modes) {
        throw new UnsupportedOperationException("keymaps in progress");
    }

    private SendKeys() {}
}
