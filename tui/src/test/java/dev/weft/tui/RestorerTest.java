package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.junit.jupiter.api.Test;

class RestorerTest {
    private final List<String> events = new ArrayList<>();

    /** Records each write as an event so the order relative to the other steps is visible. */
    private final OutputStream recording = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            events.add("write " + new String(b, off, len, StandardCharsets.US_ASCII));
        }
    };

    @Test
    void restore_leaves_the_alternate_screen_then_closes_then_restores_attributes() {
        TerminalOutput out = new TerminalOutput(recording);
        Restorer restorer = new Restorer(out, () -> events.add("close"), () -> events.add("attributes"));

        restorer.restore();

        assertThat(events).containsExactly(
                "write \033[?2026l\033[0m\033[?1006l\033[?1000l\033[?1002l\033[?1003l\033[?1004l\033[?2004l\033[?25h\033[?1049l",
                "close",
                "attributes");
    }

    @Test
    void a_changed_cursor_shape_is_reset_before_leaving() {
        Restorer restorer = new Restorer(new TerminalOutput(recording), () -> { }, () -> { });
        restorer.cursorShapeChanged();

        restorer.restore();

        assertThat(events).containsExactly(
                "write \033[?2026l\033[0m\033[?1006l\033[?1000l\033[?1002l\033[?1003l\033[?1004l\033[?2004l\033[0 q\033[?25h\033[?1049l");
    }

    @Test
    void restore_runs_once_and_nothing_is_drawn_after_it() throws IOException {
        TerminalOutput out = new TerminalOutput(recording);
        Restorer restorer = new Restorer(out, () -> events.add("close"), () -> events.add("attributes"));
        out.write("half a frame".getBytes(StandardCharsets.US_ASCII));

        restorer.restore();
        restorer.restore();
        out.write("late frame".getBytes(StandardCharsets.US_ASCII));
        out.flush();

        assertThat(events).hasSize(3);
        assertThat(String.join("", events)).doesNotContain("frame");
        assertThat(restorer.restored()).isTrue();
    }

    @Test
    void a_failing_step_does_not_stop_the_others() {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("EIO: the terminal hung up");
            }
        };
        Restorer restorer = new Restorer(new TerminalOutput(gone),
                () -> {
                    throw new IllegalStateException("close failed");
                },
                () -> events.add("attributes"));

        restorer.restore();

        assertThat(events).containsExactly("attributes");
    }

    @Test
    void enter_sequence_switches_on_what_leave_switches_off() {
        String enter = new String(OuterModes.enter(), StandardCharsets.US_ASCII);
        String leave = new String(OuterModes.leave(), StandardCharsets.US_ASCII);
        assertThat(enter).startsWith("\033[?1049h").contains("\033[?2004h", "\033[?1004h", "\033[?25l");
        assertThat(leave).contains("\033[?2004l", "\033[?1004l", "\033[?25h", "\033[0m").endsWith("\033[?1049l");
        assertThat(leave).as("mouse reporting off whether or not it was on")
                .contains("\033[?1000l", "\033[?1002l", "\033[?1003l", "\033[?1006l");
    }

    @Test
    void raw_mode_turns_off_signals_flow_control_and_cr_translation_like_tmux() {
        Attributes cooked = new Attributes();
        cooked.setInputFlags(java.util.EnumSet.of(InputFlag.ICRNL, InputFlag.IXON, InputFlag.BRKINT));
        cooked.setOutputFlags(java.util.EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR));
        cooked.setLocalFlags(java.util.EnumSet.of(LocalFlag.ISIG, LocalFlag.ICANON, LocalFlag.ECHO,
                LocalFlag.IEXTEN));
        cooked.setControlChar(ControlChar.VMIN, 1);

        Attributes raw = TerminalSession.raw(cooked);

        assertThat(raw.getInputFlag(InputFlag.ICRNL)).isFalse();
        assertThat(raw.getInputFlag(InputFlag.IXON)).isFalse();
        assertThat(raw.getLocalFlag(LocalFlag.ISIG)).isFalse();
        assertThat(raw.getLocalFlag(LocalFlag.ICANON)).isFalse();
        assertThat(raw.getLocalFlag(LocalFlag.ECHO)).isFalse();
        assertThat(raw.getLocalFlag(LocalFlag.IEXTEN)).isFalse();
        assertThat(raw.getOutputFlag(OutputFlag.OPOST)).isFalse();
        // reads return within 100 ms so the input thread can stop before canonical mode returns
        assertThat(raw.getControlChar(ControlChar.VMIN)).isZero();
        assertThat(raw.getControlChar(ControlChar.VTIME)).isEqualTo(1);
        assertThat(cooked.getLocalFlag(LocalFlag.ISIG)).as("the saved attributes stay untouched").isTrue();
    }
}
