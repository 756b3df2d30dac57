package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 5's mouse as a person uses it: the outer terminal (a private tmux) gets SGR mouse reports
 * typed into it byte for byte ({@code send-keys -H}), as a real terminal sends them once weft has
 * turned mouse reporting on. Clicks focus panes, a border drag resizes, the wheel over a shell
 * does not reach it, a program that asked for the mouse gets clicks in its own cells, and the
 * outer terminal's reporting is on while attached, off after detaching and off with
 * {@code mouse = false}.
 */
class MouseIT {
    private static final int COLS = 100;
    private static final int ROWS = 30;

    @TempDir
    Path home;

    @Test
    void aClickFocusesThePaneUnderIt() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            term.awaitScreen("weft turned mouse reporting on", s -> outerMouse(term).equals("11"));
            splitLeftRight(term);
            assertThat(panes(term, "#{pane_index}:#{pane_active}")).isEqualTo("0:0\n1:1\n");

            click(term, 5, 5);
            await("the left pane active").atMost(OuterTerminal.PATIENCE)
                    .until(() -> panes(term, "#{pane_index}:#{pane_active}").equals("0:1\n1:0\n"));
            awaitCursorIn(term, 0, leftWidth(term));
            term.typeLine("echo typed-here");
            await("the text in the left pane").atMost(OuterTerminal.PATIENCE).until(() ->
                    capture(term, "work:0.0").contains("typed-here"));

            int right = leftWidth(term) + 1; // 0-based column of the right pane
            click(term, right + 5, 3);
            await("the right pane active again").atMost(OuterTerminal.PATIENCE)
                    .until(() -> panes(term, "#{pane_index}:#{pane_active}").equals("0:0\n1:1\n"));
            awaitCursorIn(term, right, COLS);

