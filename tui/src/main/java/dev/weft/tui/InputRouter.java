package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.PaneMirror;
import dev.weft.keymaps.Binding;
import dev.weft.keymaps.InputDecoder;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEncoder;
import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyModes;
import dev.weft.protocol.Pdu;
import java.io.ByteArrayOutputStream;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Outer-terminal bytes in, pane input or commands out. Bytes are decoded into keys; a prompt or an
 * overlay (pane numbers, clock, pager) takes every key while it is shown; otherwise the key tables
 * decide, as tmux's {@code server_client_key_callback}:
 * <ul>
 *   <li>in {@code root}: the prefix (option {@code prefix}) switches to {@code prefix} for the next
 *       key; a key bound in {@code root} runs its command; anything else goes to the pane;</li>
 *   <li>in {@code prefix}: a bound key runs its command and the table goes back to {@code root},
 *       except after a repeatable ({@code -r}) binding, when {@code prefix} stays for
 *       {@code repeat_time} ms and only repeatable keys run there; any other key ends the repeat
 *       and is handled in {@code root}. An unbound key right after the prefix is dropped.</li>
 * </ul>
 * Keys for the pane are encoded again for its modes (cursor keys, keypad, bracketed paste, kitty
 * flags) and sent in one {@link AttachedSession#sendInput} per read. Any key clears a message.
 *
 * <p>Not thread-safe: one input thread feeds it.
 */
final class InputRouter {
    private static final byte[] FOCUS_IN = {0x1b, '[', 'I'};
    private static final byte[] FOCUS_OUT = {0x1b, '[', 'O'};

    private final InputDecoder decoder = new InputDecoder();
    private final AttachedSession session;
    private final IntSupplier activePane;
    private final Settings settings;
    private final CommandRunner commands;
    private final ClientUi ui;
    private final LongSupplier clockMillis;
    private CopyModes copyModes;
    private MouseRouter mouse;
    /** Attached with -r: nothing reaches a pane; only bindings to detach-client run (tmux). */
    private boolean readOnly;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int pendingPane = -1;
    private boolean prefixTable;
    /** While in {@code prefix} after a repeatable binding: when the repeat ends; -1 right after the prefix. */
    private long repeatUntil = -1;

    /**
     * @param activePane the pane keys go to (-1: none yet, keys are dropped)
     * @param clockMillis a millisecond clock for repeat-time
     */
    InputRouter(AttachedSession session, IntSupplier activePane, Settings settings, CommandRunner commands,
                ClientUi ui, LongSupplier clockMillis) {
        this.session = session;
        this.activePane = activePane;
        this.settings = settings;
        this.commands = commands;
        this.ui = ui;
        this.clockMillis = clockMillis;
    }

    /** Copy mode's key tables and the mouse (set once, before the first input). */
    void modes(CopyModes copyModes, MouseRouter mouse) {
        this.copyModes = copyModes;
        this.mouse = mouse;
    }

    /**
     * A read-only client ({@code weft attach -r}): no byte reaches a pane (keys, pastes, mouse,
     * focus), and of the key bindings only those that detach run; every other key is dropped
     * silently, as tmux does for a read-only client.
     */
    void readOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Whether a bound command line may run on a read-only client: it only detaches. */
    static boolean readOnlySafe(String line) {
        try {
            java.util.List<java.util.List<String>> commands = dev.weft.keymaps.CommandParser.parse(line);
            return !commands.isEmpty() && commands.stream().allMatch(c -> !c.isEmpty()
                    && (c.get(0).equals("detach-client") || c.get(0).equals("detach")));
        } catch (IllegalArgumentException e) {
            return false;
        }
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

    /** The {@code prefix} table is active (right after the prefix, or repeating). */
    boolean prefixArmed() {
        return prefixTable;
    }

    /** The prefix table is active for repeatable keys until this time (ms), or -1. */
    long repeatUntil() {
        return prefixTable ? repeatUntil : -1;
    }

    private void route(InputEvent event) {
        if (readOnly && !(event instanceof InputEvent.Key)) {
            return; // a read-only client pastes, clicks and focuses nothing
        }
        if (event instanceof InputEvent.Key k) {
            key(k.key());
        } else if (event instanceof InputEvent.Paste p) {
            Prompt prompt = ui.prompt();
            if (prompt != null) {
                prompt.paste(p.text());
                ui.promptChanged();
                return;
            }
            if (ui.overlay() != null) {
                return;
            }
            prefixTable = false;
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
            if (!prefixTable && ui.prompt() == null && ui.overlay() == null) {
                queue(activePane.getAsInt(), r.bytes());
            }
        } else if (event instanceof InputEvent.Mouse m && mouse != null) {
            mouse.mouse(m, this::queue);
        }
    }

    private void key(KeyEvent key) {
        ui.clearMessage();
        Prompt prompt = ui.prompt();
        if (prompt != null) {
            send();
            Prompt.Result result = prompt.key(key, CommandRunner.COMMAND_NAMES);
            if (result == Prompt.Result.DONE_AGAIN) {
                ui.endPrompt(prompt); // a numeric prompt's answer was a count: the key itself runs next
                key(key);
            } else if (result == Prompt.Result.DONE) {
                ui.endPrompt(prompt);
            } else {
                ui.promptChanged();
            }
            return;
        }
        Overlay overlay = ui.overlay();
        if (overlay != null && !takesPrefix(overlay)) {
            send();
            overlayKey(overlay, key);
            return;
        }
        Settings.Snapshot s = settings.get();
        if (prefixTable) {
            boolean repeating = repeatUntil >= 0;
            prefixTable = false;
            if (repeating && clockMillis.getAsLong() <= repeatUntil) {
                Binding b = s.keys().lookup("prefix", key);
                if (b != null && b.repeat()) {
                    run(b, s);
                    return;
                }
                // not a repeatable key: the repeat ends and the key is handled as usual
            } else if (!repeating) {
                Binding b = s.keys().lookup("prefix", key);
                if (b != null) {
                    run(b, s);
                }
                return; // unbound after the prefix: dropped, as tmux
            }
        }
        if (sameKey(key, s.prefix())) {
            prefixTable = true;
            repeatUntil = -1;
            return;
        }
        if (overlay != null) {
            send(); // a mode takes every key but the prefix and what follows it
            overlayKey(overlay, key);
            return;
        }
        int pane = activePane.getAsInt();
        String modeTable = copyModes == null || pane < 0 ? null : copyModes.keyTable(pane);
        Binding root = s.keys().lookup(modeTable != null ? modeTable : "root", key);
        if (root != null) {
            run(root, s);
            return;
        }
        if (modeTable != null || readOnly) {
            return; // a pane in copy mode takes no keys it has no binding for (tmux); read-only: none
        }
        queue(pane, KeyEncoder.encode(key, modes(pane)));
    }

    /**
     * Modes that stay up for a while (choosers, the pager) let the prefix and its table through,
     * as tmux's modes do (C-b d detaches from a chooser); pane numbers and the clock end on any key.
     */
    private static boolean takesPrefix(Overlay overlay) {
        return overlay instanceof Overlay.Interactive || overlay instanceof Overlay.Pager;
    }

    private void run(Binding b, Settings.Snapshot s) {
        if (readOnly && !readOnlySafe(b.command())) {
            return;
        }
        send(); // what was typed before the binding reaches the pane first
        int repeatTime = s.millis("repeat_time");
        if (b.repeat() && "prefix".equals(b.table()) && repeatTime > 0) {
            prefixTable = true;
            repeatUntil = clockMillis.getAsLong() + repeatTime;
        }
        commands.runLine(b.command());
    }

    private void overlayKey(Overlay overlay, KeyEvent key) {
        if (overlay instanceof Overlay.PaneNumbers numbers) {
            ui.endOverlay(overlay);
            if (key.code() == KeyCode.CHAR && key.modifiers() == 0
                    && key.codepoint() >= '0' && key.codepoint() <= '9') {
                commands.paneNumberPicked(numbers, key.codepoint() - '0');
            }
        } else if (overlay instanceof Overlay.Clock) {
            ui.endOverlay(overlay);
        } else if (overlay instanceof Overlay.Pager pager) {
            pagerKey(pager, key);
        } else if (overlay instanceof Overlay.Interactive interactive) {
            interactive.key(key);
        }
    }

    private void pagerKey(Overlay.Pager pager, KeyEvent key) {
        int rows = Math.max(1, ui.paneAreaRows());
        int cp = key.code() == KeyCode.CHAR && key.modifiers() == 0 ? key.codepoint() : -1;
        if (key.code() == KeyCode.ESCAPE || cp == 'q' || (key.has(KeyEvent.CTRL) && key.codepoint() == 'c')) {
            ui.endOverlay(pager);
            return;
        }
        switch (key.code()) {
            case UP -> pager.scroll(-1, rows);
            case DOWN, ENTER -> pager.scroll(1, rows);
            case PAGE_UP -> pager.scroll(-rows, rows);
            case PAGE_DOWN, SPACE -> pager.scroll(rows, rows);
            case HOME -> pager.toTop();
            case END -> pager.toBottom(rows);
            case CHAR -> {
                switch (cp) {
                    case 'k' -> pager.scroll(-1, rows);
                    case 'j' -> pager.scroll(1, rows);
                    case 'g' -> pager.toTop();
                    case 'G' -> pager.toBottom(rows);
                    case ' ' -> pager.scroll(rows, rows);
                    default -> { }
                }
            }
            default -> { }
        }
        ui.overlayChanged();
    }

    /** Keys compare in the outer terminal's terms: C-B is C-b, C-i is Tab, C-m is Enter. */
    static boolean sameKey(KeyEvent a, KeyEvent b) {
        return a.canonical().equals(b.canonical());
    }

    private KeyModes modes(int paneId) {
        return modes(session, paneId);
    }

    /** The key encoding modes of a pane (defaults when unknown). */
    static KeyModes modes(AttachedSession session, int paneId) {
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
