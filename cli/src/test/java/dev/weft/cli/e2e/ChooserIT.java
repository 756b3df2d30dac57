package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choosers as a person uses them: {@code C-b s} lists the sessions and switches to the one
 * chosen; {@code C-b w} shows the tree with a preview of the selected window's pane; typing after
 * {@code /} narrows the list; {@code C-b =} pastes the buffer chosen.
 */
class ChooserIT {
    private static final int COLS = 100;
    private static final int ROWS = 30;

    @TempDir
    Path home;

    @Test
    void chooseSessionListsBothAndSwitchesToTheChosenOne() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            assertThat(term.weft("new", "-d", "-s", "other").exitCode()).isZero();
            term.press("C-b", "s");
            String shown = term.awaitScreen("both sessions listed, the current one first",
                    s -> row(s, 0).startsWith("(0) + work: 1 windows (attached)")
                            && row(s, 1).startsWith("(1) + other: 1 windows"));
            assertThat(shown).contains("┌ work (sort: index) ");
            term.press("Down");
            term.awaitScreen("the preview of the other session", s -> s.contains("┌ other (sort: index) "));
            term.press("Enter");
            String back = term.awaitScreen("the other session is shown",
                    s -> WindowsAndPanesIT.lastRow(s).startsWith("[other]") && !s.contains("(sort: "));
            assertThat(row(back, 0)).doesNotStartWith("(0)");
        }
    }

    @Test
    void chooseWindowShowsTheTreeAndPreviewsAnotherWindowsPane() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            assertThat(term.weft("new-window", "-d", "-t", "work").exitCode()).isZero();
            assertThat(term.weft("send-keys", "-t", "work:1", "echo preview-marker-$((6*7))", "Enter").exitCode())
                    .isZero();
            term.press("C-b", "w");
            term.awaitScreen("the tree with sessions open and the current window selected",
                    s -> row(s, 0).startsWith("(0) - work: 2 windows (attached)")
                            && row(s, 1).startsWith("(1) ├─> 0: bash*")
                            && row(s, 2).startsWith("(2) └─> 1: bash"));
            term.press("Down");
            String preview = term.awaitScreen("window 1's pane in the preview box",
                    s -> s.lines().anyMatch(l -> l.startsWith("│ ") && l.contains("preview-marker-42")));
            assertThat(preview).contains("┌ 1 (sort: index) ");
            term.press("q");
            term.awaitScreen("the chooser gone", s -> !s.contains("(sort: "));
        }
    }

    @Test
    void typingAfterSlashNarrowsTheList() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            assertThat(term.weft("new", "-d", "-s", "alpha").exitCode()).isZero();
            assertThat(term.weft("new", "-d", "-s", "logs-xyz").exitCode()).isZero();
            term.press("C-b", "s");
            term.awaitScreen("three sessions", s -> row(s, 2).startsWith("(2) + logs-xyz: 1 windows"));
            term.press("/", "x", "y");
            String narrowed = term.awaitScreen("only the matching session, the filter on the box",
                    s -> row(s, 0).startsWith("(0) + logs-xyz: 1 windows") && row(s, 1).isBlank()
                            && s.contains("(filter: xy"));
            assertThat(narrowed).doesNotContain("+ work:").doesNotContain("+ alpha:");
            term.press("Enter", "Enter");
            term.awaitScreen("the chosen session is shown",
                    s -> WindowsAndPanesIT.lastRow(s).startsWith("[logs-xyz]") && !s.contains("(sort: "));
        }
    }

    @Test
    void chooseBufferPastesTheOlderBuffer() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            OuterTerminal.Result first = term.weft("set-buffer", "echo older-buffer");
            assertThat(first.exitCode()).as(first.stderr()).isZero();
            assertThat(term.weft("set-buffer", "echo newer-buffer").exitCode()).isZero();
            term.press("C-b", "=");
            term.awaitScreen("both buffers, the newest first",
                    s -> row(s, 0).startsWith("(0) buffer1: ") && row(s, 0).endsWith("echo newer-buffer")
                            && row(s, 1).startsWith("(1) buffer0: "));
            term.press("Down", "Enter");
            term.awaitScreen("the older buffer pasted at the prompt",
                    s -> !s.contains("(sort: ") && s.contains("$ echo older-buffer"));
        }
    }

    @Test
    void chooseClientDetachesTheChosenClient() throws Exception {
        try (OuterTerminal a = new OuterTerminal(home, COLS, ROWS);
             OuterTerminal b = a.another(80, 24)) {
            startSession(a, "work");
            assertThat(a.weft("new", "-d", "-s", "other").exitCode()).isZero();
            b.typeLine("weft attach -t other");
            b.awaitScreen("B attached", s -> WindowsAndPanesIT.lastRow(s).startsWith("[other]"));
            a.press("C-b", "D");
            String list = a.awaitScreen("both clients listed",
                    s -> row(s, 0).matches("\\(0\\) /dev/pts/\\d+: \\d\\d:\\d\\d: session (work|other)")
                            && row(s, 1).matches("\\(1\\) /dev/pts/\\d+: \\d\\d:\\d\\d: session (work|other)"));
            assertThat(list).contains("(sort: name)");
            String shortcut = row(list, 0).endsWith("session other") ? "0" : "1";
            a.press(shortcut);
            b.awaitScreen("B detached", s -> s.contains("[detached (from session other)]"));
            a.awaitScreen("A still attached, the chooser gone",
                    s -> WindowsAndPanesIT.lastRow(s).startsWith("[work]") && !s.contains("(sort: "));
        }
    }

    @Test
    void theTreeIsDrawnAsTmuxDrawsIt() throws Exception {
        String socket = "weft-choose-ref-" + ProcessHandle.current().pid();
        try (OuterTerminal weft = new OuterTerminal(home, COLS, ROWS);
             OuterTerminal tmux = weft.another(COLS, ROWS)) {
            try {
                // the same sessions, windows and panes in weft and in a private tmux 3.3a
                startSession(weft, "work");
                tmux.typeLine("TMUX= tmux -L " + socket + " -f /dev/null new-session -s work");
                tmux.awaitScreen("tmux attached", s -> WindowsAndPanesIT.lastRow(s).startsWith("[work]"));
                // tmux names a window "[tmux]" while a mode is shown in it (automatic rename): not weft
                assertThat(tmux.run(List.of("tmux", "-L", socket, "set", "-g", "automatic-rename", "off")).exitCode())
                        .isZero();
                for (OuterTerminal t : List.of(weft, tmux)) {
                    List<List<String>> commands = List.of(List.of("new-window", "-d", "-t", "work"),
                            List.of("split-window", "-d", "-t", "work:1"), List.of("new-session", "-d", "-s", "other"));
                    for (List<String> c : commands) {
                        OuterTerminal.Result r = t == weft ? weft.weft(c.toArray(String[]::new))
                                : tmux.run(java.util.stream.Stream.concat(Stream.of("tmux", "-L", socket), c.stream()).toList());
                        assertThat(r.exitCode()).as(c + ": " + r.stderr()).isZero();
                    }
                }
                for (String keys : List.of("w", "s", ":")) {
                    for (OuterTerminal t : List.of(weft, tmux)) {
                        t.awaitScreen("attached, no tree", s -> WindowsAndPanesIT.lastRow(s).startsWith("[work]")
                                && !s.contains("(sort: "));
                        t.press("C-b", keys);
                        if (keys.equals(":")) {
                            t.awaitScreen("the command prompt", s -> WindowsAndPanesIT.lastRow(s).startsWith(":"));
                            t.typeLine("choose-tree"); // everything open: the panes too
                        }
                    }
                    String expected = tmux.awaitScreen("tmux's tree", s -> s.contains("(sort: index)"));
                    String shown = weft.awaitScreen("weft's tree", s -> s.contains("(sort: index)"));
                    List<String> tmuxLines = listLines(expected);
                    assertThat(tmuxLines).hasSizeGreaterThan(1);
                    assertThat(listLines(shown)).as("choose-tree -Z" + keys).isEqualTo(tmuxLines);
                    weft.press("q");
                    tmux.press("q");
                    weft.awaitScreen("weft's tree gone", s -> !s.contains("(sort: "));
                    tmux.awaitScreen("tmux's tree gone", s -> !s.contains("(sort: "));
                }
                // choose-buffer: the same two buffers
                for (String text : List.of("first buffer text", "second\nline two")) {
                    assertThat(weft.weft("set-buffer", text).exitCode()).isZero();
                    assertThat(tmux.run(List.of("tmux", "-L", socket, "set-buffer", text)).exitCode()).isZero();
                }
                weft.press("C-b", "=");
                tmux.press("C-b", "=");
                List<String> buffers = listLines(tmux.awaitScreen("tmux's buffers", s -> s.contains("(sort: time)")));
                assertThat(buffers).hasSize(2);
                String shown = weft.awaitScreen("weft's buffers", s -> s.contains("(sort: time)"));
                assertThat(listLines(shown)).isEqualTo(buffers);
            } finally {
                tmux.run(List.of("tmux", "-L", socket, "kill-server"));
            }
        }
    }

    /** The list's lines: the rows above the preview box. */
    private static List<String> listLines(String screen) {
        return screen.lines().takeWhile(l -> !l.startsWith("┌")).map(String::stripTrailing)
                .filter(l -> !l.isEmpty()).toList();
    }

    private static void startSession(OuterTerminal term, String name) {
        term.typeLine("weft new -s " + name);
        term.awaitScreen("the prompt and the status line", s -> WindowsAndPanesIT.lastRow(s).startsWith("[" + name + "]"));
    }

    private static String row(String screen, int y) {
        List<String> rows = List.of(screen.split("\n", -1));
        return y < rows.size() ? rows.get(y) : "";
    }
}
