package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden bytes from xterm's ctlseqs (Mouse Tracking) and tmux 3.3a's input_key_get_mouse. */
class MouseEncoderTest {
    private static final InputEvent.Mouse PRESS = new InputEvent.Mouse(0, 0, 0, true, 0);
    private static final InputEvent.Mouse RELEASE = new InputEvent.Mouse(0, 0, 0, false, 0);
    private static final InputEvent.Mouse RIGHT_PRESS = new InputEvent.Mouse(2, 0, 0, true, 0);
    private static final InputEvent.Mouse DRAG = new InputEvent.Mouse(32, 0, 0, true, 0);
    private static final InputEvent.Mouse MOVE = new InputEvent.Mouse(35, 0, 0, true, 0);
    private static final InputEvent.Mouse WHEEL_UP = new InputEvent.Mouse(64, 0, 0, true, 0);
    private static final InputEvent.Mouse WHEEL_DOWN = new InputEvent.Mouse(65, 0, 0, true, 0);
    private static final InputEvent.Mouse CTRL_PRESS = new InputEvent.Mouse(0, 0, 0, true, KeyEvent.CTRL);
    private static final InputEvent.Mouse SHIFT_ALT_RELEASE =
            new InputEvent.Mouse(1, 0, 0, false, KeyEvent.SHIFT | KeyEvent.ALT);
    /** What the decoder makes of an X10 release from the outer terminal: the button is not known. */
    private static final InputEvent.Mouse UNKNOWN_RELEASE = new InputEvent.Mouse(3, 0, 0, false, 0);

    private static final InputEvent.Mouse[] EVENTS = {PRESS, RELEASE, RIGHT_PRESS, DRAG, MOVE, WHEEL_UP,
        WHEEL_DOWN, CTRL_PRESS, SHIFT_ALT_RELEASE, UNKNOWN_RELEASE};
    private static final String[] NAMES = {"press", "release", "right", "drag", "move", "wheel-up",
        "wheel-down", "ctrl-press", "shift-alt-release", "unknown-release"};

    /**
     * tracking, encoding, then the bytes of each of {@link #EVENTS} at cell (5, 6), "" when the
     * mode does not report it. Escapes written as \e.
     */
    static Stream<Arguments> golden() {
        return Stream.of(
                // X10 compatibility: presses only, no modifiers
                row(9, 0, "\\e[M %&", "", "\\e[M\"%&", "", "", "\\e[M`%&", "\\e[Ma%&", "\\e[M %&", "", ""),
                row(9, 1006, "\\e[<0;5;6M", "", "\\e[<2;5;6M", "", "", "\\e[<64;5;6M", "\\e[<65;5;6M",
                        "\\e[<0;5;6M", "", ""),
                // 1000: presses and releases, no motion
                row(1000, 0, "\\e[M %&", "\\e[M#%&", "\\e[M\"%&", "", "", "\\e[M`%&", "\\e[Ma%&", "\\e[M0%&",
                        "\\e[M/%&", "\\e[M#%&"),
                row(1000, 1005, "\\e[M %&", "\\e[M#%&", "\\e[M\"%&", "", "", "\\e[M`%&", "\\e[Ma%&", "\\e[M0%&",
                        "\\e[M/%&", "\\e[M#%&"),
                row(1000, 1006, "\\e[<0;5;6M", "\\e[<0;5;6m", "\\e[<2;5;6M", "", "", "\\e[<64;5;6M",
                        "\\e[<65;5;6M", "\\e[<16;5;6M", "\\e[<13;5;6m", "\\e[M#%&"),
                row(1000, 1015, "\\e[32;5;6M", "\\e[35;5;6M", "\\e[34;5;6M", "", "", "\\e[96;5;6M",
                        "\\e[97;5;6M", "\\e[48;5;6M", "\\e[47;5;6M", "\\e[35;5;6M"),
                row(1000, 1016, "\\e[<0;5;6M", "\\e[<0;5;6m", "\\e[<2;5;6M", "", "", "\\e[<64;5;6M",
                        "\\e[<65;5;6M", "\\e[<16;5;6M", "\\e[<13;5;6m", "\\e[M#%&"),
                // 1002: also motion with a button held
                row(1002, 0, "\\e[M %&", "\\e[M#%&", "\\e[M\"%&", "\\e[M@%&", "", "\\e[M`%&", "\\e[Ma%&",
                        "\\e[M0%&", "\\e[M/%&", "\\e[M#%&"),
                row(1002, 1006, "\\e[<0;5;6M", "\\e[<0;5;6m", "\\e[<2;5;6M", "\\e[<32;5;6M", "",
                        "\\e[<64;5;6M", "\\e[<65;5;6M", "\\e[<16;5;6M", "\\e[<13;5;6m", "\\e[M#%&"),
                row(1002, 1015, "\\e[32;5;6M", "\\e[35;5;6M", "\\e[34;5;6M", "\\e[64;5;6M", "", "\\e[96;5;6M",
                        "\\e[97;5;6M", "\\e[48;5;6M", "\\e[47;5;6M", "\\e[35;5;6M"),
                // 1003: all motion
                row(1003, 0, "\\e[M %&", "\\e[M#%&", "\\e[M\"%&", "\\e[M@%&", "\\e[MC%&", "\\e[M`%&",
                        "\\e[Ma%&", "\\e[M0%&", "\\e[M/%&", "\\e[M#%&"),
                row(1003, 1005, "\\e[M %&", "\\e[M#%&", "\\e[M\"%&", "\\e[M@%&", "\\e[MC%&", "\\e[M`%&",
                        "\\e[Ma%&", "\\e[M0%&", "\\e[M/%&", "\\e[M#%&"),
                row(1003, 1006, "\\e[<0;5;6M", "\\e[<0;5;6m", "\\e[<2;5;6M", "\\e[<32;5;6M", "\\e[<35;5;6M",
                        "\\e[<64;5;6M", "\\e[<65;5;6M", "\\e[<16;5;6M", "\\e[<13;5;6m", "\\e[M#%&"),
                row(1003, 1015, "\\e[32;5;6M", "\\e[35;5;6M", "\\e[34;5;6M", "\\e[64;5;6M", "\\e[67;5;6M",
                        "\\e[96;5;6M", "\\e[97;5;6M", "\\e[48;5;6M", "\\e[47;5;6M", "\\e[35;5;6M"),
                // off
                row(0, 1006, "", "", "", "", "", "", "", "", "", ""));
    }

