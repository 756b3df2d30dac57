package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.weft.client.ClientException;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEvent;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chooser as the user works it: opened by its command, keys and mouse, what it runs, and what it
 * draws (whole rows of a small Lanterna screen). The server is a backend answering the list
 * commands with what the server's lists print.
 */
class ChooserTest {
    /** Lists answered from fields, commands and prompts recorded. */
    static final class Lists implements ChooserBackend {
        final List<List<String>> asked = new CopyOnWriteArrayList<>();
        final List<String> ran = new CopyOnWriteArrayList<>();
        final List<String> prompts = new CopyOnWriteArrayList<>();
        final List<String> messages = new CopyOnWriteArrayList<>();
        Consumer<String> answer;
        String panes = ChooserTreeTest.panes();
        String buffers = "";
        boolean history = true;
        volatile String echo = "echo pane";

        @Override
        public CompletableFuture<String> list(List<String> argv) {
            asked.add(argv);
            String out = switch (argv.get(0)) {
                case "list-sessions" -> ChooserTreeTest.sessions();
                case "list-windows" -> ChooserTreeTest.windows();
                case "list-panes" -> argv.contains("-f") ? "" : panes;
                case "list-buffers" -> buffers;
                case "show-buffer" -> "text of " + argv.get(2) + "\nsecond line";
                default -> null;
            };
            return out == null ? CompletableFuture.failedFuture(new ClientException("unknown command"))
                    : CompletableFuture.completedFuture(out);
        }

        @Override
        public CompletableFuture<Pdu.HistoryLines> screen(int paneId) {
            if (!history) {
                return CompletableFuture.failedFuture(new ClientException("this server keeps no history"));
            }
            return CompletableFuture.completedFuture(new Pdu.HistoryLines(0, paneId, 0, 0, 0, 3, 1, 2,
                    List.of(Chooser.plainLine("$ " + echo + " " + paneId), Chooser.plainLine("pane " + paneId))));
        }

        @Override
        public CompletableFuture<Void> run(String line) {
            ran.add(line);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void message(String text) {
            messages.add(text);
        }

        @Override
        public void ask(String prompt, String initial, boolean confirm, Consumer<String> answer) {
            prompts.add(prompt + "[" + initial + "]");
            this.answer = answer;
        }
    }

    private Lists lists;
    private ClientUi ui;
    private final Settings settings = new Settings();
    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;

    @BeforeEach
    void setUp() throws Exception {
        lists = new Lists();
        ui = new ClientUi(null, null);
        ui.paneAreaRows(23);
        terminal = new DefaultVirtualTerminal(new TerminalSize(50, 23));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    /** The client is in session $1 (alpha), window @1, pane %1. */
    static Pdu.SessionState state() {
        return new Pdu.SessionState(1, "alpha", 80, 23, List.of(
                new Pdu.TabInfo(1, 0, "bash", 1, false, List.of(new Pdu.PaneGeometry(1, 0, 0, 80, 23))),
                new Pdu.TabInfo(2, 1, "vim", 3, false, List.of(new Pdu.PaneGeometry(2, 0, 0, 40, 23),
                        new Pdu.PaneGeometry(3, 41, 0, 39, 23)))), 1);
    }

    private Chooser open(String... argv) {
        return Choosers.open(List.of(argv), lists, state(), ui, settings).join();
    }

    private static KeyEvent key(char c) {
        return KeyEvent.ofChar(c, 0);
    }

    private static KeyEvent key(KeyCode code) {
        return KeyEvent.of(code, 0);
    }

    private List<String> paint(Chooser c) throws Exception {
        c.paint(screen, settings.get(), 0, 50, 23);
        screen.refresh();
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < 23; y++) {
            StringBuilder s = new StringBuilder();
            for (int x = 0; x < 50; x++) {
                s.append(terminal.getCharacter(x, y).getCharacterString());
            }
            rows.add(s.toString().stripTrailing());
        }
        return rows;
    }

    @Test
    void choose_tree_s_shows_sessions_and_enter_switches_to_the_chosen_one() {
        Chooser c = open("choose-tree", "-Zs");
        assertThat(ui.overlay()).isSameAs(c);
        assertThat(c.tree().currentItem().target).isEqualTo("$1"); // the client's session
        assertThat(c.tree().lines()).hasSize(2);
        c.key(key(KeyCode.DOWN));
        c.key(key(KeyCode.ENTER));
        assertThat(ui.overlay()).isNull();
        assertThat(lists.ran).containsExactly("switch-client -t '$2'");
    }

    @Test
    void choose_tree_w_starts_at_the_window_and_a_shortcut_chooses_at_once() {
        Chooser c = open("choose-tree", "-Zw");
        assertThat(c.tree().currentItem().target).isEqualTo("@1");
        assertThat(c.tree().lines()).hasSize(5); // sessions open, windows closed
        c.key(key('4'));
        assertThat(lists.ran).containsExactly("switch-client -t '@3'");
        assertThat(ui.overlay()).isNull();
    }

