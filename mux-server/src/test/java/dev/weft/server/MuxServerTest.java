package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.config.WeftConfig;
import dev.weft.protocol.Pdu;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a real unix socket, driven by {@link TestClient}s. */
class MuxServerTest {
    @TempDir
    Path tmp;

    private Path socket;
    private final List<MuxServer> servers = new ArrayList<>();
    private final List<TestClient> clients = new ArrayList<>();

    @BeforeEach
    void paths() {
        socket = tmp.resolve("run").resolve("default.sock");
    }

    @AfterEach
    void stop() throws Exception {
        for (TestClient c : clients) {
            c.close();
        }
        for (MuxServer s : servers) {
            s.shutdown();
        }
    }

    private MuxServer startServer() throws ServerStartException {
        MuxServer s = MuxServer.start(new ServerOptions(socket, false, WeftConfig.DEFAULTS));
        servers.add(s);
        return s;
    }

    private TestClient client() throws Exception {
        TestClient c = TestClient.greeted(socket);
        clients.add(c);
        return c;
    }

    private Pdu.SessionCreated newSession(TestClient c, String name, int cols, int rows, String... command) throws Exception {
        c.send(new Pdu.NewSession(c.nextRequestId(), name, tmp.toString(), List.of(command), List.of(), cols, rows));
        return c.expect(Pdu.SessionCreated.class);
    }

    @Test
    void newSessionAttachAndEcho() throws Exception {
        startServer();
        TestClient c = client();
        Pdu.SessionCreated created = newSession(c, "", 80, 24, "/bin/sh");
        assertThat(created.name()).isEqualTo("0");

        c.send(new Pdu.Attach(c.nextRequestId(), "", 80, 24, false));
        Pdu.Attached attached = c.expect(Pdu.Attached.class);
        assertThat(attached.sessionName()).isEqualTo("0");
        Pdu.SessionState state = c.expect(Pdu.SessionState.class);
        assertThat(state.tabs()).hasSize(1);
        assertThat(state.tabs().get(0).panes()).containsExactly(new Pdu.PaneGeometry(created.paneId(), 0, 0, 80, 24));
        Pdu.PaneUpdate first = c.expect(Pdu.PaneUpdate.class);
        assertThat(first.full()).isTrue();
        assertThat(first.rows()).isEqualTo(24);
        c.send(new Pdu.Ack(first.paneId(), first.frameSeq()));
        if (c.screen(created.paneId()).values().stream().allMatch(String::isEmpty)) {
            c.awaitPrompt(created.paneId());
        }

        c.send(new Pdu.Input(created.paneId(), 1, "echo hi\r".getBytes(StandardCharsets.UTF_8)));
        Pdu.PaneUpdate u = c.awaitRow(created.paneId(), "hi");
        assertThat(u.inputSerialConsumed()).isEqualTo(1);
        assertThat(u.inputSerialEchoed()).isEqualTo(1);
        // An interactive shell reading a line: ECHO and ICANON are on (unless the shell uses raw mode).
        assertThat(u.echoFlags() & Pdu.PaneUpdate.ALT_SCREEN).isZero();
        assertThat(u.echoFlags() & Pdu.PaneUpdate.ECHO).isNotZero();
    }

    @Test
    void sessionNamesAndTargets() throws Exception {
        startServer();
        TestClient c = client();
        newSession(c, "work", 80, 24, "/bin/sh");
        assertThat(newSession(c, "", 80, 24, "/bin/sh").name()).isEqualTo("1");
        c.send(new Pdu.NewSession(c.nextRequestId(), "work", "", List.of("/bin/sh"), List.of(), 80, 24));
        assertThat(c.expect(Pdu.ErrorReply.class).message()).isEqualTo("duplicate session: work");

        c.send(new Pdu.HasSession(7, "work"));
        assertThat(c.expect(Pdu.OkReply.class).requestId()).isEqualTo(7);
        c.send(new Pdu.HasSession(8, "x"));
        Pdu.ErrorReply noSession = c.expect(Pdu.ErrorReply.class);
        assertThat(noSession.requestId()).isEqualTo(8);
        assertThat(noSession.message()).isEqualTo("no session named \"x\" (weft ls lists them)");
        c.send(new Pdu.Attach(9, "%9", 80, 24, false));
        assertThat(c.expect(Pdu.ErrorReply.class).message()).isEqualTo("can't find pane: %9");

        c.send(new Pdu.ListSessions(10));
        Pdu.SessionList list = c.expect(Pdu.SessionList.class);
        assertThat(list.sessions()).extracting(Pdu.SessionInfo::name).containsExactly("work", "1");
        assertThat(list.sessions().get(0).panes()).isEqualTo(1);

        c.send(new Pdu.KillSession(11, "work"));
        c.expect(Pdu.OkReply.class);
        c.send(new Pdu.ListSessions(12));
        assertThat(c.expect(Pdu.SessionList.class).sessions()).extracting(Pdu.SessionInfo::name).containsExactly("1");
    }

