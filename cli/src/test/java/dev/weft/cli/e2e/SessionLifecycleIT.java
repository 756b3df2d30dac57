package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton as a person uses it: start weft in a terminal, type, detach, list,
 * reattach, lose the client, reattach again, with the screen checked at every step.
 */
class SessionLifecycleIT {
    @TempDir
    Path home;

    @Test
    void startTypeDetachListReattachAndSurviveAKilledClient() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            term.typeLine("weft new -s work");
            String started = term.awaitScreen("a prompt in the pane and the status line",
                    s -> lastRow(s).contains("[work]") && s.startsWith("$\n"));
            assertThat(lastRow(started)).contains("[work]").contains("0:");

            term.typeLine("echo hello");
            term.awaitScreen("hello echoed in the pane", s -> s.contains("\nhello\n") || s.startsWith("hello\n"));

            term.press("C-b", "d");
            String detached = term.awaitScreen("the detached message in the outer shell",
                    s -> s.contains("[detached (from session work)]"));
            assertThat(detached).doesNotContain("[work]");

            OuterTerminal.Result ls = term.weft("ls");
            assertThat(ls.exitCode()).as(ls.stderr()).isZero();
            assertThat(ls.stdout()).startsWith("work: 1 tab, 1 pane, 0 clients (created ");

            term.typeLine("clear; weft attach");
            String back = term.awaitScreen("hello again after attach", s -> s.contains("hello") && lastRow(s).contains("[work]"));
            assertThat(back).contains("echo hello");
            assertThat(term.weft("ls").stdout()).contains("1 client").contains("(attached)");

            long client = term.foregroundPid();
            ProcessHandle.of(client).orElseThrow().destroyForcibly();
            term.awaitScreen("the outer shell back after the client was killed",
                    s -> term.weft("ls").stdout().contains("0 clients"));

            term.typeLine("stty sane; clear; weft attach -t work");
            String again = term.awaitScreen("the same screen after reattaching",
                    s -> s.contains("hello") && lastRow(s).contains("[work]"));
            assertThat(again).contains("echo hello");
        }
    }

    @Test
    void outputWhileDetachedIsKeptUpToTheScrollbackLimit() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            term.writeConfig("scrollback_lines = 3000\n");
            OuterTerminal.Result created = term.weft("new", "-d", "-s", "flood", "-x", "80", "-y", "24");
            assertThat(created.exitCode()).as(created.stderr()).isZero();
            OuterTerminal.Result sent = term.weft("send-keys", "-t", "flood", "seq 1 200000", "Enter");
            assertThat(sent.exitCode()).as(sent.stderr()).isZero();

            org.awaitility.Awaitility.await("seq to finish").atMost(OuterTerminal.PATIENCE)
                    .until(() -> term.weft("capture-pane", "-p", "-t", "flood").stdout().contains("200000\n$\n"));

            List<String> history = List.of(term.weft("capture-pane", "-p", "-S", "-", "-t", "flood").stdout().split("\n"));
            // 3000 lines of history and 24 visible rows: 23 numbers and the prompt.
            assertThat(history).hasSize(3000 + 24);
            assertThat(history.get(history.size() - 1)).isEqualTo("$");
            List<String> numbers = history.subList(0, history.size() - 1);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).isEqualTo(Integer.toString(200000 - numbers.size() + 1 + i));
            }

            term.typeLine("weft attach -t flood");
            String screen = term.awaitScreen("the last number on screen after attach",
                    s -> s.contains("200000") && lastRow(s).contains("[flood]"));
            assertThat(screen).contains("199999");
        }
    }

    static String lastRow(String screen) {
        String[] rows = screen.stripTrailing().split("\n");
        return rows[rows.length - 1];
    }
}
