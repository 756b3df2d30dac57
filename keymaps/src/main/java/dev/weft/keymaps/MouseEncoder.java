package dev.weft.keymaps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes a mouse event for a pane that asked for mouse reporting, as xterm (ctlseqs, "Mouse
 * Tracking") and tmux's {@code input_key_get_mouse} do. The pane's modes choose what is reported
 * and how:
 *
 * <pre>
 *   tracking  9     X10 compatibility: presses only (wheel included), no modifier bits
 *             1000  presses and releases
 *             1002  also motion while a button is held (button + 32)
 *             1003  also motion with no button (35)
 *   encoding  0     X10:   ESC [ M Cb Cx Cy        one byte each: Cb = code + 32,
 *                                                  Cx/Cy = 1-based cell + 32, clamped to 255 (cell 223)
 *             1005  UTF-8: ESC [ M Cb Cx Cy        the same values as UTF-8 characters, up to 2047
 *                                                  (cell 2015); an event beyond that is not sent
 *             1006  SGR:   ESC [ &lt; code ; x ; y M    press/motion, 'm' for a release, which keeps
 *                                                  its button; x/y decimal 1-based
 *             1015  urxvt: ESC [ Cb ; x ; y M      Cb = code + 32 in decimal
 *             1016  SGR-pixels: sent as 1006 (cells, not pixels: a pane has no pixel size)
 *
 *   code      bits 0-1 button (0 left, 1 middle, 2 right, 3 release in non-SGR encodings)
 *             +4 shift, +8 meta (Alt), +16 ctrl, +32 motion, +64 wheel (64 up, 65 down,
 *             66/67 left/right), +128 buttons 8-11
 * </pre>
 *
 * A release in the X10, UTF-8 and urxvt encodings says no button (3). A release whose button is
 * not known (an X10 report from the outer terminal, decoded as button 3) cannot be written in SGR:
 * it falls back to the X10 form, as tmux does.
 */
public final class MouseEncoder {
    public static final int X10 = 9;
    public static final int NORMAL = 1000;
    public static final int BUTTON_EVENT = 1002;
    public static final int ANY_EVENT = 1003;

    public static final int ENCODING_X10 = 0;
    public static final int ENCODING_UTF8 = 1005;
    public static final int ENCODING_SGR = 1006;
    public static final int ENCODING_URXVT = 1015;
    public static final int ENCODING_SGR_PIXELS = 1016;

    /** Motion bit of the button code; a wheel event has bit 64. */
    public static final int MOTION = 32;
    public static final int WHEEL = 64;
    /** The button code of a release in the non-SGR encodings, and of motion with no button (+32). */
    public static final int NO_BUTTON = 3;

    private static final int X10_MAX = 255;
    private static final int UTF8_MAX = 0x7ff;

    private MouseEncoder() {}

    /**
     * The bytes for {@code event} at the pane's 1-based cell ({@code col}, {@code row}), or an empty
     * array when the pane's tracking mode does not report it (or {@code tracking} is 0).
     *
     * @param event button as {@link dev.weft.keymaps.InputEvent.Mouse} holds it: the SGR number
     *              without modifier bits; {@code press} false for a release
     */
    public static byte[] encode(InputEvent.Mouse event, int col, int row, int tracking, int encoding) {
        if (!reported(event, tracking)) {
            return new byte[0];
        }
        int button = event.button();
        int mods = tracking == X10 ? 0 : modifierBits(event.modifiers());
        int code = button | mods;
        int x = Math.max(1, col);
        int y = Math.max(1, row);
        boolean release = !event.press();
        boolean buttonKnown = !release || (button & 3) != NO_BUTTON || (button & (WHEEL | 128)) != 0;
        switch (encoding) {
            case ENCODING_SGR, ENCODING_SGR_PIXELS -> {
                if (buttonKnown) {
                    return ascii("\033[<" + code + ";" + x + ";" + y + (release ? "m" : "M"));
                }
                return x10(legacyCode(code, release), x, y);
            }
            case ENCODING_URXVT -> {
                return ascii("\033[" + (legacyCode(code, release) + 32) + ";" + x + ";" + y + "M");
            }
            case ENCODING_UTF8 -> {
                return utf8(legacyCode(code, release), x, y);
            }
            default -> {
                return x10(legacyCode(code, release), x, y);
            }
        }
    }

    /** Whether a pane in {@code tracking} mode is told about {@code event}. */
    public static boolean reported(InputEvent.Mouse event, int tracking) {
        int button = event.button();
        boolean motion = (button & MOTION) != 0 && (button & WHEEL) == 0;
        boolean noButton = (button & 3) == NO_BUTTON && (button & (WHEEL | 128)) == 0;
        switch (tracking) {
            case X10:
                return event.press() && !motion && !noButton;
            case NORMAL:
                return !motion;
            case BUTTON_EVENT:
                return !motion || !noButton;
            case ANY_EVENT:
                return true;
            default:
                return false;
        }
    }

    /** {@link KeyEvent} modifier bits to the mouse code's: shift 4, meta 8, ctrl 16. */
    static int modifierBits(int modifiers) {
        int m = 0;
        if ((modifiers & KeyEvent.SHIFT) != 0) {
            m |= 4;
        }
        if ((modifiers & KeyEvent.ALT) != 0) {
            m |= 8;
        }
        if ((modifiers & KeyEvent.CTRL) != 0) {
            m |= 16;
        }
        return m;
    }

    /** Without SGR a release has no button: its low bits become 3 (modifiers kept). */
    private static int legacyCode(int code, boolean release) {
        return release ? (code & ~3 & ~(WHEEL | 128)) | NO_BUTTON : code;
    }

    private static byte[] x10(int code, int x, int y) {
        if (code + 32 > X10_MAX) {
            return new byte[0];
        }
        return new byte[] {0x1b, '[', 'M', (byte) (code + 32), (byte) Math.min(X10_MAX, x + 32),
                (byte) Math.min(X10_MAX, y + 32)};
    }

    private static byte[] utf8(int code, int x, int y) {
        if (code + 32 > UTF8_MAX || x + 32 > UTF8_MAX || y + 32 > UTF8_MAX) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(12);
        out.writeBytes(new byte[] {0x1b, '[', 'M'});
        for (int v : new int[] {code + 32, x + 32, y + 32}) {
            out.writeBytes(new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
