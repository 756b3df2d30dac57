package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several clients of one session over a real socket: names from ClientIdentity, list-clients,
 * detach-client's targets, window_size, read-only clients.
 */
class SeveralClientsTest {
    @TempDir
    Path tmp;
    private ServerHarness h;
    private TestClient ctl;
    private int pane;

    @BeforeEach
    void start() throws Exception {
        h = new ServerHarness(tmp);
        ctl = h.client();
        pane = h.newSession(ctl, "work", 80, 24, "/bin/sh").paneId();
        h.newSession(ctl, "other", 80, 24, "/bin/sh");
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private TestClient attach(String session, String tty, int cols, int rows, boolean readOnly) throws Exception {
        TestClient c = h.client();
        if (tty != null) {
            c.send(new Pdu.ClientIdentity(tty, "xterm-256color", 4242));
        }
        c.send(new Pdu.Attach(c.nextRequestId(), session, cols, rows, readOnly));
        c.expect(Pdu.Attached.class);
        return c;
    }

    private String run(String... argv) throws Exception {
        return ctl.run(-1, argv);
    }

    private void awaitSize(String expected) {
        await("work to be " + expected).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> run("display-message", "-p", "-t", "work", "#{session_width}x#{session_height}"),
                        expected::equals);
    }

    @Test
    void listClientsNamesClientsByTtyInTmuxsShape() throws Exception {
        attach("work", "/dev/pts/3", 80, 23, false);
        attach("work", "", 100, 29, true);
        attach("other", "/dev/pts/7", 60, 14, false);
        assertThat(run("list-clients").split("\n")).containsExactly(
                "/dev/pts/3: work [80x24 xterm-256color] (attached,focused,UTF-8)",
                "client-" + number(1) + ": work [100x30 xterm-256color] (attached,focused,ignore-size,read-only,UTF-8)",
                "/dev/pts/7: other [60x15 xterm-256color] (attached,focused,UTF-8)");
        assertThat(run("lsc", "-t", "other")).isEqualTo("/dev/pts/7: other [60x15 xterm-256color] (attached,focused,UTF-8)");
        assertThat(run("list-clients", "-F", "#{client_tty}|#{client_pid}|#{client_session}|#{client_readonly}|#{client_width}"))
                .isEqualTo("/dev/pts/3|4242|work|0|80\n|4242|work|1|100\n/dev/pts/7|4242|other|0|60");
        long now = System.currentTimeMillis() / 1000;
        String[] times = run("list-clients", "-t", "other", "-F", "#{client_created} #{client_activity}").split(" ");
        assertThat(Long.parseLong(times[0])).isBetween(now - 60, now + 1);
        assertThat(Long.parseLong(times[1])).isBetween(now - 60, now + 1);
    }

    /** The client-N number of the read-only client: the numbering is server-wide, so read it back. */
    private String number(int index) throws Exception {
        String names = run("list-clients", "-F", "#{client_name}");
        return names.split("\n")[index].substring("client-".length());
    }

    @Test
    void controlCharactersInAnIdentityStayOnOneLine() throws Exception {
        TestClient c = h.client();
        c.send(new Pdu.ClientIdentity("/dev/pts/1\nfake: line", "xterm\u001b[2J", 1));
        c.send(new Pdu.Attach(c.nextRequestId(), "work", 80, 23, false));
        c.expect(Pdu.Attached.class);
        assertThat(run("list-clients")).isEqualTo("/dev/pts/1\\nfake: line: work [80x24 xterm\\x1b[2J] (attached,focused,UTF-8)");
    }

    @Test
    void withoutAnAttachedCallerTheCurrentClientIsTheSessionsLatest() throws Exception {
        TestClient a = attach("work", "/dev/pts/3", 80, 23, false);
        TestClient b = attach("work", "/dev/pts/4", 80, 23, false);
        attach("other", "/dev/pts/5", 80, 23, false);
        a.send(new Pdu.Input(pane, 1, "x".getBytes(StandardCharsets.US_ASCII)));
        a.run(-1, "display-message", "-p", "x"); // a's input has been handled: a is work's latest client
        // from a pane of work (its context), not attached: work's most recently active client
        ctl.run(pane, "detach-client");
        assertThat(a.expect(Pdu.Detached.class).sessionName()).isEqualTo("work");
        assertThat(run("list-clients", "-F", "#{client_name}")).isEqualTo("/dev/pts/4\n/dev/pts/5");
        b.close();
    }

    @Test
    void theCallersOwnClientVariablesExpandInItsCommands() throws Exception {
        TestClient a = attach("work", "/dev/pts/3", 80, 23, false);
        assertThat(a.run(-1, "display-message", "-p", "#{client_name} #{client_termname}"))
                .isEqualTo("/dev/pts/3 xterm-256color");
    }