    @Test
    void drawing_the_list_the_selected_line_and_the_preview_box() throws Exception {
        Chooser c = open("choose-tree", "-w");
        c.key(key('j')); // window 1: its active pane %3 is previewed
        List<String> rows = paint(c);
        assertThat(rows.subList(0, 6)).containsExactly(
                "(0) - alpha: 2 windows (attached)",
                "(1) ├─>   0: zsh*",
                "(2) └─> + 1: vim-",
                "(3) - beta: 1 windows",
                "(4) └─> 0: bash*",
                "");
        // 23 rows, 5 lines: the list takes half (11), the box the rest
        assertThat(rows.get(11)).isEqualTo("┌ 1 (sort: index) " + "─".repeat(31) + "┐");
        assertThat(rows.get(12)).isEqualTo("│ $ echo pane 3" + " ".repeat(34) + "│");
        assertThat(rows.get(13)).isEqualTo("│ pane 3" + " ".repeat(41) + "│");
        // tmux's window_tree_draw_label: x = (46 - 3 + 1) / 2 in the box's inside, which starts at 2
        assertThat(rows.get(16)).isEqualTo("│" + " ".repeat(22) + "┌───┐" + " ".repeat(21) + "│");
        assertThat(rows.get(17)).isEqualTo("│" + " ".repeat(22) + "│ 1 │" + " ".repeat(21) + "│");
        assertThat(rows.get(22)).isEqualTo("└" + "─".repeat(48) + "┘");
        // the selected line in mode-style, to the end of the row; the others plain
        assertThat(terminal.getCharacter(0, 2).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
        assertThat(terminal.getCharacter(0, 2).getForegroundColor()).isEqualTo(TextColor.ANSI.BLACK);
        assertThat(terminal.getCharacter(49, 2).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
        assertThat(terminal.getCharacter(0, 1).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        // the previewed pane's cursor (row 1, column 2) is reversed
        assertThat(terminal.getCharacter(4, 13).getModifiers()).contains(com.googlecode.lanterna.SGR.REVERSE);
        c.key(key('v')); // no preview: the list takes every row
        assertThat(paint(c).get(11)).isEmpty();
    }

    @Test
    void typing_after_slash_narrows_the_list_enter_keeps_it_escape_clears_it() throws Exception {
        Chooser c = open("choose-tree");
        c.key(key('/'));
        c.key(key('v'));
        c.key(key('i'));
        assertThat(c.tree().lines()).extracting(l -> l.item().target).containsExactly("$1", "@2", "%2", "%3");
        // the current window went; the first line is current
        assertThat(paint(c).get(11)).startsWith("┌ alpha (sort: index) (filter: vi ) ─");
        c.key(key(KeyCode.BACKSPACE));
        assertThat(c.tree().search()).isEqualTo("v");
        c.key(key(KeyCode.ENTER)); // kept; keys are the list's again
        assertThat(c.tree().search()).isEqualTo("v");
        c.key(key('j'));
        assertThat(c.tree().currentItem().target).isEqualTo("@2");
        assertThat(paint(c).get(11)).startsWith("┌ 1 (sort: index) (filter: v) ─");
        c.key(key('/'));
        c.key(key(KeyCode.ESCAPE));
        assertThat(c.tree().search()).isNull();
        assertThat(c.tree().lines()).hasSize(7);
        assertThat(ui.overlay()).isSameAs(c); // Escape ended the typing, not the chooser
        c.key(key(KeyCode.ESCAPE));
        assertThat(ui.overlay()).isNull();
    }

    @Test
    void the_f_filter_asks_in_the_status_line_and_filters_panes_on_the_server() throws Exception {
        Chooser c = open("choose-tree");
        c.key(key('f'));
        assertThat(lists.prompts).containsExactly("(filter) []");
        lists.answer.accept("#{==:#{pane_index},1}");
        assertThat(lists.asked.stream().filter(a -> a.get(0).equals("list-panes") && a.contains("-f")))
                .singleElement().satisfies(a -> assertThat(a).endsWith("-f", "#{==:#{pane_index},1}"));
        // this server answers nothing to any filter: tmux ignores the filter, saying "no matches"
        assertThat(c.tree().lines()).hasSize(7);
        assertThat(paint(c).get(11)).contains("(filter: no matches)");
        c.key(key('f'));
        assertThat(lists.prompts).last().isEqualTo("(filter) [#{==:#{pane_index},1}]");
        lists.answer.accept("");
        assertThat(paint(c).get(11)).doesNotContain("filter");
    }

    @Test
    void x_kills_after_asking_and_the_tree_reloads() {
        Chooser c = open("choose-tree", "-w");
        c.key(key(KeyCode.DOWN));
        c.key(key('x'));
        assertThat(lists.prompts).containsExactly("Kill window 1? []");
        int before = lists.asked.size();
        lists.answer.accept("y");
        assertThat(lists.ran).containsExactly("kill-window -t '@2'");
        assertThat(lists.asked.size()).isGreaterThan(before); // listed again
        assertThat(ui.overlay()).isSameAs(c);
        c.key(key('t'));
        c.key(key('t'));
        c.key(key('X'));
        assertThat(lists.prompts).last().isEqualTo("Kill 2 tagged? []");
        lists.answer.accept("y");
        assertThat(lists.ran).endsWith("kill-window -t '@2'", "kill-session -t '$2'");
    }

    @Test
    void the_mouse_selects_chooses_and_scrolls() {
        Chooser c = open("choose-tree", "-s");
        c.mouse(new InputEvent.Mouse(0, 1, 2, true, 0), 0, 1); // click on line 1
        assertThat(c.tree().current()).isEqualTo(1);
        c.mouse(new InputEvent.Mouse(64, 1, 2, true, 0), 0, 1); // wheel up
        assertThat(c.tree().current()).isZero();
        c.mouse(new InputEvent.Mouse(65, 1, 2, true, 0), 0, 1); // wheel down
        assertThat(c.tree().current()).isEqualTo(1);
        c.mouse(new InputEvent.Mouse(0, 1, 2, false, 0), 0, 1); // a release does nothing
        assertThat(lists.ran).isEmpty();
        c.mouse(new InputEvent.Mouse(0, 1, 2, true, 0), 0, 1); // a click on the selected line chooses
        assertThat(lists.ran).containsExactly("switch-client -t '$2'");
        assertThat(ui.overlay()).isNull();
    }

    @Test
    void choose_buffer_pastes_deletes_and_previews_the_text() throws Exception {
        String s = ChooserLists.SEP;
        long now = System.currentTimeMillis() / 1000;
        lists.buffers = String.join(s, "buffer1", "15", Long.toString(now), "second", "") + "\n"
                + String.join(s, "buffer0", "17", Long.toString(now - 5), "first", "");
        Chooser c = open("choose-buffer", "-Z");
        assertThat(c.tree().currentItem().target).isEqualTo("buffer1");
        List<String> rows = paint(c);
        assertThat(rows.get(0)).matches("\\(0\\) buffer1: \\d\\d:\\d\\d: second");
        assertThat(rows.get(11)).startsWith("┌ buffer1 (sort: time) ─");
        assertThat(rows.get(12)).isEqualTo("│ text of buffer1" + " ".repeat(32) + "│");
        assertThat(rows.get(13)).isEqualTo("│ second line" + " ".repeat(36) + "│");
        c.key(key('d'));
        assertThat(lists.ran).containsExactly("delete-buffer -b 'buffer1'");
        c.key(key(KeyCode.DOWN));
        c.key(key(KeyCode.ENTER));
        assertThat(lists.ran).last().isEqualTo("paste-buffer -b 'buffer0'");
        assertThat(ui.overlay()).isNull();
    }

    @Test
    void nothing_to_choose_shows_nothing_and_flags_are_tmuxs() {
        assertThat(open("choose-buffer")).isNull(); // no buffers: as tmux, no mode
        assertThat(ui.overlay()).isNull();
        assertThatThrownBy(() -> Choosers.open(List.of("choose-tree", "-y"), lists, state(), ui, settings))
                .hasMessageStartingWith("usage: choose-tree [-GNrswZ]");
    }

    @Test
    void a_template_sort_flags_and_a_server_without_history() throws Exception {
        lists.history = false;
        Chooser c = open("choose-tree", "-N", "-O", "name", "-r", "kill-pane -t '%%'");
        assertThat(c.tree().preview()).isFalse();
        assertThat(c.tree().sortName()).isEqualTo("name");
        assertThat(c.tree().reversed()).isTrue();
        c.key(key('v')); // the preview is asked for when it is turned on
        List<String> rows = paint(c);
        // an old server answers no history request: the box stays empty
        assertThat(rows.get(12)).isEqualTo("│" + " ".repeat(48) + "│");
        lists.history = true;
        c.key(key('k')); // moves, and asks again
        assertThat(paint(c).get(12)).startsWith("│ $ echo pane ");
        // a preview older than the refresh time is read again when painted: the pane's output shows
        lists.echo = "later";
        c.refreshNanos = 0;
        paint(c);
        assertThat(paint(c).get(12)).startsWith("│ $ later ");
        c.key(key(KeyCode.ENTER));
        assertThat(lists.ran).hasSize(1);
        assertThat(lists.ran.get(0)).startsWith("kill-pane -t '");
    }
}