            term.press("C-b", "d");
            term.awaitScreen("detached", s -> s.contains("[detached (from session work)]"));
            assertThat(outerMouse(term)).as("mouse reporting off after detaching").isEqualTo("00");
            assertThat(term.tmux("display-message", "-p", "-t", "outer", "#{mouse_any_flag}").strip()).isEqualTo("0");
        }
    }

    @Test
    void draggingTheBorderTenColumnsLeftResizesBothPanes() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            splitLeftRight(term);
            int w = leftWidth(term);
            assertThat(panes(term, "#{pane_index}:#{pane_width}")).isEqualTo("0:" + w + "\n1:" + (COLS - w - 1) + "\n");

            int border = w + 1; // 1-based column of the border
            sgr(term, 0, border, 8, true);
            sgr(term, 32, border - 4, 8, true);
            sgr(term, 32, border - 10, 9, true);
            sgr(term, 0, border - 10, 9, false);
            String expected = "0:" + (w - 10) + "\n1:" + (COLS - w + 10 - 1) + "\n";
            await("the border ten columns left").atMost(OuterTerminal.PATIENCE)
                    .until(() -> panes(term, "#{pane_index}:#{pane_width}").equals(expected));
            term.awaitScreen("the border drawn at the new column",
                    s -> s.split("\n")[3].length() > w - 10 && s.split("\n")[3].charAt(w - 10) == '│');
            assertThat(panes(term, "#{pane_index}:#{pane_active}")).as("a border drag selects no pane")
                    .isEqualTo("0:0\n1:1\n");
        }
    }

    @Test
    void theWheelOverAShellEntersCopyModeAndScrollsItAsTmux() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            term.typeLine("seq 1 200");
            term.awaitScreen("the history", s -> s.contains("200\n$"));
            // tmux 3.3a's WheelUpPane is copy-mode -e: in copy mode, not scrolled yet
            sgr(term, 64, 10, 10, true);
            term.awaitScreen("copy mode's position indicator", s -> firstRow(s).matches(".*\\[0/\\d+]$"));
            sgr(term, 64, 10, 10, true);
            String scrolled = term.awaitScreen("five lines up", s -> firstRow(s).matches(".*\\[5/\\d+]$"));
            assertThat(scrolled).doesNotContain("\n200\n");
            // back down to the bottom: -e leaves copy mode there
            sgr(term, 65, 10, 10, true);
            term.awaitScreen("copy mode left at the bottom", s -> !firstRow(s).contains("/") && s.contains("200\n$"));
            // the shell got no mouse bytes: the next line typed is exactly what was typed
            term.typeLine("echo after-wheel");
            term.awaitScreen("the echo", s -> s.contains("\nafter-wheel\n"));
            assertThat(capture(term, "work")).contains("$ echo after-wheel\n").doesNotContain("[<6");
        }
    }

    /**
     * tmux 3.3a, asked the same way (a tmux in a tmux): with emacs keys the cell under the pointer
     * is not part of the selection ("hello-drag-worl"), with vi keys it is ("hello-drag-world").
     */
    @ParameterizedTest
    @CsvSource({"emacs,hello-drag-worl", "vi,hello-drag-world"})
    void aDragOverTextInAShellCopiesItToABuffer(String modeKeys, String copied) throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            term.writeConfig("mode_keys = \"" + modeKeys + "\"\n");
            startSession(term, "work");
            term.typeLine("clear; echo hello-drag-world");
            String screen = term.awaitScreen("the text", s -> List.of(s.split("\n")).contains("hello-drag-world"));
            int row = List.of(screen.split("\n")).indexOf("hello-drag-world") + 1; // 1-based
            sgr(term, 0, 1, row, true);
            sgr(term, 32, 8, row, true);
            sgr(term, 32, 16, row, true);
            sgr(term, 0, 16, row, false);
            OuterTerminal.Result[] last = {null};
            try {
                await("the selection copied to a buffer").atMost(OuterTerminal.PATIENCE).until(() ->
                        (last[0] = term.weft("show-buffer")).stdout().equals(copied));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("show-buffer: " + last[0] + "\nthe screen:\n" + term.screen(), e);
            }
            term.awaitScreen("copy mode left after copying", s -> !firstRow(s).contains("/"));
        }
    }

    /**
     * tmux 3.3a, asked the same way: a double click copies "beta", a triple click the line (with
     * emacs keys, the default here, without its newline: tmux's select-line copies one only with vi keys).
     */
    @Test
    void aDoubleClickCopiesTheWordAndATripleClickTheLine() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            term.typeLine("clear; echo alpha beta gamma");
            String screen = term.awaitScreen("the text", s -> List.of(s.split("\n")).contains("alpha beta gamma"));
            int row = List.of(screen.split("\n")).indexOf("alpha beta gamma") + 1;
            // the clicks of a double click come within 300 ms: typed as one write, as a terminal
            // under a quick hand would send them, so a slow machine does not split them
            clicks(term, 8, row, 2);
            awaitBuffer(term, "beta");
            term.awaitScreen("copy mode left after copying", s -> !firstRow(s).contains("/"));
            clicks(term, 14, row, 3);
            awaitBuffer(term, "alpha beta gamma");
        }
    }

    /** show-buffer prints the buffer as it is. */
    private static void awaitBuffer(OuterTerminal term, String expected) {
        OuterTerminal.Result[] last = {null};
        try {
            await("the buffer").atMost(OuterTerminal.PATIENCE).until(() ->
                    (last[0] = term.weft("show-buffer")).stdout().equals(expected));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("show-buffer: " + last[0] + "\nthe screen:\n" + term.screen(), e);
        }
    }

    @Test
    void aProgramThatAskedForTheMouseGetsTheClickInItsOwnCells() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            splitLeftRight(term);
            int right = leftWidth(term) + 1;
            term.typeLine("printf '\\033[?1000h\\033[?1006h'; echo armed; cat -v");
            term.awaitScreen("the program waiting for the mouse", s -> s.contains("│armed\n"));

            // screen cell (right + 10, 12), 1-based, is the pane's cell (10, 12): it starts at column right + 1
            click(term, right + 10, 12);
            String report = "^[[<0;10;12M^[[<0;10;12m";
            await("the report in the program").atMost(OuterTerminal.PATIENCE)
                    .until(() -> capture(term, "work:0.1").contains(report));
            term.press("C-d");
            assertThat(capture(term, "work:0.0")).doesNotContain("^[");
        }
    }

    @Test
    void withMouseOffTheOuterTerminalReportsNothing() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            term.writeConfig("mouse = false\n");
            startSession(term, "work");
            splitLeftRight(term);
            assertThat(outerMouse(term)).isEqualTo("00");
            assertThat(term.tmux("display-message", "-p", "-t", "outer", "#{mouse_any_flag}").strip()).isEqualTo("0");
            // live: set-option turns it on
            term.press("C-b", ":");
            term.typeLine("set-option -g mouse on");
            term.awaitScreen("reporting on after set-option", s -> outerMouse(term).equals("11"));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void startSession(OuterTerminal term, String name) {
        term.typeLine("weft new -s " + name);
        term.awaitScreen("the prompt and the status line", s -> WindowsAndPanesIT.lastRow(s).startsWith("[" + name + "]"));
    }

    private static String firstRow(String screen) {
        return screen.split("\n", -1)[0].stripTrailing();
    }

    private static void splitLeftRight(OuterTerminal term) {
        term.press("C-b", "%");
        term.awaitScreen("a border between two panes", s -> s.contains("│"));
        awaitCursorIn(term, leftWidth(term) + 1, COLS);
    }

    /** #{mouse_button_flag}#{mouse_sgr_flag} of the outer pane: what weft asked the terminal for. */
    private static String outerMouse(OuterTerminal term) {
        return term.tmux("display-message", "-p", "-t", "outer", "#{mouse_button_flag}#{mouse_sgr_flag}").strip();
    }

    private static int leftWidth(OuterTerminal term) {
        String first = panes(term, "#{pane_width}").lines().findFirst().orElseThrow();
        return Integer.parseInt(first);
    }

    private static String panes(OuterTerminal term, String format) {
        OuterTerminal.Result r = term.weft("list-panes", "-t", "work", "-F", format);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout();
    }

    private static String capture(OuterTerminal term, String target) {
        return term.weft("capture-pane", "-p", "-t", target).stdout();
    }

    /** Wait until the outer cursor is in columns [from, to). */
    private static void awaitCursorIn(OuterTerminal term, int from, int to) {
        await("the cursor in columns " + from + ".." + (to - 1)).atMost(OuterTerminal.PATIENCE).until(() -> {
            int x = Integer.parseInt(term.tmux("display-message", "-p", "-t", "outer", "#{cursor_x}").strip());
            return x >= from && x < to;
        });
    }

    private static void click(OuterTerminal term, int col, int row) {
        sgr(term, 0, col, row, true);
        sgr(term, 0, col, row, false);
    }

    /** An SGR mouse report at the 1-based cell, typed into the outer terminal byte for byte. */
    private static void sgr(OuterTerminal term, int button, int col, int row, boolean press) {
        type(term, report(button, col, row, press));
    }

    /** {@code n} presses and releases of button 1 at the cell, in one write. */
    private static void clicks(OuterTerminal term, int col, int row, int n) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            all.append(report(0, col, row, true)).append(report(0, col, row, false));
        }
        type(term, all.toString());
    }

    private static String report(int button, int col, int row, boolean press) {
        return "\u001b[<" + button + ";" + col + ";" + row + (press ? "M" : "m");
    }

    private static void type(OuterTerminal term, String bytes) {
        List<String> argv = new ArrayList<>(List.of("send-keys", "-t", "outer", "-H"));
        for (byte b : bytes.getBytes(StandardCharsets.US_ASCII)) {
            argv.add(String.format("%02x", b & 0xff));
        }
        term.tmux(argv.toArray(String[]::new));
    }
}