    @Test
    void detachClientByNameOthersAndSession() throws Exception {
        TestClient a = attach("work", "/dev/pts/3", 80, 23, false);
        TestClient b = attach("work", "/dev/pts/4", 80, 23, false);
        TestClient c = attach("work", "/dev/pts/5", 80, 23, false);
        TestClient d = attach("other", "/dev/pts/6", 80, 23, false);

        assertThatThrownBy(() -> run("detach-client", "-t", "/dev/pts/9")).hasMessage("can't find client: /dev/pts/9");
        run("detach-client", "-t", "pts/5");
        assertThat(c.expect(Pdu.Detached.class).sessionName()).isEqualTo("work");
        assertThat(run("list-clients", "-F", "#{client_name}")).isEqualTo("/dev/pts/3\n/dev/pts/4\n/dev/pts/6");

        a.run(-1, "detach-client", "-a");
        assertThat(b.expect(Pdu.Detached.class).reason()).isEqualTo("detached");
        assertThat(run("list-clients", "-F", "#{client_name}")).isEqualTo("/dev/pts/3\n/dev/pts/6");

        run("detach-client", "-s", "other");
        d.expect(Pdu.Detached.class);
        assertThat(run("list-clients", "-F", "#{client_name}")).isEqualTo("/dev/pts/3");
        assertThatThrownBy(() -> run("detach-client", "-E", "true")).hasMessageContaining("-E");
    }

    @Test
    void windowSizeLatestFollowsTheClientThatActedLast() throws Exception {
        TestClient a = attach("work", "/dev/pts/3", 80, 23, false);
        awaitSize("80x23");
        TestClient b = attach("work", "/dev/pts/4", 120, 40, false);
        awaitSize("120x40");
        a.send(new Pdu.Input(pane, 1, "x".getBytes(StandardCharsets.US_ASCII)));
        awaitSize("80x23");
        b.send(new Pdu.ResizeClient(100, 30));
        awaitSize("100x30");
        b.close();
        awaitSize("80x23"); // the one left
    }

    @Test
    void windowSizeSmallestLargestAndManual() throws Exception {
        attach("work", "/dev/pts/3", 80, 40, false);
        TestClient b = attach("work", "/dev/pts/4", 120, 20, false);
        run("set-option", "-g", "window-size", "smallest");
        awaitSize("80x20");
        run("set-option", "-g", "window-size", "largest");
        awaitSize("120x40");
        run("set-option", "-g", "window-size", "manual");
        b.send(new Pdu.ResizeClient(50, 10));
        b.run(-1, "display-message", "-p", "x"); // the resize has been handled
        awaitSize("120x40");
        run("set-option", "-g", "window-size", "smallest");
        awaitSize("50x10");
    }

    @Test
    void readOnlyClientsRunOnlyHarmlessCommandsTypeNothingAndIgnoreSize() throws Exception {
        attach("work", "/dev/pts/3", 80, 23, false);
        TestClient ro = attach("work", "/dev/pts/4", 150, 50, true);
        assertThatThrownBy(() -> ro.run(-1, "new-window")).hasMessage("client is read-only");
        assertThatThrownBy(() -> ro.run(-1, "kill-session")).hasMessage("client is read-only");
        assertThat(ro.run(-1, "lsc", "-F", "#{client_name}")).isEqualTo("/dev/pts/3\n/dev/pts/4");
        assertThat(ro.run(-1, "display-message", "-p", "#S")).isEqualTo("work");
        assertThat(ro.run(-1, "has-session", "-t", "work")).isEmpty();
        assertThat(run("list-windows", "-t", "work", "-F", "#I")).isEqualTo("0");

        ro.send(new Pdu.Input(pane, 1, "echo typed-by-ro\n".getBytes(StandardCharsets.US_ASCII)));
        ro.send(new Pdu.ResizeClient(160, 60));
        ro.run(-1, "display-message", "-p", "x"); // both handled by now
        awaitSize("80x23");
        assertThat(ServerHarness.capture(ctl, "work")).doesNotContain("typed-by-ro");

        ro.run(-1, "detach-client");
        ro.expect(Pdu.Detached.class);
        assertThat(run("list-clients", "-F", "#{client_name}")).isEqualTo("/dev/pts/3");
    }

    @Test
    void theOnlyReadOnlyClientStillSizesTheSession() throws Exception {
        attach("work", "/dev/pts/4", 90, 30, true);
        awaitSize("90x30");
        assertThat(List.of(run("list-clients", "-F", "#{client_flags}"))).containsExactly("attached,focused,ignore-size,read-only,UTF-8");
    }
}
