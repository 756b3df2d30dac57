package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientIdentitiesTest {
    @TempDir
    Path tmp;

    @Test
    void aTerminalDeviceIsTheTtyAnythingElseIsNone() throws Exception {
        Path pts = Files.createSymbolicLink(tmp.resolve("0"), Path.of("/dev/pts/3"));
        Path tty = Files.createSymbolicLink(tmp.resolve("1"), Path.of("/dev/tty1"));
        Path pipe = Files.createSymbolicLink(tmp.resolve("2"), Path.of("pipe:[12345]"));
        Path file = Files.createFile(tmp.resolve("plain"));
        assertThat(ClientIdentities.ttyOf(pts)).isEqualTo("/dev/pts/3");
        assertThat(ClientIdentities.ttyOf(tty)).isEqualTo("/dev/tty1");
        assertThat(ClientIdentities.ttyOf(pipe)).isEmpty();
        assertThat(ClientIdentities.ttyOf(file)).isEmpty();
        assertThat(ClientIdentities.ttyOf(tmp.resolve("missing"))).isEmpty();
    }

    @Test
    void theIdentityCarriesTermAndPid() {
        assertThat(ClientIdentities.of("/dev/pts/3", Map.of("TERM", "xterm-256color"), 42))
                .isEqualTo(new Pdu.ClientIdentity("/dev/pts/3", "xterm-256color", 42));
        assertThat(ClientIdentities.of(null, Map.of(), 7)).isEqualTo(new Pdu.ClientIdentity("", "", 7));
        assertThat(ClientIdentities.current().pid()).isEqualTo(ProcessHandle.current().pid());
    }
}
