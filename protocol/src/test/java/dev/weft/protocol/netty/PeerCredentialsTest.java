package dev.weft.protocol.netty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;

class PeerCredentialsTest {

    @Test
    void uidOfOwnAndRootPrincipals() throws Exception {
        UserPrincipal me = Files.getOwner(Path.of("/proc/self"));
        assertThat(PeerCredentials.uidOf(me)).isEqualTo(PeerCredentials.processUid());
        UserPrincipal root = FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("root");
        assertThat(PeerCredentials.uidOf(root)).isEqualTo(0);
        UserPrincipal named = () -> "no-such-user-here";
        assertThat(PeerCredentials.uidOf(named)).isEqualTo(PeerCredentials.UNKNOWN);
        UserPrincipal numeric = () -> "123456";
        assertThat(PeerCredentials.uidOf(numeric)).isEqualTo(123456);
    }
}
