package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 as a person uses it: split with the prefix keys and read each pane's size with
 * {@code stty size} inside it; zoom; the preset layouts and key resizes give tmux's sizes for the
 * same window (a reference tmux is asked); tabs created, renamed and switched; sessions switched;
 * display-message from the command line.
 */
class WindowsAndPanesIT {
    static final String GEOMETRY_FORMAT = "#{pane_index}:#{pane_left},#{pane_top} #{pane_width}x#{pane_height}";
    /** The outer terminal; weft's pane area is one row less (the status line). */
    private static final int COLS = 100;
    private static final int ROWS = 30;

    @TempDir
    Path home;

    @Test
    void splitBothWaysAndEveryPaneHasTheSizeTmuxGives() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS);
             ReferenceTmux tmux = new ReferenceTmux(COLS, ROWS - 1)) {
            startSession(term, "work");
            term.press("C-b", "%");
            tmux.tmux("split-window", "-h", "-t", "ref");
            term.press("C-b", "\"");
            tmux.tmux("split-window", "-v", "-t", "ref");
            awaitGeometry(term, "work", tmux.geometry());

            // stty size inside each pane, read back from that pane
            for (String line : tmux.geometry().strip().split("\n")) {
                String index = line.substring(0, line.indexOf(':'));
                String[] size = line.substring(line.indexOf(' ') + 1).split("x");
                term.press("C-b", ":");
                term.typeLine("select-pane -t :." + index);
                term.typeLine("clear; stty size");
                String expected = size[1] + " " + size[0];
                await("stty size in pane " + index).atMost(OuterTerminal.PATIENCE).until(() ->
                        term.weft("capture-pane", "-p", "-t", "work:0." + index).stdout().lines().anyMatch(expected::equals));
            }
        }
    }

    @Test
    void zoomShowsOnlyTheActivePaneAndUnzoomRestoresTheSplit() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            term.press("C-b", "%");
            term.awaitScreen("a border between two panes", s -> s.contains("│"));
            term.press("C-b", "z");
            String zoomed = term.awaitScreen("the zoom flag in the status line",
                    s -> lastRow(s).contains("0:bash*Z"));
            assertThat(zoomed).doesNotContain("│");
            term.typeLine("clear; stty size");
            term.awaitScreen("the zoomed pane has the whole area", s -> s.contains((ROWS - 1) + " " + COLS));
            term.press("C-b", "z");
            String back = term.awaitScreen("the split again, no zoom flag",
                    s -> s.contains("│") && !lastRow(s).contains("*Z"));
            assertThat(lastRow(back)).contains("0:bash*");
        }
    }

    @Test
    void everyPresetLayoutAndKeyResizeGivesTmuxsSizes() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS);
             ReferenceTmux tmux = new ReferenceTmux(COLS, ROWS - 1)) {
            startSession(term, "work");
            for (int i = 0; i < 3; i++) {
                assertThat(term.weft("split-window", "-t", "work").exitCode()).isZero();
                tmux.tmux("split-window", "-t", "ref");
                // tmux refuses a fourth split of a shrinking pane only when there is no room: not here
            }
            awaitGeometry(term, "work", tmux.geometry());
            String[] presets = {"even-horizontal", "even-vertical", "main-horizontal", "main-vertical", "tiled"};
            for (int i = 0; i < presets.length; i++) {
                term.press("C-b", "M-" + (i + 1));
                tmux.tmux("select-layout", "-t", "ref", presets[i]);
                awaitGeometry(term, "work", tmux.geometry());
            }
            term.press("C-b", "Space"); // next-layout after tiled: even-horizontal again
            tmux.tmux("next-layout", "-t", "ref");
            awaitGeometry(term, "work", tmux.geometry());

            // Resize by keys: C-Left three times under one prefix (repeatable), M-Down once.
            term.press("C-b", "C-Left", "C-Left", "C-Left");
            for (int i = 0; i < 3; i++) {
                tmux.tmux("resize-pane", "-t", "ref", "-L");
            }
            awaitGeometry(term, "work", tmux.geometry());
            term.press("C-b", "M-1"); // even-horizontal: then resize the active pane left by 5
            tmux.tmux("select-layout", "-t", "ref", "even-horizontal");
            term.press("C-b", "M-Left");
            tmux.tmux("resize-pane", "-t", "ref", "-L", "5");
            awaitGeometry(term, "work", tmux.geometry());
        }
    }

    @Test
    void tabsAreCreatedRenamedAndSwitchedByNumberAndNextPrevious() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            startSession(term, "work");
            term.press("C-b", "c");
            term.awaitScreen("a second tab, current", s -> lastRow(s).contains("0:bash- 1:bash*"));
            term.press("C-b", ",");
            term.awaitScreen("the rename prompt with the tab's name",
                    s -> !lastRow(s).startsWith("[work]") && lastRow(s).contains("bash"));
            term.press("C-u");
            term.typeLine("logs");
            term.awaitScreen("the renamed tab", s -> lastRow(s).contains("0:bash- 1:logs*"));
            term.press("C-b", "0");
            term.awaitScreen("tab 0 selected by number", s -> lastRow(s).contains("0:bash* 1:logs-"));
            term.press("C-b", "n");
            term.awaitScreen("next tab", s -> lastRow(s).contains("0:bash- 1:logs*"));
            term.press("C-b", "p");
            term.awaitScreen("previous tab", s -> lastRow(s).contains("0:bash* 1:logs-"));
            term.press("C-b", "l");
            term.awaitScreen("last tab", s -> lastRow(s).contains("0:bash- 1:logs*"));

            OuterTerminal.Result windows = term.weft("list-windows", "-t", "work", "-F", "#{window_index}:#{window_name}");
            assertThat(windows.exitCode()).as(windows.stderr()).isZero();
            assertThat(windows.stdout()).isEqualTo("0:bash\n1:logs\n");
        }
    }

    @Test
    void sessionsAreSwitchedFromTheClient() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            assertThat(term.weft("new", "-d", "-s", "other").exitCode()).isZero();
            assertThat(term.weft("send-keys", "-t", "other", "echo in-other", "Enter").exitCode()).isZero();
            startSession(term, "work");
            term.press("C-b", ")");
            term.awaitScreen("the other session and its pane", s -> lastRow(s).startsWith("[other]") && s.contains("in-other"));
            term.press("C-b", "(");
            String back = term.awaitScreen("back in work", s -> lastRow(s).startsWith("[work]"));
            assertThat(back).doesNotContain("in-other");
            assertThat(term.weft("ls").stdout()).contains("work: 1 tab, 1 pane, 1 client").contains("other: 1 tab, 1 pane, 0 clients");
        }
    }

    @Test
    void displayMessageFromTheCommandLineExpandsTheFormat() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            assertThat(term.weft("new", "-d", "-s", "work").exitCode()).isZero();
            assertThat(term.weft("new-window", "-t", "work").exitCode()).isZero();
            assertThat(term.weft("split-window", "-h", "-t", "work:1").exitCode()).isZero();
            OuterTerminal.Result shown = term.weft("display-message", "-p", "#S:#I.#P");
            assertThat(shown.exitCode()).as(shown.stderr()).isZero();
            assertThat(shown.stdout()).isEqualTo("work:1.1\n");
            OuterTerminal.Result bad = term.weft("display-message", "-p", "-t", "nosuch", "#S");
            assertThat(bad.exitCode()).isEqualTo(1);
            assertThat(bad.stderr().strip()).doesNotContain("\n").contains("nosuch");
            OuterTerminal.Result unknown = term.weft("frobnicate-window");
            assertThat(unknown.exitCode()).isNotZero();
            assertThat(unknown.stderr()).contains("frobnicate-window");
        }
    }

    private static void startSession(OuterTerminal term, String name) {
        term.typeLine("weft new -s " + name);
        term.awaitScreen("the prompt and the status line", s -> lastRow(s).startsWith("[" + name + "]"));
    }

    private static void awaitGeometry(OuterTerminal term, String session, String expected) {
        String[] last = {""};
        try {
            await("weft's panes to have tmux's geometry").atMost(OuterTerminal.PATIENCE).until(() -> {
                last[0] = term.weft("list-panes", "-t", session, "-F", GEOMETRY_FORMAT).stdout();
                return last[0].equals(expected);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("weft's panes:\n" + last[0] + "tmux's:\n" + expected + "screen:\n" + term.screen(), e);
        }
    }

    static String lastRow(String screen) {
        List<String> rows = List.of(screen.stripTrailing().split("\n"));
        return rows.get(rows.size() - 1);
    }
}
