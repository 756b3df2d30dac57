package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A read-only client (weft attach -r): nothing reaches the pane or the server but a detach. */
class ReadOnlyInputTest {
    private static final int PANE = 4;

    private FakeSession session;
    private Routing routing;

    @BeforeEach
    void setUp() {
        session = new FakeSession(new FakePane(PANE, 80, 24));
        routing = new Routing(session, PANE);
        routing.router.readOnly(true);
    }

    @Test
    void typedTextPastesAndFocusNeverReachThePane() {
        routing.type("echo hi\r\u0003\u001b[A");
        routing.type("\u001b[200~pasted\u001b[201~");
        routing.type("\u001b[I");
        assertThat(session.sent).isEmpty();
        assertThat(session.commands).isEmpty();
    }

    @Test
    void prefixDDetachesButOtherBindingsDoNothing() {
        routing.type("\u0002%");   // C-b %: split-window, refused silently
        routing.type("\u0002c");   // C-b c: new-window
        routing.type("\u0002:");   // C-b :: no prompt opens
        assertThat(routing.ui.prompt()).isNull();
        assertThat(session.commands).isEmpty();
        assertThat(routing.detaches.get()).isZero();
        routing.type("\u0002d");
        assertThat(routing.detaches.get()).isEqualTo(1);
        assertThat(session.sent).isEmpty();
    }

    @Test
    void onlyDetachingCommandLinesAreSafe() {
        assertThat(InputRouter.readOnlySafe("detach-client")).isTrue();
        assertThat(InputRouter.readOnlySafe("detach -a")).isTrue();
        assertThat(InputRouter.readOnlySafe("detach-client ; kill-server")).isFalse();
        assertThat(InputRouter.readOnlySafe("split-window -h")).isFalse();
        assertThat(InputRouter.readOnlySafe("\"unterminated")).isFalse();
        assertThat(List.of("")).allMatch(l -> !InputRouter.readOnlySafe(l));
    }

    @Test
    void aWritableClientStillTypes() {
        routing.router.readOnly(false);
        routing.type("ls\r");
        assertThat(new String(session.sentTo(PANE))).isEqualTo("ls\r");
    }
}
