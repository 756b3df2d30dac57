package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.PaneMirror;
import dev.weft.keymaps.InputDecoder;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEncoder;
import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyModes;
import dev.weft.protocol.Pdu;
import java.io.ByteArrayOutputStream;
import java.util.function.IntSupplier;

/**
 * Outer-terminal bytes in, pane input out. Bytes are decoded into keys, the prefix table is
 * applied, everything else is encoded again for the active pane's modes (cursor keys, keypad,
 * bracketed paste, kitty flags) and sent in one {@link AttachedSession#sendInput} per read.
 *
 * <p>Prefix handling, as tmux: the prefix key arms the table; the next key is looked up
 * ({@code d} detach, the prefix again sends the prefix to the pane) and the table disarms. Other
 * keys after the prefix are ignored for now (tmux ignores unbound keys silently too). A paste
 * disarms it and goes to the pane.
 *
 * <p>Not thread-safe: one input thread feeds it.
 */
final class InputRouter {
    private static final byte[] FOCUS_IN = {0x1b, '[', 'I'};
    private static final byte[] FOCUS_OUT = {0x1b, '[', 'O'};

    private final InputDecoder decoder = new InputDecoder();
    private final AttachedSession session;
    private final IntSupplier activePane;
    private final KeyEvent prefix;
    private final Runnable detach;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int pendingPane = -1;
    private boolean prefixArmed;

    /**
     * @param activePane the pane keys go to (-1: none yet, keys are dropped)
     * @param detach what prefix {@code d} does
     */
    InputRouter(AttachedSession session, IntSupplier activePane, KeyEvent prefix, Runnable detach) {
        this.session = session;
        this.activePane = activePane;
        this.prefix = prefix;
        this.detach = detach;
    }

    /** Route what the outer terminal sent. */
    void feed(byte[] data, int offset, int length) {
        decoder.feed(data, offset, length, this::route);
        send();
    }

    /** A sequence is incomplete (a lone ESC): call {@link #timeout} if nothing follows within escape-time. */
    boolean hasPending() {
        return decoder.hasPending();
    }

    /** escape-time passed: what is pending stands on its own (a lone ESC is the Escape key). */
    void timeout() {
        decoder.flush(this::route);
        send();
    }

    /** A bracketed paste from the outer terminal has begun and its end marker has not come yet. */
    boolean inPaste() {
        return decoder.inPaste();
    }

    /** The end marker of a paste never came: send what was pasted so far. */
    void endPaste() {
        decoder.endPaste(this::route);
        send();
    }

    boolean prefixArmed() {
        return prefixArmed;
    }

    private void route(InputEvent event) {
        if (event instanceof InputEvent.Key k) {
            key(k.key());
        } else if (event instanceof InputEvent.Paste p) {
            prefixArmed = false;
            int pane = activePane.getAsInt();
            queue(pane, KeyEncoder.paste(p.text(), modes(pane)));
        } else if (event instanceof InputEvent.Focus f) {
            int pane = activePane.getAsInt();
            PaneMirror mirror = pane < 0 ? null : session.pane(pane);
            if (mirror != null && mirror.modes() != null
                    && mirror.modes().has(Pdu.PaneModes.FOCUS_EVENTS)) {
                queue(pane, f.gained() ? FOCUS_IN : FOCUS_OUT);
            }
        } else if (event instanceof InputEvent.Raw r) {
            if (!prefixArmed) {
                queue(activePane.getAsInt(), r.bytes());
            }
        }
        // InputEvent.Mouse: the outer terminal's mouse reporting is never enabled; strays are dropped
    }

    private void key(KeyEvent key) {
        if (prefixArmed) {
            prefixArmed = false;
            if (sameKey(key, prefix)) {
                int pane = activePane.getAsInt();
                queue(pane, KeyEncoder.encode(prefix, modes(pane)));
            } else if (key.modifiers() == 0 && key.codepoint() == 'd'
                    && key.code() == KeyCode.CHAR) {
                send();
                detach.run();
            }
            return;
        }
        if (sameKey(key, prefix)) {
            prefixArmed = true;
            return;
        }
        int pane = activePane.getAsInt();
        queue(pane, KeyEncoder.encode(key, modes(pane)));
    }

    /** Keys compare in the outer terminal's terms: C-B is C-b, C-i is Tab, C-m is Enter. */
    static boolean sameKey(KeyEvent a, KeyEvent b) {
        return a.canonical().equals(b.canonical());
    }

    private KeyModes modes(int paneId) {
        PaneMirror mirror = paneId < 0 ? null : session.pane(paneId);
        Pdu.PaneModes m = mirror == null ? null : mirror.modes();
        if (m == null) {
            return KeyModes.DEFAULT;
        }
        return new KeyModes(m.has(Pdu.PaneModes.CURSOR_KEYS_APP), m.has(Pdu.PaneModes.KEYPAD_APP),
                m.has(Pdu.PaneModes.BRACKETED_PASTE), m.kittyKeyboardFlags());
    }

    private void queue(int pane, byte[] bytes) {
        if (pane < 0 || bytes == null || bytes.length == 0) {
            return;
        }
        if (pane != pendingPane) {
            send();
            pendingPane = pane;
        }
        pending.writeBytes(bytes);
    }

    private void send() {
        if (pending.size() > 0 && pendingPane >= 0) {
            session.sendInput(pendingPane, pending.toByteArray());
        }
        pending.reset();
    }
}
