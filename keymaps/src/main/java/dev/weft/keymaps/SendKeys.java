package dev.weft.keymaps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** tmux send-keys semantics: key names or literal text to the bytes a pane should receive. */
public final class SendKeys {
    /**
     * Encode tmux key names ({@code Enter}, {@code C-c}, {@code M-x}, {@code Up}, {@code F5}, or
     * any other string typed as text) or, with {@code literal}, the strings as text.
     *
     * <p>As in tmux, an argument that is not a key name is not an error: it is sent as the
     * characters it contains ({@code send-keys "echo hi" Enter}). Text is sent as UTF-8, as typed
     * text would be, whatever the pane's modes.
     *
     * @throws IllegalArgumentException with a one-line message for a malformed key name (only a
     *     null argument: everything else is a key or text)
     */
    public static byte[] encode(List<String> keys, boolean literal, KeyModes modes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String arg : keys) {
            if (arg == null) {
                throw new IllegalArgumentException("send-keys: a key argument is missing (null)");
            }
            byte[] bytes = literal ? text(arg) : keyOrText(arg, modes);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static byte[] keyOrText(String arg, KeyModes modes) {
        KeyEvent key;
        try {
            key = KeyNames.parse(arg);
        } catch (IllegalArgumentException notAKey) {
            return text(arg);
        }
        return KeyEncoder.encode(key, modes);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private SendKeys() {}
}
