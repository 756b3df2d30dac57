package dev.weft.keymaps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decodes the outer terminal's input bytes (UTF-8, CSI/SS3 keys with xterm modifiers, SGR mouse,
 * bracketed paste, focus) into {@link InputEvent}s. Stateful: sequences may be split across
 * reads. A lone ESC stays pending until more bytes arrive or {@link #flush} is called after
 * {@code escape_time} (ESC vs Alt).
 *
 * <p>What each input becomes:
 * <pre>
 *   printable ASCII, UTF-8        Key CHAR (0x20 is Key SPACE); invalid UTF-8 bytes: Raw, one each
 *   0x0d 0x09 0x7f 0x1b            Enter, Tab, BSpace, Escape (0x1b only once flushed/complete)
 *   0x00                           C-Space           0x08    C-h (as xterm; BSpace is 0x7f)
 *   0x01..0x1a (others)            C-a .. C-z         0x1c..0x1f  C-\ C-] C-^ C-_
 *   ESC key                        that key with Alt (ESC a = M-a, ESC ESC [A = M-Up)
 *   CSI [1;m] A B C D H F          Up Down Right Left Home End with modifiers (m-1 = bits)
 *   SS3 A B C D H F / P Q R S      the same keys / F1..F4; SS3 p..y M k m j o n = keypad keys
 *   CSI [1;m] P Q R S              F1..F4 (CSI R with other parameters is a cursor report: Raw)
 *   CSI n[;m]~                     1/7 Home 2 Insert 3 Delete 4/8 End 5 PgUp 6 PgDn,
 *                                  11..15 F1..F5 (13 also kitty's F3), 17..21 F6..F10, 23 F11, 24 F12
 *   CSI 27;m;cp~                   xterm modifyOtherKeys: the code point with modifiers
 *   CSI Z                          S-Tab (Tab with SHIFT)
 *   CSI cp[:...][;m[:event]]u      kitty keyboard protocol; release events (event 3) are dropped
 *   CSI &lt; b;x;y M / m            SGR mouse press / release (see {@link InputEvent.Mouse})
 *   CSI M b x y                    X10 mouse, decoded like SGR (a release has button 3: X10 does not say which);
 *                                  b x y are single bytes, as tmux 3.3 reads them (we never ask for
 *                                  UTF-8 (1005) reports, so bytes above 0x7f are large coordinates)
 *   CSI b;x;y M                    urxvt (1015) mouse: b as X10's byte (32 + code), x y decimal
 *   CSI I / CSI O                  focus gained / lost
 *   CSI 200~ ... CSI 201~          one Paste event (split across reads, at most 16 MiB kept)
 *   DCS / OSC / APC replies        Raw, whole (see {@link ControlStrings}: only reply shapes, so
 *                                  M-P, M-] and M-_ typed by a person stay keys)
 *   anything else complete         Raw with its bytes
 * </pre>
 * Mouse events: {@code button} is the SGR button number without its modifier bits (so it keeps
 * 32 for motion and 64 for the wheel); {@code modifiers} holds the {@link KeyEvent} bits from
 * SGR's 4 (shift), 8 (meta = Alt) and 16 (ctrl).
 *
 * <p>Never throws on any input bytes. Not thread-safe: one reader thread feeds it.
 */
public final class InputDecoder {
    /** A paste longer than this keeps its first 16 MiB. */
    public static final int MAX_PASTE_BYTES = 16 * 1024 * 1024;
    /** A CSI/SS3 sequence longer than this is passed on as Raw. */
    static final int MAX_SEQUENCE = 128;
    private static final int ESC = 0x1b;
    private static final byte[] PASTE_END = "\u001b[201~".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf = new byte[256];
    private int len;

    private boolean inPaste;
    private ByteArrayOutputStream paste = new ByteArrayOutputStream();

    /** Result of {@link #parse}: the event decoded (null for none) and whether a paste begins. */
    private InputEvent parsed;
    private boolean pasteStarts;

    public void feed(byte[] data, int offset, int length, Consumer<InputEvent> out) {
        Objects.checkFromIndexSize(offset, length, data.length);
        append(data, offset, length);
        process(out, false);
    }

    /** Convenience for {@code feed(data, 0, data.length, out)}. */
    public void feed(byte[] data, Consumer<InputEvent> out) {
        feed(data, 0, data.length, out);
    }

    /** Bytes are waiting for the rest of a sequence (e.g. a lone ESC). */
    public boolean hasPending() {
        return len > 0 || inPaste;
    }

    /** A bracketed paste has started and its end marker has not come yet. */
    public boolean inPaste() {
        return inPaste;
    }

    /**
     * Give up waiting: emit what is pending (a lone ESC becomes the Escape key; ESC and one more
     * character become that character with Alt; other incomplete sequences become Raw). A paste in
     * progress is not ended: it waits for its end marker (see {@link #endPaste}).
     */
    public void flush(Consumer<InputEvent> out) {
        process(out, true);
    }

    /** Ends a paste whose end marker never came, emitting what was collected. */
    public void endPaste(Consumer<InputEvent> out) {
        if (inPaste) {
            // Bytes held back in case they began the end marker belong to the paste.
            appendPaste(0, len);
            len = 0;
            emitPaste(out);
        }
    }

    private void append(byte[] data, int offset, int length) {
        if (len + length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + length));
        }
        System.arraycopy(data, offset, buf, len, length);
        len += length;
    }

    private void process(Consumer<InputEvent> out, boolean flushing) {
        int pos = 0;
        while (pos < len) {
            if (inPaste) {
                pos = consumePaste(pos, out);
                if (inPaste) {
                    break;
                }
                continue;
            }
            int n = parse(pos, false);
            if (n < 0) {
                if (!flushing) {
                    break;
                }
                emit(out, incompleteAtFlush(pos));
                pos = len;
                break;
            }
            pos += n;
            if (pasteStarts) {
                pasteStarts = false;
                inPaste = true;
                paste.reset();
            } else {
                emit(out, parsed);
            }
        }
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        if (len == 0 && buf.length > 64 * 1024) {
            buf = new byte[256]; // do not keep a big paste's buffer forever
        }
    }

    private static void emit(Consumer<InputEvent> out, InputEvent e) {
        if (e != null) {
            out.accept(e);
        }
    }

    private InputEvent incompleteAtFlush(int pos) {
        int n = len - pos;
        if (n == 1 && (buf[pos] & 0xff) == ESC) {
            return key(KeyEvent.of(KeyCode.ESCAPE, 0));
        }
        if (n == 2 && (buf[pos] & 0xff) == ESC && (buf[pos + 1] & 0xff) < 0x80) {
            int b = buf[pos + 1] & 0xff;
            KeyEvent k = b == ESC ? KeyEvent.of(KeyCode.ESCAPE, 0) : ascii(b);
            return key(withAlt(k));
        }
        return new InputEvent.Raw(Arrays.copyOfRange(buf, pos, len));
    }

    /** Paste mode: collect up to the end marker; returns the new position. */
    private int consumePaste(int pos, Consumer<InputEvent> out) {
        int end = indexOf(PASTE_END, pos);
        if (end >= 0) {
            appendPaste(pos, end);
            emitPaste(out);
            return end + PASTE_END.length;
        }
        int keep = suffixThatStartsMarker(pos);
        appendPaste(pos, len - keep);
        return len - keep;
    }

    private void emitPaste(Consumer<InputEvent> out) {
        inPaste = false;
        String text = paste.toString(StandardCharsets.UTF_8);
        // reset() keeps the array: do not hold on to a big paste's memory.
        paste = paste.size() > 64 * 1024 ? new ByteArrayOutputStream() : paste;
        paste.reset();
        out.accept(new InputEvent.Paste(text));
    }

    private void appendPaste(int from, int to) {
        int room = MAX_PASTE_BYTES - paste.size();
        int n = Math.min(room, to - from);
        if (n > 0) {
            paste.write(buf, from, n);
        }
    }

    private int indexOf(byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= len; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buf[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int suffixThatStartsMarker(int from) {
        for (int k = Math.min(PASTE_END.length - 1, len - from); k > 0; k--) {
            if (Arrays.equals(buf, len - k, len, PASTE_END, 0, k)) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Decodes one event at {@code pos}: returns the bytes it took, or -1 if the bytes end before
     * the event does. The event is left in {@link #parsed} (null: nothing to emit).
     * {@code nested} is set after an Alt-prefix ESC, so ESC ESC ESC does not recurse further.
     */
    private int parse(int pos, boolean nested) {
        parsed = null;
        pasteStarts = false;
        int b0 = buf[pos] & 0xff;
        if (b0 != ESC) {
            if (b0 < 0x80) {
                parsed = key(ascii(b0));
                return 1;
            }
            return utf8(pos);
        }
        if (pos + 1 >= len) {
            return -1;
        }
        int b1 = buf[pos + 1] & 0xff;
        if (b1 == '[') {
            return csi(pos);
        }
        if (b1 == 'O') {
            return ss3(pos);
        }
        if (b1 == 'P' || b1 == ']' || b1 == '_') {
            int n = ControlStrings.length(buf, pos, len);
            if (n == ControlStrings.INCOMPLETE) {
                return -1;
            }
            if (n > 0) {
                parsed = raw(pos, pos + n);
                return n;
            }
        }
        if (b1 == ESC && nested) {
            parsed = key(KeyEvent.of(KeyCode.ESCAPE, 0));
            return 1;
        }
        int n = parse(pos + 1, true);
        if (n < 0) {
            return -1;
        }
        if (parsed instanceof InputEvent.Key k && !pasteStarts) {
            parsed = key(withAlt(k.key()));
            return 1 + n;
        }
        // ESC before something that is not a key (mouse, paste, Raw): a plain Escape, then that.
        pasteStarts = false;
        parsed = key(KeyEvent.of(KeyCode.ESCAPE, 0));
        return 1;
    }

    private int utf8(int pos) {
        int b0 = buf[pos] & 0xff;
        int need;
        int cp;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            need = 2;
            cp = b0 & 0x1f;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            need = 3;
            cp = b0 & 0x0f;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            need = 4;
            cp = b0 & 0x07;
        } else {
            parsed = raw(pos, pos + 1);
            return 1;
        }
        for (int k = 1; k < need; k++) {
            if (pos + k >= len) {
                return -1;
            }
            int b = buf[pos + k] & 0xff;
            if ((b & 0xc0) != 0x80) {
                parsed = raw(pos, pos + 1);
                return 1;
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        int min = need == 2 ? 0x80 : need == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > Character.MAX_CODE_POINT
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            parsed = raw(pos, pos + need);
        } else {
            parsed = key(KeyEvent.ofChar(cp, 0));
        }
        return need;
    }

    /** ESC [ params intermediates final. */
    private int csi(int pos) {
        int i = pos + 2;
        while (true) {
            // The cap is checked before the end of input so a split read cuts at the same place.
            if (i - pos >= MAX_SEQUENCE) {
                return rawTo(pos, i);
            }
            if (i >= len) {
                return -1;
            }
            int c = buf[i] & 0xff;
            if (c >= 0x40 && c <= 0x7e) {
                break;
            }
            if (c < 0x20 || c > 0x3f) {
                if (i == pos + 2) {
                    parsed = key(withAlt(ascii('['))); // M-[ followed by something else
                    return 2;
                }
                return rawTo(pos, i);
            }
            i++;
        }
        int fin = buf[i] & 0xff;
        String body = new String(buf, pos + 2, i - pos - 2, StandardCharsets.ISO_8859_1);
        if (fin == 'M' && body.isEmpty()) {
            return x10Mouse(pos, i);
        }
        parsed = CsiKeys.decode(body, fin);
        if (parsed == CsiKeys.PASTE_START) {
            parsed = null;
            pasteStarts = true;
        } else if (parsed == CsiKeys.NOTHING) {
            parsed = null;
        } else if (parsed == null) {
            parsed = raw(pos, i + 1);
        }
        return i + 1 - pos;
    }

    private int x10Mouse(int pos, int fin) {
        if (fin + 3 >= len) {
            return -1;
        }
        int cb = (buf[fin + 1] & 0xff) - 32;
        int x = (buf[fin + 2] & 0xff) - 32;
        int y = (buf[fin + 3] & 0xff) - 32;
        // X10 reports a release as button 3; 3 + 32 is motion with no button, 3 + 64 a wheel
        boolean press = (cb & 3) != 3 || (cb & (32 | 64)) != 0;
        parsed = new InputEvent.Mouse(CsiKeys.mouseButton(cb), x, y, press, CsiKeys.mouseModifiers(cb));
        return fin + 4 - pos;
    }

    /** ESC O [digits;] final. */
    private int ss3(int pos) {
        int i = pos + 2;
        while (true) {
            if (i - pos >= 16) {
                return rawTo(pos, i);
            }
            if (i >= len) {
                return -1;
            }
            int c = buf[i] & 0xff;
            if ((c >= '0' && c <= '9') || c == ';') {
                i++;
                continue;
            }
            if (c < 0x40 || c > 0x7e) {
                if (i == pos + 2) {
                    parsed = key(withAlt(ascii('O'))); // M-O followed by something else
                    return 2;
                }
                return rawTo(pos, i);
            }
            break;
        }
        String digits = new String(buf, pos + 2, i - pos - 2, StandardCharsets.ISO_8859_1);
        parsed = CsiKeys.decodeSs3(digits, buf[i] & 0xff);
        if (parsed == null) {
            parsed = raw(pos, i + 1);
        }
        return i + 1 - pos;
    }

    private int rawTo(int pos, int end) {
        parsed = raw(pos, end);
        return end - pos;
    }

    private InputEvent.Raw raw(int from, int to) {
        return new InputEvent.Raw(Arrays.copyOfRange(buf, from, to));
    }

    private static InputEvent.Key key(KeyEvent k) {
        return new InputEvent.Key(k);
    }

    static KeyEvent withAlt(KeyEvent k) {
        return new KeyEvent(k.code(), k.codepoint(), k.modifiers() | KeyEvent.ALT);
    }

    /** A single byte below 0x80 (not the start of an escape sequence) as a key. */
    static KeyEvent ascii(int b) {
        switch (b) {
            case 0x00: return KeyEvent.of(KeyCode.SPACE, KeyEvent.CTRL);
            case 0x09: return KeyEvent.of(KeyCode.TAB, 0);
            case 0x0d: return KeyEvent.of(KeyCode.ENTER, 0);
            case 0x1b: return KeyEvent.of(KeyCode.ESCAPE, 0);
            case 0x20: return KeyEvent.of(KeyCode.SPACE, 0);
            case 0x7f: return KeyEvent.of(KeyCode.BACKSPACE, 0);
            default:
                if (b >= 0x01 && b <= 0x1a) {
                    return KeyEvent.ofChar('a' + b - 1, KeyEvent.CTRL);
                }
                if (b >= 0x1c && b <= 0x1f) {
                    return KeyEvent.ofChar(b + 0x40, KeyEvent.CTRL);
                }
                return KeyEvent.ofChar(b, 0);
        }
    }
}
