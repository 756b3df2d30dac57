package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choosers' model: items from list output, tmux's layout of lines, moving, expanding, tags, filtering. */
class ChooserTreeTest {
    static final String S = ChooserLists.SEP;

    /** Two sessions as the server lists them: alpha (windows 0 and 1, 1 split) and beta. */
    static String sessions() {
        return String.join(S, "$1", "alpha", "100", "%1", "0:bash", "2 windows (attached)") + "\n"
                + String.join(S, "$2", "beta", "50", "%4", "0:bash", "1 windows");
    }

    static String windows() {
        return String.join(S, "$1", "@1", "0", "%1", "0", "zsh", "zsh*") + "\n"
                + String.join(S, "$1", "@2", "1", "%3", "1", "vim", "vim-") + "\n"
                + String.join(S, "$2", "@3", "0", "%4", "0", "bash", "bash*");
    }

    static String panes() {
        return String.join(S, "$1", "@1", "%1", "0", "bash*") + "\n"
                + String.join(S, "$1", "@2", "%2", "0", "vim") + "\n"
                + String.join(S, "$1", "@2", "%3", "1", "bash*") + "\n"
                + String.join(S, "$2", "@3", "%4", "0", "bash*");
    }

    static ChooserTree tree(List<ChooserItem> items) {
        ChooserTree t = new ChooserTree(ChooserLists.TREE_SORTS, ChooserLists.treeSorts());
        t.rows(23);
        t.replace(items);
        return t;
    }

    static List<String> shown(ChooserTree t) {
        List<String> out = new ArrayList<>();
        int keys = ChooserPainter.keyLength(t.lines().size());
        for (int i = 0; i < t.lines().size(); i++) {
            out.add(ChooserPainter.text(t.lines().get(i), i, keys, t.lines()));
        }
        return out;
    }

    @Test
    void the_tree_is_built_from_the_three_lists_and_laid_out_as_tmux() {
        ChooserTree t = tree(ChooserLists.tree(sessions(), windows(), panes(), false));
        // tmux 3.3a, choose-tree with everything expanded
        assertThat(shown(t)).containsExactly(
                "(0) - alpha: 2 windows (attached)",
                "(1) ├─>   0: zsh*",
                "(2) └─> - 1: vim-",
                "(3)     ├─> 0: vim",
                "(4)     └─> 1: bash*",
                "(5) - beta: 1 windows",
                "(6) └─> 0: bash*");
        ChooserItem alpha = t.lines().get(0).item();
        assertThat(alpha.target).isEqualTo("$1");
        assertThat(alpha.previewPane).isEqualTo(1);
        assertThat(t.lines().get(2).item().target).isEqualTo("@2");
        assertThat(t.lines().get(2).item().previewPane).isEqualTo(3);
        assertThat(t.lines().get(3).item().target).isEqualTo("%2");
        assertThat(t.currentItem()).isSameAs(alpha);
    }

    @Test
    void collapsed_sessions_as_choose_tree_s_and_moving_with_wrap() {
        List<ChooserItem> items = ChooserLists.tree(sessions(), windows(), panes(), false);
        items.forEach(i -> i.expanded = false);
        ChooserTree t = tree(items);
        assertThat(shown(t)).containsExactly("(0) + alpha: 2 windows (attached)", "(1) + beta: 1 windows");
        t.down(true);
        assertThat(t.currentItem().name).isEqualTo("beta");
        t.down(true);
        assertThat(t.current()).isZero(); // wraps, as tmux's Down
        t.up(true);
        assertThat(t.current()).isEqualTo(1);
        t.expand(); // Right: open beta
        assertThat(shown(t)).containsExactly("(0) + alpha: 2 windows (attached)", "(1) - beta: 1 windows",
                "(2) └─> 0: bash*");
        t.expand(); // open already: moves down
        assertThat(t.currentItem().target).isEqualTo("@3");
        t.collapse(); // a child: its parent closes and becomes current
        assertThat(t.currentItem().name).isEqualTo("beta");
        assertThat(t.lines()).hasSize(2);
        t.collapse(); // closed top-level item: up
        assertThat(t.current()).isZero();
    }

