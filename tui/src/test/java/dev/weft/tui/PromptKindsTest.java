package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** command-prompt -1, -N and -i, as copy mode's bindings use them (tmux's prompt flags). */
class PromptKindsTest {
    private final List<String> ran = new ArrayList<>();

    private static KeyEvent ch(char c) {
        return KeyEvent.ofChar(c, 0);
    }

    private static KeyEvent ctrl(char c) {
        return KeyEvent.ofChar(c, KeyEvent.CTRL);
    }

    @Test
    void oneKeyAnswersAtOnce() {
        Prompt p = Prompt.command(Prompt.Kind.SINGLE_KEY, List.of("(jump forward) "), List.of(),
                "send-keys -X jump-forward \"%%\"", List.of(), ran::add);
        assertThat(p.key(ch('x'), List.of())).isEqualTo(Prompt.Result.DONE);
        assertThat(ran).containsExactly("send-keys -X jump-forward \"x\"");
    }

    @Test
    void numericTakesDigitsAndHandsBackTheKeyThatEndsIt() {
        Prompt p = Prompt.command(Prompt.Kind.NUMERIC, List.of("(repeat) "), List.of("3"),
                "send-keys -N \"%%\"", List.of(), ran::add);
        assertThat(p.key(ch('2'), List.of())).isEqualTo(Prompt.Result.KEEP);
        assertThat(p.shown().text()).isEqualTo("32");
        assertThat(p.key(ch('j'), List.of())).isEqualTo(Prompt.Result.DONE_AGAIN);
        assertThat(ran).containsExactly("send-keys -N \"32\"");
    }

    @Test
    void incrementalRunsOnEveryChangeAndCtrlSRSearchOnEnterJustCloses() {
        Prompt p = Prompt.command(Prompt.Kind.INCREMENTAL, List.of("(search up) "), List.of(),
                "send-keys -X search-backward-incremental \"%%\"", List.of(), ran::add);
        p.key(ch('a'), List.of());
        p.key(ch('b'), List.of());
        p.key(KeyEvent.of(KeyCode.LEFT, 0), List.of()); // no change: nothing runs
        p.key(ctrl('r'), List.of());
        p.key(ctrl('s'), List.of());
        assertThat(p.key(KeyEvent.of(KeyCode.ENTER, 0), List.of())).isEqualTo(Prompt.Result.DONE);
        assertThat(ran).containsExactly(
                "send-keys -X search-backward-incremental \"=a\"",
                "send-keys -X search-backward-incremental \"=ab\"",
                "send-keys -X search-backward-incremental \"-ab\"",
                "send-keys -X search-backward-incremental \"+ab\"");
    }
}
