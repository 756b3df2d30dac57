package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target for copy mode's commands, which come from key bindings and the command prompt (a
 * user's config): any {@code send-keys -X} command with any argument and count, over any lines
 * (wide characters, wrapped rows, blanks), must not throw, and must keep the view and the cursor
 * inside the pane and the history. Inputs replay from
 * {@code src/test/resources/dev/weft/tui/CopyModeFuzzTestInputs/<method>/}.
 */
class CopyModeFuzzTest {
    static final String[] COMMANDS = {"cursor-left", "cursor-right", "cursor-up", "cursor-down", "next-word",
        "next-word-end", "previous-word", "next-space", "next-space-end", "previous-space", "start-of-line",
        "end-of-line", "back-to-indentation", "top-line", "middle-line", "bottom-line", "history-top",
        "history-bottom", "page-up", "page-down", "halfpage-up", "halfpage-down", "scroll-up", "scroll-down",
        "goto-line", "search-forward", "search-backward", "search-again", "search-reverse",
        "search-forward-incremental", "search-backward-incremental", "jump-forward", "jump-backward",
        "jump-to-forward", "jump-to-backward", "jump-again", "jump-reverse", "begin-selection", "select-line",
        "select-word", "rectangle-toggle", "rectangle-on", "rectangle-off", "clear-selection", "other-end",
        "copy-selection", "copy-selection-and-cancel", "copy-selection-no-clear", "copy-end-of-line", "copy-line",
        "append-selection", "copy-pipe-and-cancel", "cancel", "next-paragraph", "previous-paragraph", "set-mark",
        "jump-to-mark", "toggle-position", "next-matching-bracket", "previous-matching-bracket", "no-such"};

    @FuzzTest(maxDuration = "60s")
    void commandsOverAnyLines(FuzzedDataProvider data) {
        int cols = data.consumeInt(1, 30);
        int rows = data.consumeInt(1, 12);
        int history = data.consumeInt(0, 40);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows + history; i++) {
            String text = data.consumeString(cols);
            lines.add(data.consumeBoolean() ? text + "\\" : text);
        }
        CopyLines l = CopyModeTest.lines(cols, rows, lines);
        CopyPane p = new CopyPane(1, new CopyMode(l, data.consumeBoolean(), data.consumeInt(0, rows + 3),
                data.consumeInt(0, cols + 3)), null);
        int steps = data.consumeInt(0, 40);
        for (int i = 0; i < steps; i++) {
            String command = data.pickValue(COMMANDS);
            String argument = data.consumeBoolean() ? data.consumeString(12) : null;
            CopyPane.Effect e = p.run(command, argument, data.consumeInt(0, 30));
            assertThat(e).isNotNull();
            CopyMode m = p.mode;
            assertThat(m.oy()).isBetween(0L, (long) history);
            assertThat(m.cy()).isBetween(0, rows - 1);
            assertThat(m.cx()).isBetween(0, cols - 1);
            CopyMode.Selection s = m.selection();
            if (s != null) {
                assertThat(CopyText.of(l, s)).isNotNull();
            }
            assertThat(p.expand("#{copy_cursor_word}#{copy_cursor_line}")).isNotNull();
        }
    }
}
