package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    @Test
    void sameMajorIsAcceptedAndUnknownCapabilitiesAreIgnored() {
        Pdu.Hello hello = new Pdu.Hello("0.1.0", ProtocolVersion.MAJOR, ProtocolVersion.MINOR + 5,
                Set.of(Capabilities.FRAME_ACK, "teleport"), "cli");
        Pdu answer = Handshake.answer(hello, "0.2.0", ProtocolVersion.MAJOR, 0, 77);
        assertThat(answer).isEqualTo(new Pdu.HelloOk("0.2.0", ProtocolVersion.MAJOR, 0,
                Set.of(Capabilities.FRAME_ACK), 77));
    }

    @Test
    void differentMajorIsRefusedNamingBothVersionsAndWhatToInstall() {
        Pdu.Hello hello = new Pdu.Hello("0.1.0", 2, 0, Set.of(), "tui");
        Pdu answer = Handshake.answer(hello, "0.3.1", 3, 1, 77);
        assertThat(answer).isEqualTo(new Pdu.ErrorReply(0, Handshake.VERSION_MISMATCH,
                "weft 0.1.0 (protocol 2.0) cannot talk to server weft 0.3.1 (protocol 3.1): "
                        + "install the same major version on both sides"));
    }

    @Test
    void thisBuildsHelloCarriesTheMavenVersion() {
        Pdu.Hello hello = Handshake.hello("tui");
        assertThat(hello.weftVersion()).isEqualTo(WeftVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(hello.protocolMajor()).isEqualTo(ProtocolVersion.MAJOR);
        assertThat(hello.capabilities()).isEqualTo(Capabilities.SUPPORTED);
        assertThat(Handshake.answer(hello, 1)).isInstanceOf(Pdu.HelloOk.class);
    }
}
