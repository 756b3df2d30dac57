package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.config.WeftConfig;
import dev.weft.protocol.Handshake;
import dev.weft.protocol.Pdu;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connection handling in memory. */
class ServerPipelineTest {
    private final Mux mux = new Mux(WeftConfig.DEFAULTS, null, Map.of(), () -> {});

    private ClientConnection connection() {
        return new ClientConnection(mux, new ClientConnection.ServerControl() {
            @Override
            public Pdu answerHello(Pdu.Hello hello) {
                return ServerPipeline.answerHello(hello);
            }

            @Override
            public void killServer() {}

            @Override
            public void connectionOpened(ClientConnection c) {}

            @Override
            public void connectionClosed(ClientConnection c) {}
        });
    }

    @Test
    void aPeerWhoseUidIsNotOursIsRefused() {
        // An embedded channel has no SO_PEERCRED: its uid is unknown, which never equals ours.
        EmbeddedChannel ch = new EmbeddedChannel(new ServerPipeline.PeerCheck(1000), connection());
        Pdu.ErrorReply reply = ch.readOutbound();
        assertThat(reply.code()).isEqualTo("permission-denied");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void incompatibleHelloIsAnsweredAndClosed() {
        EmbeddedChannel ch = new EmbeddedChannel(connection());
        ch.writeInbound(new Pdu.Hello("9.9.9", 99, 0, java.util.Set.of(), "test"));
        Pdu.ErrorReply reply = ch.readOutbound();
        assertThat(reply.code()).isEqualTo(Handshake.VERSION_MISMATCH);
        ch.runPendingTasks();
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void requestsBeforeHelloCloseTheConnection() {
        EmbeddedChannel ch = new EmbeddedChannel(connection());
        ch.writeInbound(new Pdu.ListSessions(1));
        Pdu.ErrorReply reply = ch.readOutbound();
        assertThat(reply.requestId()).isZero();
        ch.runPendingTasks();
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void requestErrorsKeepTheConnection() {
        EmbeddedChannel ch = new EmbeddedChannel(connection());
        ch.writeInbound(Handshake.hello("test"));
        assertThat((Pdu) ch.readOutbound()).isInstanceOf(Pdu.HelloOk.class);
        ch.writeInbound(new Pdu.KillSession(4, "nothing"));
        Pdu.ErrorReply reply = ch.readOutbound();
        assertThat(reply).isEqualTo(new Pdu.ErrorReply(4, "no-session", "no session named \"nothing\" (weft ls lists them)"));
        ch.writeInbound(new Pdu.ListSessions(5));
        assertThat((Pdu) ch.readOutbound()).isEqualTo(new Pdu.SessionList(5, java.util.List.of()));
        assertThat(ch.isOpen()).isTrue();
    }
}
