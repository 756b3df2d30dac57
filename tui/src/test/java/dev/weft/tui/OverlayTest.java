package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Pdu;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayTest {
    @Test
    void display_panes_numbers_panes_in_tab_order_from_the_base_index() {
        Pdu.TabInfo tab = new Pdu.TabInfo(1, 0, "t", 8, false, List.of(
                new Pdu.PaneGeometry(7, 0, 0, 40, 23), new Pdu.PaneGeometry(8, 41, 0, 39, 23)));
        Overlay.PaneNumbers numbers = CommandRunner.numbers(tab, 1, "select-pane -t '%%'");
        assertThat(numbers.find(1).place().paneId()).isEqualTo(7);
        assertThat(numbers.find(2).place().paneId()).isEqualTo(8);
        assertThat(numbers.find(0)).isNull();
        assertThat(numbers.find(3)).isNull();
        assertThat(numbers.activePaneId()).isEqualTo(8);
        assertThat(Prompt.fill(numbers.template(), List.of("%" + numbers.find(2).place().paneId())))
                .isEqualTo("select-pane -t '%8'");
    }

    @Test
    void the_pager_scrolls_within_its_text_and_shows_tmux_position() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("line ").append(i).append('\n');
        }
        Overlay.Pager pager = new Overlay.Pager(text.toString());
        assertThat(pager.lines()).hasSize(30);
        assertThat(pager.position(10)).isEqualTo("[20/20]");
        pager.scroll(5, 10);
        assertThat(pager.top()).isEqualTo(5);
        assertThat(pager.position(10)).isEqualTo("[15/20]");
        pager.scroll(100, 10);
        assertThat(pager.top()).isEqualTo(20);
        assertThat(pager.position(10)).isEqualTo("[0/20]");
        pager.scroll(-100, 10);
        assertThat(pager.top()).isZero();
        pager.toBottom(10);
        assertThat(pager.top()).isEqualTo(20);
        pager.toTop();
        assertThat(pager.top()).isZero();
        assertThat(new Overlay.Pager("short").position(10)).isEqualTo("[0/0]");
    }

    @Test
    void client_command_flags_parse_like_getopt() {
        Args a = Args.parse(List.of("command-prompt", "-I", "#W", "-pname,other", "rename-window '%%'"),
                "1kiNTI:p:t:", "command-prompt ...");
        assertThat(a.get('I')).isEqualTo("#W");
        assertThat(a.get('p')).isEqualTo("name,other");
        assertThat(a.rest()).containsExactly("rename-window '%%'");
        Args grouped = Args.parse(List.of("display-panes", "-bd", "500", "--", "-x"), "bNd:t:", "display-panes");
        assertThat(grouped.has('b')).isTrue();
        assertThat(grouped.get('d')).isEqualTo("500");
        assertThat(grouped.rest()).containsExactly("-x");
        assertThatThrownBy(() -> Args.parse(List.of("clock-mode", "-z"), "t:", "clock-mode [-t target-pane]"))
                .hasMessage("usage: clock-mode [-t target-pane]");
        assertThatThrownBy(() -> Args.parse(List.of("confirm-before", "-p"), "p:", "confirm-before [-p prompt] command"))
                .hasMessageStartingWith("usage: ");
    }

    @Test
    void big_digits_follow_the_tmux_font() {
        StringBuilder one = new StringBuilder();
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                one.append(BigDigits.lit('4', col, row) ? '#' : ' ');
            }
            one.append('\n');
        }
        assertThat(one.toString()).isEqualTo("#   #\n#   #\n#####\n    #\n    #\n");
        assertThat(BigDigits.lit('x', 0, 0)).isFalse();
        assertThat(BigDigits.fits("12", 12, 5)).isTrue();
        assertThat(BigDigits.fits("12", 11, 5)).isFalse();
        assertThat(BigDigits.fits("1", 6, 4)).isFalse();
    }
}