    @Test
    void select_opens_the_parents_and_a_reload_keeps_state_by_key() {
        List<ChooserItem> items = ChooserLists.tree(sessions(), windows(), panes(), false);
        items.forEach(i -> i.expanded = false);
        ChooserTree t = tree(items);
        assertThat(t.select("%3")).isTrue();
        assertThat(t.currentItem().target).isEqualTo("%3");
        assertThat(t.lines()).hasSize(6); // alpha and its window 1 opened
        t.toggleTag();
        assertThat(t.current()).isEqualTo(5); // t moves down
        List<ChooserItem> again = ChooserLists.tree(sessions(), windows(), panes(), false);
        again.forEach(i -> i.expanded = false);
        t.replace(again);
        assertThat(t.lines()).hasSize(6);
        assertThat(t.tagged()).extracting(i -> i.target).containsExactly("%3");
        assertThat(t.currentItem().name).isEqualTo("beta");
        assertThat(t.select("%99")).isFalse();
    }

    @Test
    void tags_never_hold_a_parent_and_its_child() {
        ChooserTree t = tree(ChooserLists.tree(sessions(), windows(), panes(), false));
        t.select("%2");
        t.toggleTag();
        t.select("@2");
        t.toggleTag(); // tagging the window untags its pane
        assertThat(t.tagged()).extracting(i -> i.target).containsExactly("@2");
        t.select("$1");
        t.toggleTag();
        assertThat(t.tagged()).extracting(i -> i.target).containsExactly("$1");
        t.tagAll();
        assertThat(t.tagged()).extracting(i -> i.target).containsExactly("$1", "$2");
        t.tagNone();
        assertThat(t.tagged()).isEmpty();
    }

    @Test
    void shortcuts_are_digits_then_meta_letters_and_choose_a_line() {
        assertThat(ChooserTree.shortcut(0)).isEqualTo("0");
        assertThat(ChooserTree.shortcut(9)).isEqualTo("9");
        assertThat(ChooserTree.shortcut(10)).isEqualTo("M-a");
        assertThat(ChooserTree.shortcut(35)).isEqualTo("M-z");
        assertThat(ChooserTree.shortcut(36)).isEmpty();
        assertThat(ChooserPainter.keyLength(7)).isEqualTo(4);
        assertThat(ChooserPainter.keyLength(12)).isEqualTo(6);
        ChooserTree t = tree(ChooserLists.tree(sessions(), windows(), panes(), false));
        assertThat(t.choice(5)).isTrue();
        assertThat(t.currentItem().name).isEqualTo("beta");
        assertThat(t.choice(7)).isFalse();
        assertThat(t.currentItem().name).isEqualTo("beta");
    }

    @Test
    void typing_filters_on_every_key_keeping_parents_of_matches() {
        ChooserTree t = tree(ChooserLists.tree(sessions(), windows(), panes(), false));
        t.search("VI");
        assertThat(shown(t)).containsExactly(
                "(0) - alpha: 2 windows (attached)",
                "(1) └─> - 1: vim-",
                "(2)     ├─> 0: vim",
                "(3)     └─> 1: bash*");
        t.search("vim ");
        assertThat(t.noMatches()).isTrue(); // as tmux: nothing matches, so everything shows
        assertThat(t.lines()).hasSize(7);
        t.search("beta");
        assertThat(shown(t)).containsExactly("(0) - beta: 1 windows", "(1) └─> 0: bash*");
        // a collapsed session kept for a match inside it opens to show it
        List<ChooserItem> items = ChooserLists.tree(sessions(), windows(), panes(), false);
        items.forEach(i -> i.expanded = false);
        ChooserTree.all(items).forEach(i -> i.expanded = false);
        ChooserTree collapsed = tree(items);
        collapsed.search("vim");
        assertThat(collapsed.lines()).extracting(l -> l.item().target).containsExactly("$1", "@2");
        collapsed.search(null);
        assertThat(shown(collapsed)).containsExactly("(0) + alpha: 2 windows (attached)", "(1) + beta: 1 windows");
    }

    @Test
    void a_filtered_pane_list_leaves_out_windows_and_sessions_without_panes() {
        String onlyVim = String.join(S, "$1", "@2", "%2", "0", "vim");
        ChooserTree t = tree(ChooserLists.tree(sessions(), windows(), onlyVim, true));
        assertThat(t.lines()).extracting(l -> l.item().target).containsExactly("$1", "@2");
        assertThat(ChooserLists.tree(sessions(), windows(), "", true)).isEmpty();
    }

