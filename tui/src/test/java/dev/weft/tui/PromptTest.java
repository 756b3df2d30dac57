package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptTest {
    private final List<String> ran = new ArrayList<>();
    private final List<String> history = new ArrayList<>();

    private static KeyEvent ch(char c) {
        return KeyEvent.ofChar(c, 0);
    }

    private static KeyEvent ctrl(char c) {
        return KeyEvent.ofChar(c, KeyEvent.CTRL);
    }

    private static KeyEvent key(KeyCode code) {
        return KeyEvent.of(code, 0);
    }

    private Prompt.Result type(Prompt p, String text) {
        Prompt.Result r = Prompt.Result.KEEP;
        for (char c : text.toCharArray()) {
            r = p.key(c == ' ' ? key(KeyCode.SPACE) : ch(c), CommandRunner.COMMAND_NAMES);
        }
        return r;
    }

    @Test
    void enter_runs_the_line_and_remembers_it() {
        Prompt p = Prompt.command(List.of(":"), List.of(), null, history, ran::add);
        type(p, "split-window -h");
        assertThat(p.key(key(KeyCode.ENTER), List.of())).isEqualTo(Prompt.Result.DONE);
        assertThat(ran).containsExactly("split-window -h");
        assertThat(history).containsExactly("split-window -h");
    }

    @Test
    void escape_and_ctrl_c_cancel() {
        Prompt p = Prompt.command(List.of(":"), List.of(), null, history, ran::add);
        type(p, "kill-server");
        assertThat(p.key(key(KeyCode.ESCAPE), List.of())).isEqualTo(Prompt.Result.DONE);
        Prompt q = Prompt.command(List.of(":"), List.of(), null, history, ran::add);
        type(q, "kill-server");
        assertThat(q.key(ctrl('c'), List.of())).isEqualTo(Prompt.Result.DONE);
        assertThat(ran).isEmpty();
        assertThat(history).isEmpty();
    }

    @Test
    void the_template_gets_the_answer_and_the_initial_text_is_editable() {
        Prompt p = Prompt.command(List.of("(rename-window) "), List.of("bash"), "rename-window -- '%%'",
                history, ran::add);
        assertThat(p.editor().text()).isEqualTo("bash");
        p.key(ctrl('u'), List.of());
        type(p, "logs");
        p.key(key(KeyCode.ENTER), List.of());
        assertThat(ran).containsExactly("rename-window -- 'logs'");
    }

    @Test
    void several_prompts_are_asked_in_turn() {
        Prompt p = Prompt.command(List.of("first ", "second "), List.of("", "b"), "new-window -n '%1' '%2'",
                history, ran::add);
        assertThat(p.label()).isEqualTo("first ");
        type(p, "a");
        assertThat(p.key(key(KeyCode.ENTER), List.of())).isEqualTo(Prompt.Result.KEEP);
        assertThat(p.label()).isEqualTo("second ");
        assertThat(p.editor().text()).isEqualTo("b");
        assertThat(p.key(ctrl('m'), List.of())).isEqualTo(Prompt.Result.DONE);
        assertThat(ran).containsExactly("new-window -n 'a' 'b'");
    }

    @Test
    void an_answer_after_a_double_quote_is_escaped_to_stay_one_argument() {
        assertThat(Prompt.fill("rename-window \"%%\"", List.of("a \"b\"; c"))).isEqualTo("rename-window \"a \\\"b\\\"\\; c\"");
        assertThat(Prompt.fill("select-window -t ':%%'", List.of("3"))).isEqualTo("select-window -t ':3'");
        assertThat(Prompt.fill("100%", List.of("x"))).isEqualTo("100%");
        assertThat(Prompt.fill("%2 %1", List.of("a"))).isEqualTo(" a");
    }

    @Test
    void editing_keys_reach_the_editor() {
        Prompt p = Prompt.command(List.of(":"), List.of(), null, history, ran::add);
        type(p, "abc def");
        p.key(ctrl('w'), List.of());
        assertThat(p.editor().text()).isEqualTo("abc ");
        p.key(ctrl('a'), List.of());
        p.key(key(KeyCode.DELETE), List.of());
        assertThat(p.editor().text()).isEqualTo("bc ");
        p.key(ctrl('e'), List.of());
        p.key(key(KeyCode.BACKSPACE), List.of());
        assertThat(p.editor().text()).isEqualTo("bc");
        p.key(key(KeyCode.HOME), List.of());
        p.key(ctrl('k'), List.of());
        assertThat(p.editor().text()).isEmpty();
        type(p, "spl");
        p.key(key(KeyCode.TAB), CommandRunner.COMMAND_NAMES);
        assertThat(p.editor().text()).isEqualTo("split-window ");
        p.key(KeyEvent.ofChar('b', KeyEvent.ALT), List.of());
        assertThat(p.editor().cursor()).isZero();
    }

    @Test
    void history_is_most_recent_first_across_prompts() {
        for (String line : List.of("one", "two")) {
            Prompt p = Prompt.command(List.of(":"), List.of(), null, history, ran::add);
            type(p, line);
            p.key(key(KeyCode.ENTER), List.of());
        }
        Prompt p = Prompt.command(List.of(":"), List.of(), null, history, ran::add);
        p.key(key(KeyCode.UP), List.of());
        assertThat(p.editor().text()).isEqualTo("two");
        p.key(key(KeyCode.UP), List.of());
        assertThat(p.editor().text()).isEqualTo("one");
        p.key(key(KeyCode.DOWN), List.of());
        p.key(key(KeyCode.ENTER), List.of());
        assertThat(ran).containsExactly("one", "two", "two");
        assertThat(history).containsExactly("two", "one"); // the same line twice in a row is kept once
    }

    @Test
    void confirm_runs_only_on_y() {
        Prompt yes = Prompt.confirm("kill-pane 3? (y/n) ", "kill-pane", ran::add);
        assertThat(yes.confirming()).isTrue();
        assertThat(yes.key(ch('y'), List.of())).isEqualTo(Prompt.Result.DONE);
        Prompt no = Prompt.confirm("kill-pane 3? (y/n) ", "kill-pane", ran::add);
        assertThat(no.key(ch('n'), List.of())).isEqualTo(Prompt.Result.DONE);
        Prompt other = Prompt.confirm("kill-pane 3? (y/n) ", "kill-pane", ran::add);
        assertThat(other.key(key(KeyCode.ENTER), List.of())).isEqualTo(Prompt.Result.DONE);
        assertThat(ran).containsExactly("kill-pane");
    }
}
