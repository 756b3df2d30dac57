package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyNames;
import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InputRouterTest {
    private static final int PANE = 4;

    private FakePane pane;
    private FakeSession session;
    private AtomicInteger detaches;
    private InputRouter router;

    @BeforeEach
    void setUp() {
        pane = new FakePane(PANE, 80, 24);
        session = new FakeSession(pane);
        detaches = new AtomicInteger();
        router = new InputRouter(session, () -> PANE, KeyNames.parse("C-b"), detaches::incrementAndGet);
    }

    private void type(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        router.feed(b, 0, b.length);
    }

    private String sent() {
        return new String(session.sentTo(PANE), StandardCharsets.UTF_8);
    }

    @Test
    void text_reaches_the_pane_unchanged() {
        type("echo héllo 世界");
        assertThat(sent()).isEqualTo("echo héllo 世界");
    }

    @Test
    void a_read_becomes_one_input() {
        type("abc\r");
        assertThat(session.sent).hasSize(1);
        assertThat(sent()).isEqualTo("abc\r");
    }

    @Test
    void ctrl_and_alt_keys_keep_their_meaning() {
        type("\u0003");      // C-c
        type("\u001bx");     // M-x
        type("\u007f");      // Backspace
        assertThat(sent()).isEqualTo("\u0003\u001bx\u007f");
    }

    @Test
    void arrows_follow_the_pane_cursor_key_mode() {
        type("\u001b[A\u001b[D");
        assertThat(sent()).isEqualTo("\u001b[A\u001b[D");

        session.sent.clear();
        pane.modes = new Pdu.PaneModes(Pdu.PaneModes.CURSOR_KEYS_APP, 0, 0, 0);
        type("\u001b[A\u001bOD");
        assertThat(sent()).isEqualTo("\u001bOA\u001bOD");
    }

    @Test
    void modified_arrows_and_function_keys_pass_through() {
        type("\u001b[1;5C");   // C-Right
        type("\u001b[15~");    // F5
        type("\u001bOP");      // F1
        assertThat(sent()).isEqualTo("\u001b[1;5C\u001b[15~\u001bOP");
    }

    @Test
    void prefix_d_detaches_and_sends_nothing() {
        type("\u0002d");
        assertThat(detaches.get()).isEqualTo(1);
        assertThat(session.sent).isEmpty();
    }

    @Test
    void prefix_d_split_across_reads_detaches() {
        type("\u0002");
        assertThat(router.prefixArmed()).isTrue();
        type("d");
        assertThat(detaches.get()).isEqualTo(1);
        assertThat(router.prefixArmed()).isFalse();
    }

    @Test
    void prefix_twice_sends_the_prefix_itself() {
        type("\u0002\u0002x");
        assertThat(sent()).isEqualTo("\u0002x");
        assertThat(detaches.get()).isZero();
    }

    @Test
    void an_unbound_key_after_the_prefix_is_swallowed() {
        type("\u0002Xab");
        assertThat(sent()).isEqualTo("ab");
        assertThat(detaches.get()).isZero();
    }

    @Test
    void another_prefix_key_is_honoured() {
        router = new InputRouter(session, () -> PANE, KeyNames.parse("C-a"), detaches::incrementAndGet);
        type("\u0002\u0001d");
        assertThat(sent()).isEqualTo("\u0002");
        assertThat(detaches.get()).isEqualTo(1);
    }

    @Test
    void paste_is_bracketed_only_when_the_pane_asked_for_it() {
        type("\u001b[200~ls -l\rpwd\u001b[201~");
        assertThat(sent()).isEqualTo("ls -l\rpwd");

        session.sent.clear();
        pane.modes = new Pdu.PaneModes(Pdu.PaneModes.BRACKETED_PASTE, 0, 0, 0);
        type("\u001b[200~ls -l\rpwd\u001b[201~");
        assertThat(sent()).isEqualTo("\u001b[200~ls -l\rpwd\u001b[201~");
    }

    @Test
    void a_prefix_key_inside_a_paste_is_text() {
        type("\u001b[200~a\u0002d\u001b[201~");
        assertThat(detaches.get()).isZero();
        assertThat(sent()).isEqualTo("a\u0002d");
    }

    @Test
    void a_paste_without_its_end_marker_is_sent_when_ended() {
        type("\u001b[200~half a paste");
        assertThat(router.inPaste()).isTrue();
        assertThat(session.sent).isEmpty();

        router.endPaste();
        assertThat(sent()).isEqualTo("half a paste");
        assertThat(router.inPaste()).isFalse();
        type("x");
        assertThat(sent()).isEqualTo("half a pastex");
    }

    @Test
    void a_lone_escape_waits_for_escape_time() {
        type("\u001b");
        assertThat(router.hasPending()).isTrue();
        assertThat(session.sent).isEmpty();

        router.timeout();
        assertThat(sent()).isEqualTo("\u001b");
        assertThat(router.hasPending()).isFalse();
    }

    @Test
    void focus_events_reach_the_pane_only_when_it_asked_for_them() {
        type("\u001b[I\u001b[O");
        assertThat(session.sent).isEmpty();

        pane.modes = new Pdu.PaneModes(Pdu.PaneModes.FOCUS_EVENTS, 0, 0, 0);
        type("\u001b[I\u001b[O");
        assertThat(sent()).isEqualTo("\u001b[I\u001b[O");
    }

    @Test
    void keys_without_an_active_pane_are_dropped() {
        router = new InputRouter(session, () -> -1, KeyNames.parse("C-b"), detaches::incrementAndGet);
        type("abc");
        assertThat(session.sent).isEmpty();
    }

    @Test
    void prefix_matching_ignores_the_letter_case_the_decoder_reports() {
        assertThat(InputRouter.sameKey(KeyEvent.ofChar('B', KeyEvent.CTRL), KeyEvent.ofChar('b', KeyEvent.CTRL))).isTrue();
        assertThat(InputRouter.sameKey(KeyEvent.ofChar('B', 0), KeyEvent.ofChar('b', 0))).isFalse();
    }
}