    @Test
    void sorting_by_name_time_and_reversed() {
        ChooserTree t = tree(ChooserLists.tree(sessions(), windows(), panes(), false));
        t.sortBy("name");
        assertThat(t.sortName()).isEqualTo("name");
        // windows by name (vim before zsh), panes in their order
        assertThat(t.lines()).extracting(l -> l.item().target)
                .containsExactly("$1", "@2", "%2", "%3", "@1", "$2", "@3");
        t.reverse();
        assertThat(t.lines().get(0).item().name).isEqualTo("beta");
        t.reverse();
        t.nextSort(); // time: alpha (100) is newer than beta (50)
        assertThat(t.sortName()).isEqualTo("time");
        assertThat(t.lines().get(0).item().name).isEqualTo("alpha");
        t.nextSort();
        assertThat(t.sortName()).isEqualTo("index");
        t.sortBy("nonsense"); // tmux keeps the sort it has
        assertThat(t.sortName()).isEqualTo("index");
    }

    @Test
    void the_list_takes_tmuxs_share_of_the_area_and_pages_by_it() {
        List<ChooserItem> many = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            list.append(String.join(S, "buffer" + i, "10", Long.toString(1000 - i), "x", "")).append('\n');
        }
        many.addAll(ChooserLists.buffers(list.toString(), true, ZoneOffset.UTC, 1000));
        ChooserTree t = new ChooserTree(ChooserLists.BUFFER_SORTS, ChooserLists.bufferSorts());
        t.rows(23);
        t.replace(many);
        assertThat(t.height()).isEqualTo(14); // two thirds
        t.preview(false);
        assertThat(t.height()).isEqualTo(23);
        t.preview(true);
        t.pageDown();
        assertThat(t.current()).isEqualTo(14);
        assertThat(t.offset()).isEqualTo(1);
        t.end();
        assertThat(t.current()).isEqualTo(39);
        assertThat(t.offset()).isEqualTo(26);
        t.home();
        assertThat(t.offset()).isZero();
        assertThat(t.selectRow(3)).isTrue();
        assertThat(t.current()).isEqualTo(3);
        assertThat(t.selectRow(14)).isFalse(); // below the list: the preview
        t.replace(many.subList(0, 2));
        assertThat(t.height()).isEqualTo(11); // a short list: half
        t.rows(12);
        assertThat(t.height()).isEqualTo(12); // under 10 rows would be left: all of it
    }

    @Test
    void buffers_and_clients_read_their_lists() {
        String buffers = String.join(S, "buffer1", "15", "3600", "second\\nline two", "") + "\n"
                + String.join(S, "buffer0", "17", "3500", "first buffer text", "");
        List<ChooserItem> b = ChooserLists.buffers(buffers, true, ZoneOffset.UTC, 4000);
        assertThat(b).extracting(ChooserItem::line).containsExactly("buffer1: 01:00: second\\nline two",
                "buffer0: 00:58: first buffer text");
        assertThat(b.get(0).target).isEqualTo("buffer1");
        ChooserTree t = new ChooserTree(ChooserLists.BUFFER_SORTS, ChooserLists.bufferSorts());
        t.replace(b);
        assertThat(t.currentItem().name).isEqualTo("buffer1"); // newest first
        t.nextSort();
        assertThat(t.currentItem().name).isEqualTo("buffer1");
        assertThat(t.lines().get(0).item().name).isEqualTo("buffer0"); // by name
        t.nextSort();
        assertThat(t.lines().get(0).item().name).isEqualTo("buffer0"); // by size: 17 first

        String clients = String.join(S, "/dev/pts/3", "3600", "3000", "80", "24", "%4", "beta", "");
        List<ChooserItem> c = ChooserLists.clients(clients, true, ZoneOffset.UTC, 4000);
        assertThat(c).extracting(ChooserItem::line).containsExactly("/dev/pts/3: 01:00: session beta");
        assertThat(c.get(0).previewPane).isEqualTo(4);
        assertThat(ChooserLists.clients(clients, false, ZoneOffset.UTC, 4000).get(0).text).isEmpty();
        assertThat(ChooserLists.prettyTime(0, 40L * 24 * 3600, ZoneOffset.UTC)).isEqualTo("01Jan");
        assertThat(ChooserLists.prettyTime(0, 400L * 24 * 3600, ZoneOffset.UTC)).isEqualTo("Jan70");
        assertThat(ChooserLists.rows("short" + S + "line\n", 3)).isEmpty();
    }
}