    private static Arguments row(int tracking, int encoding, String... expected) {
        return Arguments.of(tracking, encoding, List.of(expected));
    }

    @ParameterizedTest(name = "tracking {0}, encoding {1}")
    @MethodSource("golden")
    void encodesEveryEventForEveryMode(int tracking, int encoding, List<String> expected) {
        List<String> actual = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < EVENTS.length; i++) {
            actual.add(NAMES[i] + " " + show(MouseEncoder.encode(EVENTS[i], 5, 6, tracking, encoding)));
            wanted.add(NAMES[i] + " " + expected.get(i));
        }
        assertThat(actual).isEqualTo(wanted);
    }

    @Test
    void x10ClampsFarCellsAt223() {
        assertThat(show(MouseEncoder.encode(PRESS, 223, 300, 1000, 0))).isEqualTo("\\e[M \\xff\\xff");
        assertThat(show(MouseEncoder.encode(PRESS, 222, 1, 1000, 0))).isEqualTo("\\e[M \\xfe!");
    }

    @Test
    void utf8CarriesFarCellsAsTwoByteCharacters() {
        // 300 + 32 = 332 = U+014C
        assertThat(show(MouseEncoder.encode(PRESS, 300, 1, 1000, 1005))).isEqualTo("\\e[M \\xc5\\x8c!");
        assertThat(MouseEncoder.encode(PRESS, 2015, 1, 1000, 1005)).hasSize(3 + 1 + 2 + 1);
        assertThat(MouseEncoder.encode(PRESS, 2016, 1, 1000, 1005)).as("beyond 2047: not sent").isEmpty();
    }

    @Test
    void sgrAndUrxvtHaveNoCoordinateLimit() {
        assertThat(show(MouseEncoder.encode(PRESS, 1000, 2000, 1000, 1006))).isEqualTo("\\e[<0;1000;2000M");
        assertThat(show(MouseEncoder.encode(PRESS, 1000, 2000, 1000, 1015))).isEqualTo("\\e[32;1000;2000M");
    }

    @Test
    void whatIsSentDecodesBackToTheSameEvent() {
        for (int encoding : new int[] {0, 1006}) {
            for (InputEvent.Mouse e : new InputEvent.Mouse[] {PRESS, RIGHT_PRESS, DRAG, MOVE, WHEEL_UP, CTRL_PRESS}) {
                byte[] bytes = MouseEncoder.encode(e, 7, 9, 1003, encoding);
                List<InputEvent> back = new ArrayList<>();
                new InputDecoder().feed(bytes, back::add);
                assertThat(back).containsExactly(new InputEvent.Mouse(e.button(), 7, 9, true, e.modifiers()));
            }
        }
    }

    static String show(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == 0x1b) {
                s.append("\\e");
            } else if (c < 0x20 || c >= 0x7f) {
                s.append(String.format("\\x%02x", c));
            } else {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Test
    void showIsReadable() {
        assertThat(show("\u001b[M !".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("\\e[M !");
    }
}
