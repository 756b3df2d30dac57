package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.config.Options;
import dev.weft.config.Style;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusBarTest {
    private static final int BLACK = Style.INDEXED;
    private static final int RED = Style.INDEXED | 1;
    private static final int GREEN = Style.INDEXED | 2;
    private static final int YELLOW = Style.INDEXED | 3;

    private final StatusBar bar = new StatusBar(new StatusLine("box",
            Clock.fixed(Instant.parse("2027-01-02T03:04:00Z"), ZoneOffset.UTC)));

    private static Settings.Snapshot settings(String... nameValues) {
        Options o = Options.defaults();
        for (int i = 0; i < nameValues.length; i += 2) {
            o = o.with(nameValues[i], nameValues[i + 1]);
        }
        return new Settings(o, KeyTables.defaults()).get();
    }

    private static Pdu.StatusUpdate update(String left, String right, Pdu.TabLabel... tabs) {
        return new Pdu.StatusUpdate(left, List.of(tabs), right);
    }

    private static Pdu.SessionState state(int activeTab) {
        return new Pdu.SessionState(1, "work", 80, 23, List.of(), activeTab);
    }

    @Test
    void left_tabs_and_right_sit_as_tmux_draws_them() {
        StatusRow row = bar.compose(settings(), null, null,
                update("[work] ", "\"box\" 03:04", new Pdu.TabLabel(1, "0:bash-"), new Pdu.TabLabel(2, "1:vim*")),
                state(2), -1, 40);
        assertThat(row.text()).isEqualTo("[work] 0:bash- 1:vim*        \"box\" 03:04").hasSize(40);
        assertThat(row.style(0).bg()).isEqualTo(GREEN);
        assertThat(row.style(0).fg()).isEqualTo(BLACK);
        assertThat(row.style(39).bg()).isEqualTo(GREEN);
    }

    @Test
    void style_markers_and_tab_styles_apply_over_the_status_style() {
        Settings.Snapshot s = settings("status.tab_current_style", "fg=red,bold", "status.tab_style", "bg=yellow");
        StatusRow row = bar.compose(s, null, null,
                update("#[fg=yellow]L#[default]x", "", new Pdu.TabLabel(1, "a"), new Pdu.TabLabel(2, "b")),
                state(2), -1, 10);
        assertThat(row.text()).startsWith("Lxa b");
        assertThat(row.style(0).fg()).isEqualTo(YELLOW);
        assertThat(row.style(0).bg()).isEqualTo(GREEN);
        assertThat(row.style(1).fg()).isEqualTo(BLACK);
        assertThat(row.style(2).bg()).isEqualTo(YELLOW);   // tab a: tab_style over status.style
        assertThat(row.style(2).fg()).isEqualTo(BLACK);
        assertThat(row.style(3).bg()).isEqualTo(GREEN);    // the separating space is the status style
        assertThat(row.style(4).fg()).isEqualTo(RED);      // tab b is current
        assertThat(row.style(4).attrs() & Style.BOLD).isNotZero();
        assertThat(row.style(4).bg()).isEqualTo(GREEN);
    }

    @Test
    void left_and_right_are_cut_to_their_lengths() {
        Settings.Snapshot s = settings("status.left_length", "4", "status.right_length", "5");
        StatusRow row = bar.compose(s, null, null, update("[session] ", "right side", new Pdu.TabLabel(1, "0:sh*")),
                state(1), -1, 20);
        assertThat(row.text()).isEqualTo("[ses0:sh*      right");
    }

    @Test
    void when_both_do_not_fit_the_left_wins() {
        StatusRow row = bar.compose(settings(), null, null, update("[work] ", "\"box\" 03:04"), state(1), -1, 12);
        assertThat(row.text()).isEqualTo("[work] \"box\"");
    }

    @Test
    void a_long_tab_list_keeps_the_current_tab_visible_with_markers() {
        Pdu.TabLabel[] tabs = new Pdu.TabLabel[10];
        for (int i = 0; i < 10; i++) {
            tabs[i] = new Pdu.TabLabel(i, i + ":tab" + (i == 8 ? "*" : ""));
        }
        StatusRow row = bar.compose(settings(), null, null, update("[w] ", "", tabs), state(8), -1, 30);
        String text = row.text();
        assertThat(text).startsWith("[w] <").contains("8:tab*").endsWith(">");
        assertThat(text).hasSize(30);

        StatusRow first = bar.compose(settings(), null, null, update("[w] ", "", tabs), state(0), -1, 30);
        assertThat(first.text()).startsWith("[w] 0:tab 1:tab").endsWith(">");
    }

    @Test
    void each_tab_label_records_the_columns_it_was_drawn_on() {
        StatusRow row = bar.compose(settings(), null, null,
                update("[work] ", "\"box\" 03:04", new Pdu.TabLabel(1, "0:bash-"), new Pdu.TabLabel(2, "1:vim*")),
                state(2), -1, 40);
        // "[work] 0:bash- 1:vim*  ..."
        assertThat(row.tabSpans()).containsExactly(new StatusRow.TabSpan(1, 7, 14), new StatusRow.TabSpan(2, 15, 21));
        assertThat(row.tabAt(6)).as("the left part").isEqualTo(-1);
        assertThat(row.tabAt(7)).isEqualTo(1);
        assertThat(row.tabAt(13)).isEqualTo(1);
        assertThat(row.tabAt(14)).as("the space between labels").isEqualTo(-1);
        assertThat(row.tabAt(15)).isEqualTo(2);
        assertThat(row.tabAt(20)).isEqualTo(2);
        assertThat(row.tabAt(21)).isEqualTo(-1);
        assertThat(row.tabAt(35)).as("the right part").isEqualTo(-1);
    }

    @Test
    void a_cut_tab_list_records_only_what_shows_and_not_the_markers() {
        Pdu.TabLabel[] tabs = new Pdu.TabLabel[10];
        for (int i = 0; i < 10; i++) {
            tabs[i] = new Pdu.TabLabel(i, i + ":tab" + (i == 8 ? "*" : ""));
        }
        StatusRow row = bar.compose(settings(), null, null, update("[w] ", "", tabs), state(8), -1, 30);
        String text = row.text();
        int shown = text.indexOf("8:tab*");
        assertThat(row.tabAt(shown)).isEqualTo(8);
        assertThat(row.tabAt(shown + 5)).isEqualTo(8);
        assertThat(row.tabAt(4)).as("the < marker").isEqualTo(-1);
        assertThat(row.tabAt(29)).as("the > marker").isEqualTo(-1);
        for (StatusRow.TabSpan span : row.tabSpans()) {
            String label = span.tabId() + ":tab" + (span.tabId() == 8 ? "*" : "");
            assertThat(label).as("tab " + span.tabId()).contains(text.substring(span.from(), span.to()));
            assertThat(span.from()).isGreaterThanOrEqualTo(5);
            assertThat(span.to()).isLessThanOrEqualTo(29);
        }
    }

    @Test
    void wide_characters_take_two_cells() {
        StatusRow row = bar.compose(settings(), null, null, update("[世界] ", "x"), state(1), -1, 10);
        assertThat(row.glyph(1)).isEqualTo("世");
        assertThat(row.glyph(2)).isEmpty();
        assertThat(row.glyph(5)).isEqualTo("]");
        assertThat(row.glyph(9)).isEqualTo("x");
    }

    @Test
    void a_message_fills_the_line_in_the_message_style() {
        StatusRow row = bar.compose(settings(), null, "can't find pane: 7", update("[work] ", "r"), state(1), -1, 30);
        assertThat(row.text()).isEqualTo("can't find pane: 7            ");
        assertThat(row.style(0).bg()).isEqualTo(YELLOW);
        assertThat(row.style(29).bg()).isEqualTo(YELLOW);
    }

    @Test
    void the_prompt_shows_label_text_and_a_reverse_cursor_cell() {
        Prompt p = Prompt.command(List.of(":"), List.of("split"), null, new java.util.ArrayList<>(), line -> { });
        p.editor().left();
        StatusRow row = bar.compose(settings(), p, "a message under the prompt", null, state(1), -1, 20);
        assertThat(row.text()).isEqualTo(":split              ");
        assertThat(row.cursor()).isEqualTo(5);
        assertThat(row.style(5).attrs() & Style.INVERSE).isNotZero();
        assertThat(row.style(4).attrs() & Style.INVERSE).isZero();
        assertThat(row.style(0).bg()).isEqualTo(YELLOW);
    }

    @Test
    void a_long_prompt_scrolls_to_keep_the_cursor_on_the_line() {
        Prompt p = Prompt.command(List.of(":"), List.of("abcdefghijklmnopqrstuvwxyz"), null, new java.util.ArrayList<>(),
                line -> { });
        StatusRow row = bar.compose(settings(), p, null, null, state(1), -1, 10);
        assertThat(row.text()).isEqualTo(":stuvwxyz ");
        assertThat(row.cursor()).isEqualTo(9);
    }

    @Test
    void before_the_first_update_the_built_in_look_is_drawn() {
        Pdu.SessionState st = new Pdu.SessionState(1, "work", 80, 23,
                List.of(new Pdu.TabInfo(5, 0, "bash", 1, false, List.of())), 5);
        StatusRow row = bar.compose(settings(), null, null, null, st, -1, 40);
        assertThat(row.text()).isEqualTo("[work] 0:bash*     \"box\" 03:04 02-Jan-27").hasSize(40);
    }
}
