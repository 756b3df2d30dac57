package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Border glyphs and which cells take the active style, checked against what tmux 3.3 draws. */
class BordersTest {
    private static Pdu.PaneGeometry pane(int id, int x, int y, int cols, int rows) {
        return new Pdu.PaneGeometry(id, x, y, cols, rows);
    }

    private static String render(List<Pdu.PaneGeometry> places, int cols, int rows) {
        boolean[][] b = Borders.cells(places, cols, rows);
        StringBuilder s = new StringBuilder();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                s.append(b[y][x] ? Borders.glyph(b, x, y) : '.');
            }
            s.append('\n');
        }
        return s.toString();
    }

    @Test
    void three_panes_join_with_a_tee() {
        // left | (top / bottom), 9x5
        List<Pdu.PaneGeometry> places = List.of(pane(1, 0, 0, 4, 5), pane(2, 5, 0, 4, 2), pane(3, 5, 3, 4, 2));
        assertThat(render(places, 9, 5)).isEqualTo("""
                ....│....
                ....│....
                ....├────
                ....│....
                ....│....
                """);
    }

    @Test
    void four_panes_cross() {
        List<Pdu.PaneGeometry> places = List.of(pane(1, 0, 0, 2, 1), pane(2, 3, 0, 2, 1),
                pane(3, 0, 2, 2, 1), pane(4, 3, 2, 2, 1));
        assertThat(render(places, 5, 3)).isEqualTo("""
                ..│..
                ──┼──
                ..│..
                """);
    }

    @Test
    void two_panes_side_by_side_split_their_border_in_half_as_tmux() {
        // tmux 3.3: the left pane owns the rows up to half its height, the right pane the rest
        List<Pdu.PaneGeometry> places = List.of(pane(1, 0, 0, 40, 23), pane(2, 41, 0, 39, 23));
        for (int y = 0; y <= 11; y++) {
            assertThat(Borders.active(places, 1, 40, y)).as("row %d, left active", y).isTrue();
            assertThat(Borders.active(places, 2, 40, y)).as("row %d, right active", y).isFalse();
        }
        for (int y = 12; y < 23; y++) {
            assertThat(Borders.active(places, 1, 40, y)).as("row %d, left active", y).isFalse();
            assertThat(Borders.active(places, 2, 40, y)).as("row %d, right active", y).isTrue();
        }
    }

    @Test
    void two_panes_stacked_split_their_border_in_half() {
        List<Pdu.PaneGeometry> places = List.of(pane(1, 0, 0, 80, 11), pane(2, 0, 12, 80, 11));
        assertThat(Borders.active(places, 1, 40, 11)).isTrue();
        assertThat(Borders.active(places, 1, 41, 11)).isFalse();
        assertThat(Borders.active(places, 2, 41, 11)).isTrue();
        assertThat(Borders.active(places, 2, 40, 11)).isFalse();
    }

    @Test
    void with_more_panes_the_active_pane_border_is_all_coloured() {
        List<Pdu.PaneGeometry> places = List.of(pane(1, 0, 0, 4, 5), pane(2, 5, 0, 4, 2), pane(3, 5, 3, 4, 2));
        // pane 2 (top right): the vertical line next to it and the line under it
        assertThat(Borders.active(places, 2, 4, 0)).isTrue();
        assertThat(Borders.active(places, 2, 4, 2)).isTrue();
        assertThat(Borders.active(places, 2, 8, 2)).isTrue();
        assertThat(Borders.active(places, 2, 4, 4)).isFalse();
        // pane 1 (left): its whole right edge
        for (int y = 0; y < 5; y++) {
            assertThat(Borders.active(places, 1, 4, y)).isTrue();
        }
        assertThat(Borders.active(places, 1, 6, 2)).isFalse();
    }
}
