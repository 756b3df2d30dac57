package dev.weft.keymaps;

import java.util.function.Consumer;

/**
 * Decodes the outer terminal's input bytes (UTF-8, CSI/SS3 keys with xterm modifiers, SGR mouse,
 * bracketed paste, focus) into {@link InputEvent}s. Stateful: sequences may be split across
 * reads. A lone ESC stays pending until more bytes arrive or {@link #flush} is called after
 * {@code escape_time} (ESC vs Alt).
 */
public final class InputDecoder {

    public void feed(byte[] data, int offset, int length, Consumer<InputEvent> out) {
        throw new UnsupportedOperationException("keymaps in progress");
    }

    /** Bytes are waiting for the rest of a sequence (e.g. a lone ESC). */
    public boolean hasPending() {
        return false;
    }

    /** Give up waiting: emit what is pending (a lone ESC becomes the Escape key). */
    public void flush(Consumer<InputEvent> out) {}
}
