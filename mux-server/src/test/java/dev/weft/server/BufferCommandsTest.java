package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Pdu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paste buffer commands through RunCommand on a real server, with tmux 3.3a's output and
 * error words; paste-buffer into real panes; OSC 52 from a program in a pane.
 */
class BufferCommandsTest {
    @TempDir
    Path tmp;
    private ServerHarness h;
    private TestClient c;

    @BeforeEach
    void start() throws Exception {
        h = new ServerHarness(tmp);
        c = h.client();
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private String run(String... argv) throws Exception {
        return c.run(-1, argv);
    }

    @Test
    void setListShowAndDeleteAsTmux() throws Exception {
        assertThat(run("list-buffers")).isEmpty();
        run("set-buffer", "hello");
        run("setb", "world");
        run("set-buffer", "-b", "named", "xx");
        assertThat(run("list-buffers")).isEqualTo("""
                named: 2 bytes: "xx"
                buffer1: 5 bytes: "world"
                buffer0: 5 bytes: "hello\"""");
        assertThat(run("show-buffer")).isEqualTo("xx");
        assertThat(run("showb", "-b", "buffer0")).isEqualTo("hello");

        // -a without -b makes a new automatic buffer (tmux 3.3a); with -b it appends
        run("set-buffer", "-a", " more");
        run("set-buffer", "-a", "-b", "named", "yy");
        assertThat(run("show-buffer", "-b", "buffer2")).isEqualTo(" more");
        assertThat(run("show-buffer")).isEqualTo("xxyy");

        // -n renames the -b buffer, else the newest
        run("set-buffer", "-n", "renamed");
        run("set-buffer", "-b", "buffer2", "-n", "other");
        assertThat(run("lsb", "-F", "#{buffer_name}")).isEqualTo("renamed\nother\nbuffer1\nbuffer0");
        assertThatThrownBy(() -> run("set-buffer", "-b", "nope", "-n", "foo")).hasMessage("unknown buffer: nope");
        assertThatThrownBy(() -> run("set-buffer", "-b", "other", "-n", "renamed")).hasMessage("buffer renamed already exists");
        assertThatThrownBy(() -> run("set-buffer", "-b", "", "x")).hasMessage("empty buffer name");
        assertThatThrownBy(() -> run("set-buffer")).hasMessage("no data specified");
        assertThat(run("set-buffer", "")).isEmpty(); // nothing, as tmux
        assertThatThrownBy(() -> run("set-buffer", "a", "b")).hasMessageContaining(
                "usage: set-buffer [-aw] [-b buffer-name] [-n new-buffer-name] [-t target-client] data");
        assertThatThrownBy(() -> run("show-buffer", "-b", "nope")).hasMessage("no buffer nope");

        // -f filter and buffer variables
        assertThat(run("list-buffers", "-f", "#{==:#{buffer_size},5}", "-F", "#{buffer_name}")).isEqualTo("other\nbuffer1\nbuffer0");

        // delete-buffer: the newest, or -b
        run("delete-buffer");
        run("deleteb", "-b", "buffer1");
        assertThat(run("lsb", "-F", "#{buffer_name}")).isEqualTo("other\nbuffer0");
        assertThatThrownBy(() -> run("delete-buffer", "-b", "buffer1")).hasMessage("unknown buffer: buffer1");
        run("delete-buffer");
        run("delete-buffer");
        assertThatThrownBy(() -> run("delete-buffer")).hasMessage("no buffer");
        assertThatThrownBy(() -> run("show-buffer")).hasMessage("no buffers");
        assertThatThrownBy(() -> run("save-buffer", "-")).hasMessage("no buffers");
    }

    @Test
    void bufferLimitKeepsTheNewestAutomaticBuffers() throws Exception {
        run("set-option", "-g", "buffer-limit", "2");
        run("set-buffer", "-b", "mine", "m");
        for (int i = 0; i < 4; i++) {
            run("set-buffer", "data" + i);
        }
        assertThat(run("lsb", "-F", "#{buffer_name}=#{buffer_sample}")).isEqualTo("buffer3=data3\nbuffer2=data2\nmine=m");
    }

    @Test
    void saveAndLoadResolveAgainstThePanesDirectory() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        Path dir = Files.createDirectory(tmp.resolve("work dir"));
        ServerHarness.awaitPrompt(c, "w");
        ServerHarness.type(c, "w", "cd '" + dir + "'\r");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> run("display-message", "-p", "-t", "w", "#{pane_current_path}").equals(dir.toString()));

        run("set-buffer", "line one\n");
        run("save-buffer", "out.txt");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("line one\n");
        run("set-buffer", "-b", "second", "two");
        run("save-buffer", "-a", "out.txt");
        assertThat(Files.readString(dir.resolve("out.txt"))).isEqualTo("line one\ntwo");
        run("save-buffer", "-b", "buffer0", dir.resolve("abs.txt").toString());
        assertThat(Files.readString(dir.resolve("abs.txt"))).isEqualTo("line one\n");
        assertThat(run("save-buffer", "-")).isEqualTo("two");
        assertThatThrownBy(() -> run("save-buffer", "/nonexistent/dir/x"))
                .hasMessage("save-buffer: cannot write /nonexistent/dir/x: No such file or directory");