    @Test
    void missingProgramIsAnError() throws Exception {
        startServer();
        TestClient c = client();
        c.send(new Pdu.NewSession(3, "", "", List.of("weft-no-such-prog"), List.of(), 80, 24));
        Pdu.ErrorReply e = c.expect(Pdu.ErrorReply.class);
        assertThat(e.requestId()).isEqualTo(3);
        assertThat(e.message()).isEqualTo("cannot run \"weft-no-such-prog\": no such file or directory");
    }

    @Test
    void malformedFrameClosesOnlyThatConnection() throws Exception {
        startServer();
        TestClient good = client();
        newSession(good, "s", 80, 24, "/bin/sh");
        TestClient bad = client();
        // length 2, type 0xEE (no such PDU), one byte of payload
        bad.sendRaw(new byte[] {0, 0, 0, 2, (byte) 0xEE, 1});
        Pdu reply = bad.next();
        assertThat(reply).isInstanceOf(Pdu.ErrorReply.class);
        assertThat(((Pdu.ErrorReply) reply).requestId()).isZero();
        bad.awaitClosed();

        good.send(new Pdu.ListSessions(5));
        assertThat(good.expect(Pdu.SessionList.class).sessions()).hasSize(1);
    }

    @Test
    void helloMustComeFirst() throws Exception {
        startServer();
        TestClient c = new TestClient(socket);
        clients.add(c);
        c.send(new Pdu.ListSessions(1));
        Pdu reply = c.next();
        assertThat(reply).isInstanceOf(Pdu.ErrorReply.class);
        c.awaitClosed();
    }

    @Test
    void unexpectedPduClosesTheConnection() throws Exception {
        startServer();
        TestClient c = client();
        c.send(new Pdu.SessionList(1, List.of()));
        Pdu.ErrorReply e = c.expect(Pdu.ErrorReply.class);
        assertThat(e.message()).contains("SessionList");
        c.awaitClosed();
    }

    @Test
    void secondServerOnALiveSocketFails() throws Exception {
        startServer();
        TestClient c = client();
        newSession(c, "keep", 80, 24, "/bin/sh");
        assertThatThrownBy(this::startServer)
                .isInstanceOf(ServerStartException.class)
                .hasMessage("a server is already running on " + socket);
        c.send(new Pdu.ListSessions(2));
        assertThat(c.expect(Pdu.SessionList.class).sessions()).hasSize(1);
        TestClient another = client();
        another.send(new Pdu.HasSession(3, "keep"));
        another.expect(Pdu.OkReply.class);
    }

