package dev.weft.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.ProtocolVersion;
import dev.weft.protocol.WeftVersion;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a scripted peer on a real unix socket. */
class MuxClientTest {
    @TempDir
    Path tmp;
    Path dir;
    Path socket;
    ScriptedServer server;

    @BeforeEach
    void socketDir() throws Exception {
        dir = Files.createDirectory(tmp.resolve("weft"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        socket = dir.resolve("default.sock");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ClientOptions options(boolean autoStart, List<String> serverCommand) {
        return new ClientOptions(socket, autoStart, serverCommand, Duration.ofSeconds(10), false);
    }

    private MuxClient connect() throws ClientException {
        return MuxClient.connect(options(false, List.of()), "test");
    }

    @Test
    void noSocketFileMeansNoServer() {
        assertThatThrownBy(this::connect).isInstanceOf(ClientException.class)
                .hasMessage("no server running on " + socket);
    }

    @Test
    void staleSocketMeansNoServer() throws Exception {
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists();
        assertThatThrownBy(this::connect).hasMessage("no server running on " + socket);
    }

    @Test
    void unsafeSocketDirectoryIsRefusedBeforeConnecting() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(this::connect).isInstanceOf(ClientException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("skip_permissions_check");
        // ... unless the check is skipped: then it is only "no server".
        assertThatThrownBy(() -> MuxClient.connect(new ClientOptions(socket, false, List.of(),
                Duration.ofSeconds(1), true))).hasMessage("no server running on " + socket);
    }

    @Test
    void handshakeAndRequests() throws Exception {
        server = new ScriptedServer(socket)
                .on(Pdu.ListSessions.class, r -> new Pdu.SessionList(r.requestId(),
                        List.of(new Pdu.SessionInfo(1, "main", 1, 1, 0, 5, 80, 24))))
                .on(Pdu.HasSession.class, r -> r.target().equals("main") ? new Pdu.OkReply(r.requestId())
                        : new Pdu.ErrorReply(r.requestId(), "no-session", "can't find session: " + r.target()))
                .on(Pdu.KillSession.class, r -> new Pdu.ErrorReply(r.requestId(), "no-session",
                        "can't find session: " + r.target()))
                .on(Pdu.NewSession.class, r -> new Pdu.SessionCreated(r.requestId(), 2, "2", 7))
                .on(Pdu.SendKeys.class, r -> new Pdu.OkReply(r.requestId()))
                .on(Pdu.CapturePane.class, r -> new Pdu.CaptureResult(r.requestId(), "captured\n"))
                .on(Pdu.GetScrollback.class, r -> new Pdu.ScrollbackLines(r.requestId(), r.paneId(), r.first(),
                        List.of(Frames.text("old"))));
        try (MuxClient client = connect()) {
            assertThat(client.serverVersion()).isEqualTo(WeftVersion.current());
            assertThat(client.serverPid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(client.listSessions()).extracting(Pdu.SessionInfo::name).containsExactly("main");
            assertThat(client.hasSession("main")).isTrue();
            assertThat(client.hasSession("nope")).isFalse();
            assertThatThrownBy(() -> client.killSession("nope")).isInstanceOf(ClientException.class)
                    .hasMessage("can't find session: nope");
            assertThat(client.newSession("", "/", List.of("/bin/sh"), List.of(), 80, 24))
                    .isEqualTo(new Pdu.SessionCreated(5, 2, "2", 7));
            client.sendKeys("main", List.of("C-c"), false);
            assertThat(client.capturePane("main", 0, Integer.MAX_VALUE, false, false)).isEqualTo("captured\n");
            assertThat(client.scrollback(1, 0, 10)).containsExactly(Frames.text("old"));
        }
        Pdu.Hello hello = (Pdu.Hello) server.received.get(0);
        assertThat(hello.clientKind()).isEqualTo("test");
        assertThat(hello.protocolMajor()).isEqualTo(ProtocolVersion.MAJOR);
    }

    @Test
    void differentMajorIsRefusedWithTheServersMessage() throws Exception {
        server = new ScriptedServer(socket);
        server.major = ProtocolVersion.MAJOR + 1;
        assertThatThrownBy(this::connect).isInstanceOf(ClientException.class)
                .hasMessage("weft " + WeftVersion.current() + " (protocol " + ProtocolVersion.MAJOR + "."
                        + ProtocolVersion.MINOR + ") cannot talk to server weft " + WeftVersion.current()
                        + " (protocol " + (ProtocolVersion.MAJOR + 1) + ".0): install the same major version on both sides");
    }

    @Test
    void unansweredRequestTimesOut() throws Exception {
        server = new ScriptedServer(socket); // no script for CapturePane: silence
        try (MuxClient client = connect()) {
            client.requestTimeout(Duration.ofMillis(200));
            assertThatThrownBy(() -> client.capturePane("main", 0, 0, false, false))
                    .isInstanceOf(ClientException.class)
                    .hasMessage("the server on " + socket + " did not answer capture-pane within 200 ms");
        }
    }

    @Test
    void serverClosingFailsTheWaitingRequest() throws Exception {
        server = new ScriptedServer(socket).on(Pdu.CapturePane.class, r -> {
            server.closeConnections();
            return null;
        });
        try (MuxClient client = connect()) {
            assertThatThrownBy(() -> client.capturePane("main", 0, 0, false, false))
                    .isInstanceOf(ClientException.class)
                    .hasMessage("lost connection to the server on " + socket);
            assertThatThrownBy(client::listSessions).hasMessage("not connected to the server on " + socket);
        }
    }

    @Test
    void requestAfterTheServerDroppedAnIdleConnectionReconnectsOnce() throws Exception {
        server = new ScriptedServer(socket).on(Pdu.ListSessions.class, r -> new Pdu.SessionList(r.requestId(),
                List.of()));
        try (MuxClient client = connect()) {
            // What the real server does to a client silent for three heartbeat intervals.
            await().atMost(Duration.ofSeconds(10)).until(() -> server.connections.size() == 1);
            server.closeConnections();
            await().atMost(Duration.ofSeconds(10)).until(() -> server.connections.stream().noneMatch(c -> c.isActive()));
            assertThat(client.listSessions()).isEmpty();
            assertThat(server.received).filteredOn(p -> p instanceof Pdu.Hello).hasSize(2);
            assertThat(server.received).filteredOn(p -> p instanceof Pdu.ListSessions).hasSize(1);
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void requestAfterTheServerWentAwayIsNotConnected() throws Exception {
        server = new ScriptedServer(socket);
        try (MuxClient client = connect()) {
            await().atMost(Duration.ofSeconds(10)).until(() -> server.connections.size() == 1);
            server.closeConnections();
            await().atMost(Duration.ofSeconds(10)).until(() -> server.connections.stream().noneMatch(c -> c.isActive()));
            server.close();
            server = null;
            await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(socket));
            assertThatThrownBy(client::listSessions).isInstanceOf(ClientException.class)
                    .hasMessageStartingWith("cannot send list-sessions to the server on " + socket);
            assertThat(client.isConnected()).isFalse();
        }
    }

    @Test
    void killServerSucceedsWhenTheServerAnswersOrJustGoes() throws Exception {
        server = new ScriptedServer(socket);
        server.onKillServer = server::closeConnections;
        try (MuxClient client = connect()) {
            client.killServer();
            await().atMost(Duration.ofSeconds(10)).until(() -> !client.isConnected());
        }
    }

    @Test
    void silentServerIsNoticedWithinThreeHeartbeatIntervals() throws Exception {
        server = new ScriptedServer(socket)
                .on(Pdu.Attach.class, r -> new Pdu.Attached(r.requestId(), 1, "main"));
        AttachmentTest.RecordingListener listener = new AttachmentTest.RecordingListener();
        try (MuxClient client = MuxClient.connect(options(false, List.of()), "test", Duration.ofMillis(100))) {
            AttachedSession session = client.attach("main", 80, 24, false, listener);
            assertThat(session.sessionName()).isEqualTo("main");
            await().atMost(Duration.ofSeconds(10)).until(() -> listener.calls.contains("disconnected lost server"));
            assertThat(client.isConnected()).isFalse();
            // The client did ping the silent server before giving up.
            assertThat(server.received).anyMatch(p -> p instanceof Pdu.Ping);
        }
    }

    @Test
    void listenerCallbacksMayCloseButNotBlockOnRequests() throws Exception {
        server = new ScriptedServer(socket)
                .on(Pdu.Attach.class, r -> new Pdu.Attached(r.requestId(), 1, "main"))
                .on(Pdu.ResizeClient.class, r -> new Pdu.SessionState(1, "main", r.cols(), r.rows(), List.of(), 0));
        List<Object> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        MuxClient client = connect();
        AttachedSession session = client.attach("main", 80, 24, false, new AttachmentTest.RecordingListener() {
            @Override
            public void sessionState(Pdu.SessionState state) {
                try {
                    client.listSessions();
                } catch (IllegalStateException | ClientException e) {
                    seen.add(e);
                }
                client.close();
                seen.add("closed");
            }
        });
        session.resize(100, 30);
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        assertThat(seen.get(0)).isInstanceOfSatisfying(IllegalStateException.class, e -> assertThat(e)
                .hasMessage("list-sessions blocks for its answer; call it from outside SessionListener callbacks"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.isConnected());
    }

    @Test
    void attachErrorIsTheServersMessage() throws Exception {
        server = new ScriptedServer(socket).on(Pdu.Attach.class,
                r -> new Pdu.ErrorReply(r.requestId(), "no-session", "can't find session: " + r.target()));
        try (MuxClient client = connect()) {
            assertThatThrownBy(() -> client.attach("ghost", 80, 24, false, new AttachmentTest.RecordingListener()))
                    .hasMessage("can't find session: ghost");
        }
    }

    @Test
    void autostartRunsTheServerCommandAndWaitsForTheSocket() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        List<String> command = List.of("/bin/sh", "-c",
                "\"$0\" -cp \"$1\" dev.weft.client.ScriptedServer \"$2\" </dev/null >/dev/null 2>&1 &",
                java, cp, socket.toString());
        try (MuxClient client = MuxClient.connect(options(true, command), "test")) {
            assertThat(client.listSessions()).isEmpty();
            assertThat(client.serverPid()).isNotEqualTo(ProcessHandle.current().pid());
            long pid = client.serverPid();
            client.killServer();
            await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        }
    }

    @Test
    void failingServerCommandIsReportedWithItsLastLine() {
        List<String> command = List.of("/bin/sh", "-c", "echo 'weft: cannot bind: Address in use' >&2; exit 3");
        assertThatThrownBy(() -> MuxClient.connect(options(true, command)))
                .isInstanceOf(ClientException.class)
                .hasMessage("the server command /bin/sh -c echo 'weft: cannot bind: Address in use' >&2; exit 3"
                        + " failed with status 3: weft: cannot bind: Address in use");
    }
}