        Files.writeString(dir.resolve("in.txt"), "loaded ✓\n");
        run("load-buffer", "in.txt");
        assertThat(run("show-buffer")).isEqualTo("loaded ✓\n");
        assertThat(run("lsb", "-F", "#{buffer_name} #{buffer_size}")).startsWith("buffer1 11\n");
        run("loadb", "-b", "fromfile", "abs.txt");
        assertThat(run("show-buffer", "-b", "fromfile")).isEqualTo("line one\n");
        assertThatThrownBy(() -> run("load-buffer", "-"))
                .hasMessage("load-buffer: reading stdin is not supported; give a file");
        assertThatThrownBy(() -> run("load-buffer", "missing.txt"))
                .hasMessage("load-buffer: cannot read " + dir.resolve("missing.txt") + ": No such file or directory");
        assertThatThrownBy(() -> run("load-buffer", dir.toString()))
                .hasMessage("load-buffer: cannot read " + dir + ": Is a directory");
    }

    /** A pane whose program shows what it reads: raw mode, no echo, cat -v (ESC as ^[, CR as ^M). */
    private int showInput(String name, boolean bracketedPaste) throws Exception {
        String script = (bracketedPaste ? "printf '\\033[?2004h'; " : "") + "stty raw -echo; printf 'ready\\r\\n'; exec cat -v";
        Pdu.SessionCreated s = h.newSession(c, name, 80, 24, "/bin/sh", "-c", script);
        ServerHarness.awaitText(c, name, "ready");
        return s.paneId();
    }

    private static String firstRowAfterReady(String capture) {
        String[] rows = capture.split("\n");
        for (int i = 0; i + 1 < rows.length; i++) {
            if (rows[i].equals("ready")) {
                return rows[i + 1];
            }
        }
        return "";
    }

    @Test
    void pasteBufferWritesToThePaneWithCarriageReturns() throws Exception {
        showInput("plain", false);
        assertThatThrownBy(() -> run("paste-buffer", "-t", "plain")).hasMessage("no buffers");
        run("set-buffer", "one\ntwo");
        // -p without bracketed paste mode: no markers
        run("paste-buffer", "-p", "-t", "plain");
        ServerHarness.awaitText(c, "plain", "one^Mtwo");
        assertThat(firstRowAfterReady(ServerHarness.capture(c, "plain"))).isEqualTo("one^Mtwo");
        run("paste-buffer", "-s", "|", "-t", "plain");
        ServerHarness.awaitText(c, "plain", "one^Mtwo" + "one|two");
        run("pasteb", "-d", "-t", "plain");
        ServerHarness.awaitText(c, "plain", "one^Mtwoone|twoone^Mtwo");
        assertThat(run("list-buffers")).isEmpty();
        assertThatThrownBy(() -> run("paste-buffer", "-b", "gone", "-t", "plain")).hasMessage("no buffer gone");
    }

    @Test
    void pasteBufferBracketsWhenThePaneAskedFor() throws Exception {
        showInput("bracketed", true);
        run("set-buffer", "-b", "b", "one\ntwo");
        run("paste-buffer", "-p", "-b", "b", "-t", "bracketed");
        ServerHarness.awaitText(c, "bracketed", "^[[200~one^Mtwo^[[201~");
        // without -p no markers even though the mode is on; -r keeps the line feed
        run("paste-buffer", "-r", "-b", "b", "-t", "bracketed");
        ServerHarness.awaitText(c, "bracketed", "^[[201~one\n");
        assertThat(run("show-buffer", "-b", "b")).isEqualTo("one\ntwo");
    }

    @Test
    void osc52FromAPaneMakesABufferAndReachesAttachedClients() throws Exception {
        Pdu.SessionCreated s = h.newSession(c, "w", 80, 24, "/bin/sh");
        h.newSession(c, "other", 80, 24, "/bin/sh");
        TestClient viewer = h.client();
        viewer.send(new Pdu.Attach(viewer.nextRequestId(), "w", 80, 24, false));
        viewer.expect(Pdu.Attached.class);
        viewer.awaitPrompt(s.paneId());

        ServerHarness.type(c, "w", "printf '\\033]52;c;aGVsbG8gd29ybGQ=\\a'\r");
        Pdu.SetClipboard set = viewer.awaitPdu(Pdu.SetClipboard.class, "the clipboard", p -> true);
        assertThat(set).isEqualTo(new Pdu.SetClipboard("c", "hello world"));
        assertThat(run("list-buffers")).isEqualTo("buffer0: 11 bytes: \"hello world\"");

        // off: ignored
        run("set-option", "-g", "set-clipboard", "off");
        ServerHarness.type(c, "w", "printf '\\033]52;c;b2Zm\\a'; echo printed-$((1+1))\r");
        List<Pdu> seen = untilRowContains(viewer, s.paneId(), "printed-2");
        assertThat(seen).noneMatch(p -> p instanceof Pdu.SetClipboard);
        assertThat(run("list-buffers", "-F", "#{buffer_sample}")).isEqualTo("hello world");
    }

    /** Apply and acknowledge frames until a row of the pane contains {@code text}; the other PDUs seen on the way. */
    private static List<Pdu> untilRowContains(TestClient client, int paneId, String text) throws Exception {
        List<Pdu> others = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Pdu p = client.poll(Duration.ofMillis(200));
            if (p instanceof Pdu.PaneUpdate u) {
                client.send(new Pdu.Ack(u.paneId(), u.frameSeq()));
                if (client.screen(paneId).values().stream().anyMatch(r -> r.contains(text))) {
                    return others;
                }
            } else if (p != null) {
                others.add(p);
            }
        }
        throw new AssertionError("no \"" + text + "\" in pane " + paneId + ": " + client.screen(paneId));
    }
}