    @Test
    void staleSocketIsReplaced() throws Exception {
        Files.createDirectories(socket.getParent());
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket));
        }
        assertThat(socket).exists(); // the JDK leaves the file behind: nobody answers on it
        startServer();
        TestClient c = client();
        c.send(new Pdu.ListSessions(1));
        assertThat(c.expect(Pdu.SessionList.class).sessions()).isEmpty();
    }

    @Test
    void capturePaneFromTheStartOfHistory() throws Exception {
        startServer();
        TestClient c = client();
        newSession(c, "cap", 20, 10, "/bin/sh", "-c", "seq 1 50; exec sleep 100");
        String expected = IntStream.rangeClosed(1, 50).mapToObj(i -> i + "\n").collect(Collectors.joining());
        await().atMost(TestClient.WAIT).untilAsserted(() -> {
            c.send(new Pdu.CapturePane(4, "cap", Integer.MIN_VALUE, Integer.MAX_VALUE, false, false));
            assertThat(c.expect(Pdu.CaptureResult.class).text()).startsWith(expected);
        });
        c.send(new Pdu.CapturePane(5, "cap:0.0", 0, 0, false, false));
        assertThat(c.expect(Pdu.CaptureResult.class).text()).isEqualTo("42\n");
    }

    @Test
    void lastSessionEndingDetachesItsClientsAndStopsTheServer() throws Exception {
        MuxServer server = startServer();
        TestClient c = client();
        Pdu.SessionCreated created = newSession(c, "brief", 80, 24, "/bin/sh", "-c", "read x");
        c.send(new Pdu.Attach(2, "brief", 80, 24, false));
        c.expect(Pdu.Attached.class);
        c.send(new Pdu.Input(created.paneId(), 1, "\r".getBytes(StandardCharsets.UTF_8)));
        Pdu.Detached d = c.expect(Pdu.Detached.class);
        assertThat(d).isEqualTo(new Pdu.Detached("brief", "session-ended"));
        assertThat(server.awaitTermination(TestClient.WAIT)).isTrue();
        assertThat(socket).doesNotExist();
    }

    @Test
    void killServerRepliesThenExits() throws Exception {
        MuxServer server = startServer();
        TestClient watcher = client();
        newSession(watcher, "w", 80, 24, "/bin/sh");
        watcher.send(new Pdu.Attach(1, "w", 80, 24, false));
        watcher.expect(Pdu.Attached.class);
        TestClient killer = client();
        killer.send(new Pdu.KillServer(2));
        assertThat(killer.expect(Pdu.OkReply.class).requestId()).isEqualTo(2);
        assertThat(watcher.expect(Pdu.Detached.class).reason()).isIn("server-exiting", "session-ended");
        assertThat(server.awaitTermination(TestClient.WAIT)).isTrue();
        assertThat(socket).doesNotExist();
    }

    @Test
    void aServerNobodyUsesExits() throws Exception {
        MuxServer server = MuxServer.start(new ServerOptions(socket, false, WeftConfig.DEFAULTS), Duration.ofMillis(300));
        servers.add(server);
        assertThat(server.awaitTermination(TestClient.WAIT)).isTrue();
        assertThat(socket).doesNotExist();
    }

    @Test
    void detachAndReattachGetsAFullFrameOfWhatHappenedMeanwhile() throws Exception {
        startServer();
        TestClient c = client();
        Pdu.SessionCreated created = newSession(c, "d", 80, 24, "/bin/sh");
        c.send(new Pdu.Attach(2, "d", 80, 24, false));
        c.expect(Pdu.Attached.class);
        c.awaitPrompt(created.paneId());
        c.send(new Pdu.DetachRequest(3));
        assertThat(c.expect(Pdu.Detached.class)).isEqualTo(new Pdu.Detached("d", "detached"));

        TestClient other = client();
        other.send(new Pdu.SendKeys(4, "d", List.of("echo", "Space", "meanwhile", "Enter"), false));
        assertThat(other.expect(Pdu.OkReply.class).requestId()).isEqualTo(4);
        other.send(new Pdu.SendKeys(5, "nosuch", List.of("Enter"), false));
        assertThat(other.expect(Pdu.ErrorReply.class).message()).isEqualTo("no session named \"nosuch\" (weft ls lists them)");
        await().atMost(TestClient.WAIT).untilAsserted(() -> {
            other.send(new Pdu.CapturePane(7, "d", Integer.MIN_VALUE, Integer.MAX_VALUE, false, false));
            assertThat(other.expect(Pdu.CaptureResult.class).text()).contains("\nmeanwhile\n");
        });
        c.send(new Pdu.Attach(8, "d", 80, 24, false));
        c.expect(Pdu.Attached.class);
        Pdu.PaneUpdate full = c.expect(Pdu.PaneUpdate.class);
        assertThat(full.full()).isTrue();
        assertThat(c.screen(created.paneId())).containsValue("meanwhile");
    }

    @Test
    void resizeClientResizesThePanes() throws Exception {
        startServer();
        TestClient c = client();
        Pdu.SessionCreated created = newSession(c, "r", 80, 24, "/bin/sh");
        c.send(new Pdu.Attach(2, "r", 100, 30, false));
        c.expect(Pdu.Attached.class);
        assertThat(c.expect(Pdu.SessionState.class).cols()).isEqualTo(100);
        c.awaitPrompt(created.paneId());
        c.send(new Pdu.ResizeClient(90, 20));
        Pdu.SessionState s = c.expect(Pdu.SessionState.class);
        assertThat(s.cols()).isEqualTo(90);
        assertThat(s.rows()).isEqualTo(20);
        assertThat(s.tabs().get(0).panes()).containsExactly(new Pdu.PaneGeometry(created.paneId(), 0, 0, 90, 20));
        c.send(new Pdu.Input(created.paneId(), 1, "stty size\r".getBytes(StandardCharsets.UTF_8)));
        c.awaitRow(created.paneId(), "20 90");
    }

    @Test
    void killSessionKillsAProcessThatIgnoresHangups() throws Exception {
        startServer();
        TestClient c = client();
        Path pidFile = tmp.resolve("pid");
        newSession(c, "stubborn", 80, 24, "/bin/sh", "-c",
                "trap '' HUP TERM; echo $$ > " + pidFile + "; while :; do sleep 1; done");
        await().atMost(TestClient.WAIT).until(() -> Files.exists(pidFile) && Files.readString(pidFile).endsWith("\n"));
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(pid)).isPresent();
        c.send(new Pdu.KillSession(2, "stubborn"));
        c.expect(Pdu.OkReply.class);
        await().atMost(TestClient.WAIT).until(() -> ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true));
    }

    @Test
    void scrollbackIsServedInRanges() throws Exception {
        startServer();
        TestClient c = client();
        Pdu.SessionCreated created = newSession(c, "hist", 20, 10, "/bin/sh", "-c", "seq 1 50; exec sleep 100");
        await().atMost(TestClient.WAIT).untilAsserted(() -> {
            c.send(new Pdu.CapturePane(1, "hist", 0, Integer.MAX_VALUE, false, false));
            assertThat(c.expect(Pdu.CaptureResult.class).text()).contains("50\n");
        });
        c.send(new Pdu.GetScrollback(2, created.paneId(), 3, 4));
        Pdu.ScrollbackLines lines = c.expect(Pdu.ScrollbackLines.class);
        assertThat(lines.requestId()).isEqualTo(2);
        assertThat(lines.first()).isEqualTo(3);
        assertThat(lines.lines()).extracting(MuxServerTest::text).containsExactly("4", "5", "6", "7");
        c.send(new Pdu.GetScrollback(3, created.paneId(), 1000, 4));
        assertThat(c.expect(Pdu.ScrollbackLines.class).lines()).isEmpty();
    }

    private static String text(Pdu.StyledLine line) {
        StringBuilder sb = new StringBuilder();
        line.runs().forEach(r -> r.cells().forEach(sb::append));
        return sb.toString().stripTrailing();
    }

    @Test
    void readOnlyClientsWatchButDoNotType() throws Exception {
        startServer();
        TestClient writer = client();
        Pdu.SessionCreated created = newSession(writer, "ro", 80, 24, "/bin/sh");
        TestClient watcher = client();
        watcher.send(new Pdu.Attach(1, "ro", 80, 24, true));
        watcher.expect(Pdu.Attached.class);
        watcher.awaitPrompt(created.paneId());
        watcher.send(new Pdu.Input(created.paneId(), 1, "echo watcher-typed\r".getBytes(StandardCharsets.UTF_8)));
        writer.send(new Pdu.Attach(2, "ro", 80, 24, false));
        writer.expect(Pdu.Attached.class);
        writer.send(new Pdu.Input(created.paneId(), 1, "echo writer-typed\r".getBytes(StandardCharsets.UTF_8)));
        // The watcher sees what the writer typed, and its own input never reached the pane.
        watcher.awaitRow(created.paneId(), "writer-typed");
        assertThat(watcher.screen(created.paneId()).values()).noneMatch(r -> r.contains("watcher-typed"));
        writer.send(new Pdu.ListSessions(3));
        assertThat(writer.expect(Pdu.SessionList.class).sessions().get(0).clients()).isEqualTo(2);
    }

    @Test
    void framesCarryTitleModesAndEchoState() throws Exception {
        startServer();
        TestClient c = client();
        Pdu.SessionCreated created = newSession(c, "modes", 80, 24, "/bin/sh", "-c",
                "printf '\\033]2;my title\\007\\033[?1049h\\033[?1h\\033[?2004hin alt'; stty -echo; exec sleep 100");
        c.send(new Pdu.Attach(1, "modes", 80, 24, false));
        c.expect(Pdu.Attached.class);
        long deadline = System.nanoTime() + TestClient.WAIT.toNanos();
        Pdu.PaneUpdate last = null;
        while (System.nanoTime() < deadline) {
            Pdu p = c.next();
            if (p instanceof Pdu.PaneUpdate u) {
                c.send(new Pdu.Ack(u.paneId(), u.frameSeq()));
                last = u;
                if (u.title().equals("my title") && (u.echoFlags() & Pdu.PaneUpdate.ECHO) == 0
                        && c.screen(created.paneId()).containsValue("in alt")) {
                    break;
                }
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.title()).isEqualTo("my title");
        assertThat(last.echoFlags() & Pdu.PaneUpdate.ECHO).isZero();
        assertThat(last.echoFlags() & Pdu.PaneUpdate.ALT_SCREEN).isNotZero();
        assertThat(last.modes().has(Pdu.PaneModes.ALT_SCREEN)).isTrue();
        assertThat(last.modes().has(Pdu.PaneModes.CURSOR_KEYS_APP)).isTrue();
        assertThat(last.modes().has(Pdu.PaneModes.BRACKETED_PASTE)).isTrue();
    }
}
