package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's socket: a live one is never taken over, an unsafe directory is refused. */
class ServerIT {
    @TempDir
    Path home;

    @Test
    void aSecondServerOnALiveSocketExitsWithoutDisturbingTheFirst() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            assertThat(term.weft("new", "-d", "-s", "keep").exitCode()).isZero();

            OuterTerminal.Result second = term.weft("mux-server");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.stderr().strip())
                    .isEqualTo("a server is already running on " + term.defaultSocket());

            OuterTerminal.Result daemon = term.weft("mux-server", "--daemonize");
            assertThat(daemon.exitCode()).isEqualTo(1);
            assertThat(daemon.stderr()).contains("a server is already running on");

            OuterTerminal.Result ls = term.weft("ls");
            assertThat(ls.exitCode()).isZero();
            assertThat(ls.stdout()).startsWith("keep: ");
        }
    }

    @Test
    void aSocketDirectoryOthersCanWriteIsRefusedWithTheDocumentedMessage() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            Path dir = Files.createDirectories(term.runtimeDir.resolve("weft"));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));

            OuterTerminal.Result r = term.weft("new", "-d");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.stderr().lines()).hasSize(1);
            assertThat(r.stderr()).contains(dir.toString()).contains("0777").contains("skip_permissions_check")
                    .doesNotContain("Exception");
            assertThat(dir.resolve("default.sock")).doesNotExist();
        }
    }

    @Test
    void withoutAutoStartACommandSaysNoServerIsRunning() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            OuterTerminal.Result r = term.weft("--no-auto-start", "ls");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.stderr().strip()).isEqualTo("no server running on " + term.defaultSocket());
        }
    }
}
