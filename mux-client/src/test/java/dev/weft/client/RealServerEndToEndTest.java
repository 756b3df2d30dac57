package dev.weft.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.protocol.Pdu;
import dev.weft.server.MuxServer;
import dev.weft.server.ServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against the real mux server: real socket, real PTYs running /bin/sh. */
class RealServerEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    Path socket;
    MuxServer server;

    @BeforeEach
    void paths() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("weft"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        socket = dir.resolve("default.sock");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private ClientOptions options(boolean autoStart, List<String> command) {
        return new ClientOptions(socket, autoStart, command, Duration.ofSeconds(20), false);
    }

    private static Optional<Integer> rowShowing(PaneMirror pane, String text) {
        MirroredPane m = (MirroredPane) pane;
        return IntStream.range(0, m.rows()).filter(r -> m.text(r).strip().equals(text)).boxed().findFirst();
    }

    @Test
    void attachToAShellAndSeeItsOutput() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        AttachmentTest.RecordingListener listener = new AttachmentTest.RecordingListener();
        try (MuxClient client = MuxClient.connect(options(false, List.of()), "test")) {
            Pdu.SessionCreated created = client.newSession("e2e", tmp.toString(), List.of("/bin/sh"),
                    List.of("PS1=$ ", "ENV="), 80, 24);
            assertThat(created.name()).isEqualTo("e2e");
            assertThat(client.hasSession("e2e")).isTrue();
            assertThat(client.listSessions()).extracting(Pdu.SessionInfo::name).contains("e2e");

            AttachedSession session = client.attach("e2e", 80, 24, false, listener);
            assertThat(session.sessionName()).isEqualTo("e2e");
            await().atMost(WAIT).until(() -> session.pane(created.paneId()) != null);
            PaneMirror pane = session.pane(created.paneId());

            long serial = session.sendInput(created.paneId(), "echo hi\r".getBytes(StandardCharsets.UTF_8));
            await().atMost(WAIT).until(() -> rowShowing(pane, "hi").isPresent());
            assertThat(rowShowing(pane, "$ echo hi")).isPresent();
            await().atMost(WAIT).until(() -> pane.inputSerialConsumed() >= serial);
            assertThat(pane.echoFlags() & Pdu.PaneUpdate.ECHO).isNotZero();
            assertThat(pane.takeDirtyRows().isEmpty()).isFalse();
            assertThat(listener.calls).contains("state e2e", "changed %" + created.paneId());

            // The server's scripting view agrees with the mirror.
            assertThat(client.capturePane("e2e", 0, Integer.MAX_VALUE, false, false)).contains("$ echo hi\nhi\n");

            session.detach();
            await().atMost(WAIT).until(() -> listener.calls.contains("detached e2e detached"));
            // Kill it while another session keeps the server alive (it exits with its last session).
            client.newSession("other", tmp.toString(), List.of("/bin/sh"), List.of(), 80, 24);
            client.killSession("e2e");
            assertThat(client.hasSession("e2e")).isFalse();
            assertThat(client.hasSession("other")).isTrue();
        }
    }

    @Test
    void sendKeysReachesThePaneAndBadTargetsAreTheServersMessage() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        try (MuxClient client = MuxClient.connect(options(false, List.of()), "cli")) {
            client.newSession("keys", tmp.toString(), List.of("/bin/sh"), List.of("PS1=$ ", "ENV="), 80, 24);
            client.sendKeys("keys", List.of("echo sent"), true);
            client.sendKeys("keys", List.of("Enter"), false);
            await().atMost(WAIT).until(() -> client.capturePane("keys", 0, Integer.MAX_VALUE, false, false)
                    .contains("\nsent\n"));
            assertThatThrownBy(() -> client.killSession("nosuch")).isInstanceOf(ClientException.class)
                    .hasMessageContaining("nosuch");
        }
    }

    @Test
    void autostartRunsTheServerCommandThenConnects() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of("/bin/sh", "-c",
                "\"$0\" -cp \"$1\" dev.weft.client.RealServerMain \"$2\" </dev/null >/dev/null 2>&1 &",
                java, System.getProperty("java.class.path"), socket.toString());
        try (MuxClient client = MuxClient.connect(options(true, command), "test")) {
            long pid = client.serverPid();
            assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(client.listSessions()).isEmpty();
            client.killServer();
            await().atMost(WAIT).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        }
        assertThat(socket).doesNotExist();
    }

    /**
     * The server going away ends the attachment either way the client can learn it: the server's
     * Detached("server-exiting") when it manages to send one, or the connection closing. (Right
     * after an attach the server sometimes closes without the Detached: reported to the server's
     * owner; the client must cope with both.)
     */
    @Test
    void serverExitingEndsTheAttachment() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        AttachmentTest.RecordingListener listener = new AttachmentTest.RecordingListener();
        try (MuxClient client = MuxClient.connect(options(false, List.of()), "test")) {
            client.newSession("bye", tmp.toString(), List.of("/bin/sh"), List.of(), 80, 24);
            client.attach("bye", 80, 24, false, listener);
            server.shutdown();
            await().atMost(WAIT).untilAsserted(() -> assertThat(listener.calls)
                    .containsAnyOf("detached bye server-exiting", "disconnected lost server"));
            await().atMost(WAIT).until(() -> !client.isConnected());
            assertThat(listener.calls).filteredOn(c -> c.startsWith("detached") || c.startsWith("disconnected"))
                    .hasSize(1);
        }
    }
}
