package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@link Tui} in a real terminal: a private tmux server runs {@link TuiDemo} (the TUI
 * against a stand-in session) in a pane, and the test reads the pane back. Checks that keys
 * arrive, resizing reaches the session, and that every way out leaves the terminal as it was:
 * same stty settings, main screen, visible cursor, no bracketed paste.
 */
class TuiInTmuxTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private Tmux tmux;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The pane runs: stty before, the TUI, its exit code, stty after, then one read line as hex. */
    private void startDemo() {
        startDemo("ok");
        try {
            await().atMost(WAIT).until(() -> tmux.capture().contains("ready 80x23"));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("the terminal shows:\n" + tmux.capture(), e);
        }
    }

    private void startDemo(String mode) {
        String d = dir.toString();
        String script = "stty -a > '" + d + "/before' 2>&1; "
                + "'" + java() + "' -cp '" + classPath() + "' dev.weft.tui.TuiDemo '" + d + "/pid' " + mode + " 2>'" + d + "/stderr'; "
                + "echo \"rc=$?\"; stty -a > '" + d + "/after.tmp' 2>&1; mv '" + d + "/after.tmp' '" + d + "/after'; "
                + "IFS= read -r line; printf '%s' \"$line\" | od -An -c > '" + d + "/read.tmp'; "
                + "mv '" + d + "/read.tmp' '" + d + "/read'; sleep 600";
        tmux = new Tmux().start(script);
    }

    private String screen() {
        return tmux.capture();
    }

    private long pid() throws IOException {
        await().atMost(WAIT).until(() -> Files.exists(dir.resolve("pid")));
        return Long.parseLong(Files.readString(dir.resolve("pid")).strip());
    }

    private void assertRestored() throws Exception {
        assertRestored(true);
    }

    /** With {@code paste}: checks bracketed paste is off by pasting the line the script reads. */
    private void assertRestored(boolean paste) throws Exception {
        await().atMost(WAIT).until(() -> Files.exists(dir.resolve("after")));
        String before = Files.readString(dir.resolve("before")).replaceAll("line = \\d+;", "");
        String after = Files.readString(dir.resolve("after")).replaceAll("line = \\d+;", "");
        assertThat(after).as("stty -a after the TUI").isEqualTo(before);
        assertThat(tmux.display("#{alternate_on}")).as("alternate screen").isEqualTo("0");
        assertThat(tmux.display("#{cursor_flag}")).as("cursor visible").isEqualTo("1");
        assertThat(tmux.display("#{mouse_any_flag}#{mouse_sgr_flag}")).as("mouse reporting off").isEqualTo("00");
        if (paste) {
            // with bracketed paste still on, tmux would wrap this paste in ESC[200~ ... ESC[201~
            tmux.run("set-buffer", "pasted");
            tmux.run("paste-buffer", "-p", "-t", "t");
            tmux.sendKeys("Enter");
            await().atMost(WAIT).until(() -> Files.exists(dir.resolve("read")));
            String read = Files.readString(dir.resolve("read"));
            assertThat(read.replaceAll("\\s+", "")).isEqualTo("pasted");
        }
        assertThat(Files.readString(dir.resolve("stderr"))).doesNotContain("Exception");
    }

    @Test
    void keys_reach_the_pane_and_prefix_d_detaches_with_the_tmux_message() throws Exception {
        startDemo();
        assertThat(tmux.display("#{alternate_on}")).isEqualTo("1");
        // option mouse is on by default: presses, releases and drags, SGR encoded (as tmux asks)
        await().atMost(WAIT).until(() -> tmux.display("#{mouse_button_flag}#{mouse_sgr_flag}").equals("11"));
        String[] rows = screen().split("\n");
        assertThat(rows[23]).startsWith("[work] 0:echo*").contains("\"demo-host\"");

        tmux.sendLiteral("abc");
        await().atMost(WAIT).until(() -> screen().contains("in: 61 62 63"));
        tmux.sendKeys("Up");
        await().atMost(WAIT).until(() -> screen().contains("in: 1b 5b 41"));
        tmux.sendKeys("C-b", "C-b");
        await().atMost(WAIT).until(() -> screen().contains("in: 02"));
        tmux.sendLiteral("é");
        await().atMost(WAIT).until(() -> screen().contains("in: c3 a9"));
        tmux.sendKeys("Escape");   // alone: sent after escape-time
        await().atMost(WAIT).until(() -> screen().matches("(?s).*\\nin: 1b\\s*\\n.*"));
        tmux.sendKeys("M-x");      // ESC x together: Alt-x
        await().atMost(WAIT).until(() -> screen().contains("in: 1b 78"));
        // the outer terminal pastes bracketed (the TUI asked it to); this pane did not ask, so plain text
        tmux.run("set-buffer", "p\u00e9");
        tmux.run("paste-buffer", "-p", "-t", "t");
        await().atMost(WAIT).until(() -> screen().contains("in: 70 c3 a9"));

        tmux.sendKeys("C-b", "d");
        await().atMost(WAIT).until(() -> screen().contains("[detached (from session work)]"));
        await().atMost(WAIT).until(() -> screen().contains("rc=0"));
        assertRestored();
    }

    @Test
    void a_line_typed_right_after_detaching_reaches_the_shell() throws Exception {
        startDemo();
        tmux.sendKeys("C-b", "d");
        await().atMost(WAIT).until(() -> screen().contains("[detached (from session work)]"));
        // the demo JVM is still alive for 1.5 s (as the cli is while it closes its connection)
        tmux.sendLiteral("typed");
        tmux.sendKeys("Enter");
        await().atMost(WAIT).until(() -> Files.exists(dir.resolve("read")));
        assertThat(Files.readString(dir.resolve("read")).replaceAll("\\s+", "")).isEqualTo("typed");
        assertRestored(false);
    }

    @Test
    void resizing_the_outer_terminal_resizes_the_pane_area() throws Exception {
        startDemo();
        tmux.resize(60, 15);
        await().atMost(WAIT).until(() -> screen().contains("size 60x14"));
        String[] rows = screen().split("\n");
        assertThat(rows[14]).startsWith("[work] 0:echo*").hasSize(60);
        tmux.sendKeys("C-b", "d");
        await().atMost(WAIT).until(() -> screen().contains("rc=0"));
    }

    @Test
    void the_session_ending_prints_exited() throws Exception {
        startDemo();
        tmux.sendLiteral("exit");
        tmux.sendKeys("Enter");
        await().atMost(WAIT).until(() -> screen().contains("[exited]"));
        await().atMost(WAIT).until(() -> screen().contains("rc=0"));
        assertRestored();
    }

    @Test
    void losing_the_server_prints_lost_server_and_fails() throws Exception {
        startDemo();
        tmux.sendLiteral("kill");
        tmux.sendKeys("Enter");
        await().atMost(WAIT).until(() -> screen().contains("[lost server]"));
        await().atMost(WAIT).until(() -> screen().contains("rc=1"));
        assertRestored();
    }

    @Test
    void a_failed_attach_restores_the_terminal_and_prints_the_reason() throws Exception {
        startDemo("fail");
        await().atMost(WAIT).until(() -> screen().contains("no session named \"nope\" (weft ls lists them)"));
        await().atMost(WAIT).until(() -> screen().contains("rc=1"));
        assertRestored();
    }

    @Test
    void sigterm_restores_the_terminal() throws Exception {
        startDemo();
        signal("TERM", pid());
        await().atMost(WAIT).until(() -> screen().contains("rc=143"));
        assertRestored();
    }

    @Test
    void sighup_restores_the_terminal() throws Exception {
        startDemo();
        signal("HUP", pid());
        await().atMost(WAIT).until(() -> screen().contains("rc=129"));
        assertRestored();
    }

    @Test
    void without_a_terminal_it_refuses_in_one_line() throws Exception {
        Process p = new ProcessBuilder(java(), "-cp", classPath(), "dev.weft.tui.TuiDemo")
                .redirectInput(new File("/dev/null"))
                .redirectError(dir.resolve("err").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out).startsWith("weft needs a terminal: ");
        assertThat(out.strip()).doesNotContain("\n");
    }

    private static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }
}
