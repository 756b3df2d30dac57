package dev.weft.client;

import static dev.weft.client.Frames.cursor;
import static dev.weft.client.Frames.update;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The attached-session stream in memory: ClientHandler + Attachment on an EmbeddedChannel. */
class AttachmentTest {

    static class RecordingListener implements SessionListener {
        final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void sessionState(Pdu.SessionState state) {
            calls.add("state " + state.sessionName());
        }

        @Override
        public void paneChanged(PaneMirror pane) {
            calls.add("changed %" + pane.paneId());
        }

        @Override
        public void paneClosed(int paneId) {
            calls.add("closed %" + paneId);
        }

        @Override
        public void detached(String sessionName, String reason) {
            calls.add("detached " + sessionName + " " + reason);
        }

        @Override
        public void disconnected(String why) {
            calls.add("disconnected " + why);
        }
    }

    private final RecordingListener listener = new RecordingListener();
    private final AtomicLong requestIds = new AtomicLong(100);
    private ClientHandler handler;
    private EmbeddedChannel ch;
    private Attachment session;

    @BeforeEach
    void attach() {
        handler = new ClientHandler("/tmp/test.sock");
        ch = new EmbeddedChannel(handler);
        ch.writeInbound(new Pdu.HelloOk("0.1.0", 1, 0, Set.of(), 1));
        assertThat(handler.handshake()).isCompleted();
        session = new Attachment(ch, handler, listener, new AtomicLong(), requestIds::incrementAndGet, "main", 80, 24);
        handler.attach(session);
    }

    private static Pdu.SessionState state(int... paneIds) {
        List<Pdu.PaneGeometry> panes = new ArrayList<>();
        for (int id : paneIds) {
            panes.add(new Pdu.PaneGeometry(id, 0, 0, 40, 24));
        }
        return new Pdu.SessionState(1, "main", 80, 24, List.of(new Pdu.TabInfo(0, 0, "sh", paneIds[0], false, panes),
                new Pdu.TabInfo(1, 1, "other", 9, false, List.of(new Pdu.PaneGeometry(9, 0, 0, 80, 24)))), 0);
    }

    @Test
    void appliesUpdatesAndAcknowledgesEachAppliedFrame() {
        ch.writeInbound(state(1, 2));
        assertThat(session.panes()).extracting(PaneMirror::paneId).containsExactlyInAnyOrder(1, 2);
        assertThat(session.sessionState()).isEqualTo(state(1, 2));

        ch.writeInbound(update(1, 1, true, 40, 24, cursor(0, 2), "0:$ echo hi", "1:hi"));
        assertThat((Object) ch.readOutbound()).isEqualTo(new Pdu.Ack(1, 1));
        assertThat(((MirroredPane) session.pane(1)).text(1)).isEqualTo("hi");

        ch.writeInbound(update(1, 1, false, 40, 24, cursor(0, 2), "1:stale"));
        assertThat((Object) ch.readOutbound()).isNull(); // a stale frame is neither applied nor acked
        ch.writeInbound(update(1, 2, false, 40, 24, cursor(2, 2), "2:$ "));
        assertThat((Object) ch.readOutbound()).isEqualTo(new Pdu.Ack(1, 2));
        assertThat(session.pane(1).inputSerialConsumed()).isEqualTo(20);

        assertThat(listener.calls).containsExactly("state main", "changed %1", "changed %1");
    }

    @Test
    void paneClosedAndStateChangesDropMirrors() {
        ch.writeInbound(state(1, 2));
        ch.writeInbound(new Pdu.PaneClosed(2));
        assertThat(session.pane(2)).isNull();
        ch.writeInbound(state(1));
        assertThat(session.panes()).extracting(PaneMirror::paneId).containsExactly(1);
        assertThat(listener.calls).containsExactly("state main", "closed %2", "state main");
    }

    @Test
    void inputCarriesIncreasingSerialsAndResizeAndDetachAreSent() {
        long first = session.sendInput(1, "echo hi\r".getBytes());
        long second = session.sendInput(1, new byte[] {3});
        assertThat(second).isGreaterThan(first);
        Pdu.Input in1 = ch.readOutbound();
        Pdu.Input in2 = ch.readOutbound();
        assertThat(in1.serial()).isEqualTo(first);
        assertThat(new String(in1.data())).isEqualTo("echo hi\r");
        assertThat(in2.serial()).isEqualTo(second);
        assertThat(in2.data()).containsExactly(3);

        session.resize(100, 30);
        assertThat((Object) ch.readOutbound()).isEqualTo(new Pdu.ResizeClient(100, 30));
        session.detach();
        assertThat((Object) ch.readOutbound()).isEqualTo(new Pdu.DetachRequest(101));

        ch.writeInbound(new Pdu.Detached("main", "detached"));
        assertThat(listener.calls).containsExactly("detached main detached");
        ch.close();
        assertThat(listener.calls).containsExactly("detached main detached"); // detached: no "lost server"
    }

    @Test
    void lostConnectionIsReportedToTheListener() {
        ch.close();
        assertThat(listener.calls).containsExactly("disconnected lost server");
    }

    @Test
    void closingOurselvesIsNotALostServer() {
        handler.closingByUs();
        ch.close();
        assertThat(listener.calls).isEmpty();
    }

    @Test
    void repliesGoToTheirRequestNotToTheSession() {
        var reply = handler.expect(5);
        ch.writeInbound(new Pdu.CaptureResult(5, "text"));
        assertThat(reply).isCompletedWithValue(new Pdu.CaptureResult(5, "text"));
        assertThat(listener.calls).isEmpty();
        var pending = handler.expect(6);
        ch.close();
        assertThat(pending).isCompletedExceptionally();
    }
}
