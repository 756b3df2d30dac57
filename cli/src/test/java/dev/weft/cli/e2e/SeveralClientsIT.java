package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's several clients as two people (or two windows) see them: two outer terminals of
 * different sizes attached to one session. window_size latest / smallest / largest, the outside
 * area of a larger terminal, the part a smaller terminal shows, list-clients, a read-only client,
 * detach-client -a.
 */
class SeveralClientsIT {
    /** Terminal A: pane area 100x29. Terminal B: pane area 80x19. */
    private static final int A_COLS = 100;
    private static final int A_ROWS = 30;
    private static final int B_COLS = 80;
    private static final int B_ROWS = 20;

    @TempDir
    Path home;

    @Test
    void twoTerminalsShareOneSession() throws Exception {
        try (OuterTerminal a = new OuterTerminal(home, A_COLS, A_ROWS);
             OuterTerminal b = a.another(B_COLS, B_ROWS)) {
            OuterTerminal.Result created = a.weft("new", "-d", "-s", "work", "-x", "60", "-y", "15");
            assertThat(created.exitCode()).as(created.stderr()).isZero();
            attach(a, "weft attach -t work");
            attach(b, "weft attach -t work");

            // (1) latest: the session follows the client that acted last
            awaitSessionSize(a, "80x19");
            typeIn(a, "echo typed-in-a");
            awaitSessionSize(a, "100x29");
            b.press("Enter");
            awaitSessionSize(a, "80x19");

            // (2) smallest: the larger terminal shows the border and the · fill
            assertThat(a.weft("set-option", "-g", "window-size", "smallest").exitCode()).isZero();
            awaitSessionSize(a, "80x19");
            String outside = a.awaitScreen("the border below the session and the fill",
                    s -> row(s, 19).equals("─".repeat(80) + "┘" + "·".repeat(19)));
            assertThat(row(outside, 0)).endsWith("│" + "·".repeat(19));
            assertThat(row(outside, 18)).endsWith("│" + "·".repeat(19));
            assertThat(row(outside, 20)).isEqualTo("·".repeat(100));
            assertThat(row(outside, 28)).isEqualTo("·".repeat(100));
            assertThat(row(outside, 29)).startsWith("[work]"); // the status line, under the fill

            // (3) largest: the smaller terminal shows a part of the session
            assertThat(a.weft("set-option", "-g", "window-size", "largest").exitCode()).isZero();
            awaitSessionSize(a, "100x29");
            typeIn(a, "clear; printf '%099dX\\n' 0");
            String whole = a.awaitScreen("the 100-column line in A", s -> s.contains("0".repeat(99) + "X"));
            assertThat(whole).doesNotContain("·");
            String part = b.awaitScreen("B shows the first 80 columns of it",
                    s -> s.lines().anyMatch(l -> l.equals("0".repeat(80))));
            for (int y = 0; y < B_ROWS - 1; y++) {
                assertThat(row(part, y)).doesNotContain("X").doesNotContain("·").hasSizeLessThanOrEqualTo(B_COLS);
            }
            assertThat(row(part, B_ROWS - 1)).startsWith("[work]");
            OuterTerminal.Result clients = a.weft("list-clients");
            assertThat(clients.exitCode()).as(clients.stderr()).isZero();
            List<String> lines = clients.stdout().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines).anyMatch(l -> l.matches("/dev/pts/\\d+: work \\[100x30 \\S+\\] \\(attached,focused,UTF-8\\)"));
            assertThat(lines).anyMatch(l -> l.matches("/dev/pts/\\d+: work \\[80x20 \\S+\\] \\(attached,focused,UTF-8\\)"));

            // (4) a read-only client cannot type, but C-b d detaches it
            b.press("C-b", "d");
            b.awaitScreen("B detached", s -> s.contains("[detached (from session work)]"));
            b.typeLine("clear; weft attach -r -t work");
            b.awaitScreen("B attached read-only", s -> row(s, B_ROWS - 1).startsWith("[work]"));
            await("B listed read-only").atMost(OuterTerminal.PATIENCE).until(() ->
                    a.weft("list-clients", "-F", "#{client_readonly}").stdout().lines().filter("1"::equals).count() == 1);
            String before = a.screen();
            b.typeLine("echo ro-typed");
            b.press("C-b", "c"); // a new tab, were it allowed
            typeIn(a, "echo after-ro");
            a.awaitScreen("A's own echo", s -> s.contains("\nafter-ro\n"));
            assertThat(a.screen()).doesNotContain("ro-typed");
            assertThat(a.weft("capture-pane", "-p", "-t", "work").stdout()).doesNotContain("ro-typed");
            assertThat(a.weft("list-windows", "-t", "work", "-F", "#I").stdout().strip()).isEqualTo("0");
            assertThat(before).doesNotContain("ro-typed");
            b.press("C-b", "d");
            b.awaitScreen("the read-only client detached", s -> s.contains("[detached (from session work)]"));

            // (5) detach-client -a from A detaches B
            b.typeLine("clear; weft attach -t work");
            b.awaitScreen("B attached again", s -> row(s, B_ROWS - 1).startsWith("[work]"));
            await("two clients").atMost(OuterTerminal.PATIENCE).until(() ->
                    a.weft("list-clients").stdout().lines().count() == 2);
            a.press("C-b", ":");
            a.typeLine("detach-client -a");
            b.awaitScreen("B detached by A", s -> s.contains("[detached (from session work)]"));
            assertThat(row(a.screen(), A_ROWS - 1)).startsWith("[work]");
            assertThat(a.weft("list-clients").stdout().lines().toList()).hasSize(1)
                    .allMatch(l -> l.contains("[100x30 "));
        }
    }

    /** Attach from an outer shell and wait for the status line. */
    private static void attach(OuterTerminal t, String command) {
        t.typeLine(command);
        t.awaitScreen("attached", s -> s.stripTrailing().lines().reduce((x, y) -> y).orElse("").startsWith("[work]"));
    }

    /** Type a line into the pane once its prompt is up, as a person would. */
    private static void typeIn(OuterTerminal t, String line) {
        t.awaitScreen("a prompt in the pane", s -> s.contains("$"));
        t.typeLine(line);
    }

    private static void awaitSessionSize(OuterTerminal t, String size) {
        await("the session to be " + size).atMost(OuterTerminal.PATIENCE).until(() ->
                t.weft("display-message", "-p", "-t", "work", "#{session_width}x#{session_height}").stdout().strip(),
                size::equals);
    }

    private static String row(String screen, int y) {
        String[] rows = screen.split("\n", -1);
        return y < rows.length ? rows[y] : "";
    }
}
