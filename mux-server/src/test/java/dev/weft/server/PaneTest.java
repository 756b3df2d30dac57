package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Panes on real PTYs. */
class PaneTest {
    private final List<Pane> started = new ArrayList<>();
    private final AtomicReference<Pane> closed = new AtomicReference<>();

    @TempDir
    Path tmp;

    @AfterEach
    void killPanes() {
        started.forEach(Pane::kill);
    }

    static String screenText(Pane pane) {
        return pane.screen().read(t -> {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < t.rows(); r++) {
                sb.append(t.line(r).plainText()).append('\n');
            }
            return sb.toString();
        });
    }

    private Pane start(int id, String cwd, int cols, int rows, String... argv) throws PaneStartException {
        PaneLaunch launch = PaneLaunch.resolve(new PaneLaunch.Request(List.of(argv), cwd, List.of("EXTRA=x"), id, "test"),
                List.of(), "xterm-256color", tmp.resolve("s.sock"), System.getenv());
        Pane pane = Pane.start(id, launch, cols, rows, 1000, closed::set);
        started.add(pane);
        return pane;
    }

    @Test
    void outputReachesTheEmulator() throws Exception {
        Pane pane = start(1, "", 80, 24, "/bin/sh", "-c", "printf hello");
        await().atMost(Duration.ofSeconds(10)).until(() -> screenText(pane).startsWith("hello\n"));
    }

    @Test
    void environmentAndWorkingDirectoryAreThePanes() throws Exception {
        Pane pane = start(7, tmp.toString(), 80, 24, "sh", "-c",
                "echo $WEFT_PANE $TERM $COLORTERM $TERM_PROGRAM $WEFT_SESSION $EXTRA; pwd; echo $WEFT_UNIX_SOCKET");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(screenText(pane))
                .startsWith("7 xterm-256color truecolor weft test x\n" + tmp.toRealPath() + "\n"
                        + tmp.resolve("s.sock") + "\n"));
    }

    @Test
    void missingProgramIsAClearError() {
        assertThatThrownBy(() -> start(2, "", 80, 24, "weft-no-such-program-xyz"))
                .isInstanceOf(PaneStartException.class)
                .hasMessage("cannot run \"weft-no-such-program-xyz\": no such file or directory");
        assertThatThrownBy(() -> start(2, "", 80, 24, "/nonexistent/prog"))
                .hasMessage("cannot run \"/nonexistent/prog\": no such file or directory");
    }

    @Test
    void missingDirectoryIsAClearError() {
        assertThatThrownBy(() -> start(2, tmp.resolve("nope").toString(), 80, 24, "/bin/sh"))
                .isInstanceOf(PaneStartException.class)
                .hasMessageStartingWith("cannot use directory");
    }

    @Test
    void paneClosesWhenItsProcessExits() throws Exception {
        Pane pane = start(3, "", 80, 24, "/bin/sh", "-c", "exit 3");
        await().atMost(Duration.ofSeconds(10)).until(() -> closed.get() == pane);
        assertThat(pane.isClosed()).isTrue();
    }

    @Test
    void resizeReachesThePty() throws Exception {
        Pane pane = start(4, "", 80, 24, "/bin/sh", "-c", "stty size; while read l; do stty size; done");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(screenText(pane)).startsWith("24 80\n"));
        pane.resize(100, 30);
        pane.write("\r".getBytes(StandardCharsets.US_ASCII), 1, null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(screenText(pane)).contains("30 100\n"));
        assertThat(pane.screen().<String>read(t -> t.cols() + "x" + t.rows())).isEqualTo("100x30");
    }

    @Test
    void inputSerialIsConsumedAndEchoed() throws Exception {
        Pane pane = start(5, "", 80, 24, "cat");
        InputSerials serials = pane.screen().registerWriter();
        pane.write("abc".getBytes(StandardCharsets.US_ASCII), 42, serials);
        await().atMost(Duration.ofSeconds(10)).until(() -> serials.consumed() == 42 && serials.echoed() == 42);
        assertThat(screenText(pane)).startsWith("abc");
    }

    @Test
    void echoFlagsFollowTermios() throws Exception {
        Pane pane = start(6, "", 80, 24, "/bin/sh", "-c", "printf a; read x; stty -echo -icanon; printf b; read x");
        await().atMost(Duration.ofSeconds(10)).until(() -> screenText(pane).startsWith("a"));
        assertThat(pane.readTermios()).isEqualTo(Pdu.PaneUpdate.ECHO | Pdu.PaneUpdate.ICANON);
        pane.write("\r".getBytes(StandardCharsets.US_ASCII), 1, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> screenText(pane).contains("b"));
        assertThat(pane.readTermios()).isZero();
    }

    @Test
    void defaultProgramIsALoginShell() throws Exception {
        PaneLaunch launch = PaneLaunch.resolve(new PaneLaunch.Request(List.of(), "", List.of(), 1, "s"),
                List.of(), "xterm-256color", null, Map.of("SHELL", "/bin/sh", "PATH", "/usr/bin:/bin"));
        assertThat(launch.argv()).containsExactly("/bin/sh", "-l");
        PaneLaunch configured = PaneLaunch.resolve(new PaneLaunch.Request(List.of(), "", List.of(), 1, "s"),
                List.of("sh", "-c", "true"), "screen", null, Map.of("PATH", "/usr/bin:/bin"));
        assertThat(configured.argv().get(0)).endsWith("/sh");
        assertThat(configured.env()).containsEntry("TERM", "screen");
    }

}
