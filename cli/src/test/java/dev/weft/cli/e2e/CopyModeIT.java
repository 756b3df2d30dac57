package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's copy mode as a person uses it, in a real terminal (a private tmux): known numbered
 * lines in a pane, {@code C-b [}, a search, a selection and a copy with vi keys and with emacs
 * keys, a rectangle, then {@code C-b ]} in a new pane pastes what was copied; the copy reaches the
 * outer terminal's clipboard (OSC 52, which the outer tmux turns into one of its buffers); the
 * position indicator shows at the top right.
 */
class CopyModeIT {
    private static final int COLS = 100;
    private static final int ROWS = 30;
    private static final String PRINT_LINES = "for i in $(seq 1 100); do printf 'line %03d\\n' $i; done";

    @TempDir
    Path home;

    @Test
    void viKeysSearchSelectCopyAndPasteIntoANewPaneAndTheOuterClipboard() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            term.tmux("set-option", "-g", "set-clipboard", "on");
            term.writeConfig("mode_keys = \"vi\"\n");
            startWithNumberedLines(term);

            term.press("C-b", "[");
            String entered = term.awaitScreen("the position indicator at the top right",
                    s -> firstRow(s).matches(".*\\[0/\\d+\\]"));
            assertThat(firstRow(entered)).hasSize(COLS);
            assertThat(term.tmux("capture-pane", "-p", "-e", "-t", "outer").lines().findFirst().orElseThrow())
                    .as("the indicator in mode-style, black on yellow").contains("30m\033[43m[0/");
            term.press("?");
            term.awaitScreen("the search prompt", s -> lastRow(s).startsWith("(search up)"));
            term.typeLine("line 042");
            term.awaitScreen("scrolled back to line 042", s -> firstRow(s).matches(".*\\[[1-9]\\d*/\\d+\\]"));
            term.press("0", "Space", "$", "Enter");
            term.awaitScreen("copy mode left: the live pane again", s -> rows(s).stream().noneMatch(r -> r.matches(".*\\[\\d+/\\d+\\]")));

