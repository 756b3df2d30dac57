package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptEditorTest {
    private static final List<String> COMMANDS = List.of("select-pane", "select-window", "send-prefix",
            "split-window", "kill-pane");

    @Test
    void typing_inserts_at_the_cursor_and_arrows_move_it() {
        PromptEditor e = new PromptEditor("", List.of());
        e.insert("splt");
        e.left();
        e.insert("i");
        assertThat(e.text()).isEqualTo("split");
        assertThat(e.cursor()).isEqualTo(4);
        e.right();
        e.right(); // stops at the end
        assertThat(e.cursor()).isEqualTo(5);
        e.home();
        e.insert(">");
        assertThat(e.text()).isEqualTo(">split");
        e.end();
        e.insert("!");
        assertThat(e.text()).isEqualTo(">split!");
    }

    @Test
    void initial_text_puts_the_cursor_at_its_end() {
        PromptEditor e = new PromptEditor("bash", List.of());
        assertThat(e.cursor()).isEqualTo(4);
        assertThat(e.beforeCursor()).isEqualTo("bash");
    }

    @Test
    void backspace_and_delete_remove_either_side_of_the_cursor() {
        PromptEditor e = new PromptEditor("abcd", List.of());
        e.left();
        e.left();
        e.backspace();
        assertThat(e.text()).isEqualTo("acd");
        e.delete();
        assertThat(e.text()).isEqualTo("ad");
        e.home();
        e.backspace(); // nothing before
        e.end();
        e.delete();    // nothing after
        assertThat(e.text()).isEqualTo("ad");
    }

    @Test
    void ctrl_u_clears_ctrl_k_kills_to_the_end_ctrl_w_deletes_a_word() {
        PromptEditor e = new PromptEditor("rename-window  my tab", List.of());
        e.deleteWordBack();
        assertThat(e.text()).isEqualTo("rename-window  my ");
        e.deleteWordBack();
        assertThat(e.text()).isEqualTo("rename-window  ");
        e.deleteWordBack();
        assertThat(e.text()).isEmpty();

        e.set("split-window -h");
        e.home();
        e.wordRight();
        assertThat(e.cursor()).isEqualTo("split-window".length());
        e.killToEnd();
        assertThat(e.text()).isEqualTo("split-window");
        e.wordLeft();
        assertThat(e.cursor()).isZero();
        e.clear();
        assertThat(e.text()).isEmpty();
        assertThat(e.cursor()).isZero();
    }

    @Test
    void the_cursor_never_splits_a_wide_or_astral_character() {
        PromptEditor e = new PromptEditor("a\uD83D\uDE00b世", List.of());
        e.left();
        e.left();
        e.backspace();
        assertThat(e.text()).isEqualTo("ab世");
    }

    @Test
    void control_characters_of_a_paste_are_dropped() {
        PromptEditor e = new PromptEditor("", List.of());
        e.insert("ls\r\n-l\u001b");
        assertThat(e.text()).isEqualTo("ls-l");
    }

    @Test
    void up_walks_the_history_most_recent_first_and_down_returns_to_the_draft() {
        List<String> history = new ArrayList<>(List.of("newest", "middle", "oldest"));
        PromptEditor e = new PromptEditor("", history);
        e.insert("draft");
        e.historyUp();
        assertThat(e.text()).isEqualTo("newest");
        e.historyUp();
        e.historyUp();
        assertThat(e.text()).isEqualTo("oldest");
        e.historyUp(); // no further
        assertThat(e.text()).isEqualTo("oldest");
        e.historyDown();
        assertThat(e.text()).isEqualTo("middle");
        e.historyDown();
        e.historyDown();
        assertThat(e.text()).isEqualTo("draft");
        e.historyDown();
        assertThat(e.text()).isEqualTo("draft");
    }

    @Test
    void tab_completes_a_unique_command_with_a_space() {
        PromptEditor e = new PromptEditor("", List.of());
        e.insert("spl");
        assertThat(e.complete(COMMANDS)).isTrue();
        assertThat(e.text()).isEqualTo("split-window ");
    }

    @Test
    void tab_extends_several_matches_to_their_common_start() {
        PromptEditor e = new PromptEditor("", List.of());
        e.insert("se");
        assertThat(e.complete(COMMANDS)).isFalse();
        assertThat(e.text()).isEqualTo("se"); // select-pane, select-window, send-prefix share only "se"
        e.insert("l");
        assertThat(e.complete(COMMANDS)).isTrue();
        assertThat(e.text()).isEqualTo("select-");
        e.insert("p");
        e.complete(COMMANDS);
        assertThat(e.text()).isEqualTo("select-pane ");
    }

    @Test
    void tab_leaves_arguments_and_unknown_words_alone() {
        PromptEditor e = new PromptEditor("select-pane -", List.of());
        assertThat(e.complete(COMMANDS)).isFalse();
        assertThat(e.text()).isEqualTo("select-pane -");
        e.set("zzz");
        assertThat(e.complete(COMMANDS)).isFalse();
    }
}
