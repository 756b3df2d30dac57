package dev.weft.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.netty.HeartbeatHandler;
import dev.weft.server.MuxServer;
import dev.weft.server.ServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-shot (not attached) connection against the real mux server: plain JDK socket, no
 * netty, no heartbeats. Timeouts on the tests guard against hangs only; nothing here is timed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BlockingConnectionTest {
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

    private MuxClient connect() throws ClientException {
        return MuxClient.connect(new ClientOptions(socket, false, List.of(), WAIT, false), "cli");
    }

    @Test
    void requestsAreAnsweredWithoutHeartbeats() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        try (MuxClient client = connect()) {
            assertThat(client.serverPid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(client.capabilities()).isNotNull();
            assertThat(client.listSessions()).isEmpty();
            Pdu.SessionCreated created = client.newSession("one", tmp.toString(), List.of("/bin/sh"), List.of(),
                    80, 24);
            assertThat(client.listSessions()).extracting(Pdu.SessionInfo::name).containsExactly("one");
            assertThat(client.hasSession("one")).isTrue();
            assertThat(client.capturePane("one", 0, Integer.MAX_VALUE, false, false)).isNotNull();
            assertThat(created.name()).isEqualTo("one");
            assertThat(client.lastRoundTrip()).isNull(); // documented: no heartbeats before attach
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void errorReplyIsTheServersMessageAndTheConnectionStaysUsable() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        try (MuxClient client = connect()) {
            assertThatThrownBy(() -> client.killSession("nosuch")).isInstanceOf(ClientException.class)
                    .hasMessageContaining("nosuch")
                    .hasMessageNotContaining("Exception");
            assertThat(client.hasSession("nosuch")).isFalse();
            assertThat(client.isConnected()).isTrue();
            assertThat(client.listSessions()).isEmpty();
        }
    }

    @Test
    void serverGoneIsAClientExceptionNotAHang() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        try (MuxClient client = connect()) {
            client.newSession("s", tmp.toString(), List.of("/bin/sh"), List.of(), 80, 24);
            server.shutdown();
            server = null;
            assertThatThrownBy(client::listSessions).isInstanceOf(ClientException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf(
                            "lost connection to the server on " + socket,
                            "cannot send list-sessions to the server on " + socket));
            assertThat(client.isConnected()).isFalse();
            assertThatThrownBy(client::listSessions).hasMessage("not connected to the server on " + socket);
        }
    }

    @Test
    void attachAfterOneShotRequestsMovesToTheNettyConnection() throws Exception {
        server = MuxServer.start(new ServerOptions(socket, false, null));
        AttachmentTest.RecordingListener listener = new AttachmentTest.RecordingListener();
        try (MuxClient client = connect()) {
            client.newSession("a", tmp.toString(), List.of("/bin/sh"), List.of(), 80, 24);
            AttachedSession session = client.attach("a", 80, 24, false, listener);
            assertThat(session.sessionName()).isEqualTo("a");
            await().atMost(WAIT).until(() -> listener.calls.contains("state a"));
            // Requests now travel with the attached session, and still get their answers.
            assertThat(client.listSessions()).extracting(Pdu.SessionInfo::name).containsExactly("a");
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void defaultHeartbeatIsTheProtocolsDefault() {
        assertThat(MuxClient.DEFAULT_HEARTBEAT).isEqualTo(HeartbeatHandler.DEFAULT_INTERVAL);
    }

    /** weft ls in a JVM of its own: autostarts the real server, answers, and never loads netty. */
    @Test
    void oneShotProcessAutostartsTheServerAndLoadsNoNetty() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        Path classLog = tmp.resolve("classes.txt");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xlog:class+load:file=" + classLog, "-cp", cp,
                OneShotMain.class.getName(), socket.toString(), "/bin/sh", "-c",
                "\"$0\" -cp \"$1\" dev.weft.client.RealServerMain \"$2\" </dev/null >/dev/null 2>&1 &",
                java, cp, socket.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("ok 0 false");
        String classes = Files.readString(classLog);
        assertThat(classes).contains("dev.weft.client.MuxClient");
        assertThat(classes.lines().filter(l -> l.contains("io.netty")).limit(5)).as("netty classes loaded").isEmpty();
        await().atMost(WAIT).until(() -> !Files.exists(socket)); // kill-server reached the real server
    }
}