            pasteIntoANewPane(term);
            term.awaitScreen("the pasted text at the new pane's prompt", s -> lowerPane(s).contains("$ line 042"));
            // no buffer yet is an error from tmux: ignored until the buffer is there
            await("the outer tmux's clipboard buffer (OSC 52)").atMost(OuterTerminal.PATIENCE).ignoreExceptions()
                    .until(() -> term.tmux("show-buffer").strip(), "line 042"::equals);
        }
    }

    @Test
    void emacsKeysIncrementalSearchMarkEndOfLineAndCopy() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            term.writeConfig("mode_keys = \"emacs\"\n");
            startWithNumberedLines(term);

            term.press("C-b", "PPage");
            term.awaitScreen("copy-mode -u: a page up (the height less two)", s -> firstRow(s).matches(".*\\[27/\\d+\\]"));
            term.press("q");
            term.awaitScreen("q cancels", s -> rows(s).stream().noneMatch(r -> r.matches(".*\\[\\d+/\\d+\\]")));
            term.press("C-b", "[");
            term.awaitScreen("the position indicator", s -> firstRow(s).matches(".*\\[0/\\d+\\]"));
            term.press("C-r");
            term.awaitScreen("the incremental search prompt", s -> lastRow(s).startsWith("(search up)"));
            term.tmux("send-keys", "-t", "outer", "-l", "line 042");
            term.awaitScreen("the view moved while typing", s -> firstRow(s).matches(".*\\[[1-9]\\d*/\\d+\\]")
                    && lastRow(s).startsWith("(search up) line 042"));
            term.press("Enter");
            term.press("C-a", "C-Space", "C-e", "M-w");
            term.awaitScreen("copy mode left", s -> rows(s).stream().noneMatch(r -> r.matches(".*\\[\\d+/\\d+\\]")));

            pasteIntoANewPane(term);
            term.awaitScreen("the pasted text at the new pane's prompt", s -> lowerPane(s).contains("$ line 042"));
        }
    }

    @Test
    void aViRectangleCopiesTheSameColumnsOfEachRow() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, COLS, ROWS)) {
            term.writeConfig("mode_keys = \"vi\"\n");
            startWithNumberedLines(term);

            term.press("C-b", "[");
            term.awaitScreen("the position indicator", s -> firstRow(s).matches(".*\\[0/\\d+\\]"));
            term.press("?");
            term.awaitScreen("the search prompt", s -> lastRow(s).startsWith("(search up)"));
            term.typeLine("line 040");
            term.awaitScreen("scrolled back to line 040", s -> firstRow(s).matches(".*\\[[1-9]\\d*/\\d+\\]"));
            // columns 5..7 ("040") of three rows: Space begins, v makes it a rectangle
            term.press("0", "l", "l", "l", "l", "l", "Space", "v", "j", "j", "l", "l", "Enter");
            term.awaitScreen("copy mode left", s -> rows(s).stream().noneMatch(r -> r.matches(".*\\[\\d+/\\d+\\]")));

            Path out = home.resolve("rect.txt");
            term.press("C-b", "\"");
            awaitCursorInLowerHalf(term);
            term.typeLine("cat > " + out);
            // paste once cat reads the terminal (before, readline would take it, unechoed)
            term.awaitScreen("cat running in the new pane", s -> lastRow(s).contains(":cat*"));
            term.press("C-b", "]");
            term.awaitScreen("the pasted rows echoed", s -> rows(s).contains("040") && rows(s).contains("041"));
            term.press("C-d");
            term.press("C-d");
            await("cat wrote what was pasted").atMost(OuterTerminal.PATIENCE)
                    .until(() -> Files.exists(out) && Files.readString(out).equals("040\n041\n042"));
        }
    }

    private static void startWithNumberedLines(OuterTerminal term) {
        term.typeLine("weft new -s work");
        term.awaitScreen("the prompt and the status line", s -> lastRow(s).startsWith("[work]"));
        term.awaitScreen("the pane's prompt", s -> rows(s).contains("$"));
        term.typeLine(PRINT_LINES);
        term.awaitScreen("the numbered lines printed", s -> rows(s).contains("line 100")
                && rows(s).get(rows(s).indexOf("line 100") + 1).equals("$"));
    }

    private static void pasteIntoANewPane(OuterTerminal term) {
        term.press("C-b", "\"");
        awaitCursorInLowerHalf(term);
        term.awaitScreen("the new pane's prompt", s -> rows(s).subList(ROWS / 2, ROWS).contains("$"));
        term.press("C-b", "]");
    }

    /**
     * As a person would: type only once the split is drawn and the cursor is at the new (lower)
     * pane's prompt, after {@code "$ "}.
     */
    private static void awaitCursorInLowerHalf(OuterTerminal term) {
        // the split first: before it, the old pane's prompt at the bottom is low on the screen too
        term.awaitScreen("the split's border", s -> rows(s).stream().anyMatch(r -> r.startsWith("──────")));
        await("the cursor at the new pane's prompt").atMost(OuterTerminal.PATIENCE).until(() -> {
            String[] xy = term.tmux("display-message", "-p", "-t", "outer", "#{cursor_x},#{cursor_y}").strip().split(",");
            int x = Integer.parseInt(xy[0]);
            int y = Integer.parseInt(xy[1]);
            return x == 2 && y >= ROWS / 2 && y < ROWS - 1;
        });
    }

    /** The rows of the lower pane after a top/bottom split (the status line left out). */
    static List<String> lowerPane(String screen) {
        List<String> rows = rows(screen);
        return rows.subList(ROWS / 2, Math.min(rows.size(), ROWS - 1));
    }

    static List<String> rows(String screen) {
        return screen.lines().map(String::stripTrailing).toList();
    }

    static String firstRow(String screen) {
        return screen.lines().findFirst().orElse("");
    }

    static String lastRow(String screen) {
        List<String> rows = List.of(screen.stripTrailing().split("\n"));
        return rows.get(rows.size() - 1);
    }
}
