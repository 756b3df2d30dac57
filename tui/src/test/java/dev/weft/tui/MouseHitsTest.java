package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.List;
import org.junit.jupiter.api.Test;

class MouseHitsTest {
    /** 80x23 pane area: %1 left (40 wide), %2 right top, %3 right bottom. */
    private static final List<Pdu.PaneGeometry> PLACES = List.of(
            new Pdu.PaneGeometry(1, 0, 0, 40, 23),
            new Pdu.PaneGeometry(2, 41, 0, 39, 11),
            new Pdu.PaneGeometry(3, 41, 12, 39, 11));
    private static final FrameRenderer.Area BOTTOM = new FrameRenderer.Area(0, 23, 23);
    private static final FrameRenderer.Area TOP = new FrameRenderer.Area(1, 23, 0);
    private static final FrameRenderer.Area NONE = new FrameRenderer.Area(0, 24, -1);

    private static MouseHits.Hit at(int col, int row, FrameRenderer.Area area) {
        return MouseHits.at(col, row, area, 80, PLACES);
    }

    @Test
    void a_cell_inside_a_pane_is_that_pane_with_pane_relative_coordinates() {
        assertThat(at(1, 1, BOTTOM)).isEqualTo(new MouseHits.Hit.Pane(PLACES.get(0), 0, 0, 0, 0));
        assertThat(at(45, 3, BOTTOM)).isEqualTo(new MouseHits.Hit.Pane(PLACES.get(1), 3, 2, 44, 2));
        assertThat(at(80, 23, BOTTOM)).isEqualTo(new MouseHits.Hit.Pane(PLACES.get(2), 38, 10, 79, 22));
    }

    @Test
    void cells_between_panes_are_borders() {
        assertThat(at(41, 5, BOTTOM)).isEqualTo(new MouseHits.Hit.Border(40, 4));
        assertThat(at(60, 12, BOTTOM)).isEqualTo(new MouseHits.Hit.Border(59, 11));
        assertThat(at(41, 12, BOTTOM)).as("where the borders meet").isEqualTo(new MouseHits.Hit.Border(40, 11));
    }

    @Test
    void the_status_row_is_the_last_row_or_the_first_with_status_on_top() {
        assertThat(at(10, 24, BOTTOM)).isEqualTo(new MouseHits.Hit.Status(9));
        assertThat(at(10, 1, TOP)).isEqualTo(new MouseHits.Hit.Status(9));
        // with the status on top, the panes start one row down
        assertThat(at(1, 2, TOP)).isEqualTo(new MouseHits.Hit.Pane(PLACES.get(0), 0, 0, 0, 0));
        assertThat(at(41, 13, TOP)).isEqualTo(new MouseHits.Hit.Border(40, 11));
        assertThat(at(42, 24, TOP)).isEqualTo(new MouseHits.Hit.Pane(PLACES.get(2), 0, 10, 41, 22));
    }

    @Test
    void without_a_status_line_every_row_is_the_pane_area_and_beyond_the_panes_is_outside() {
        assertThat(at(10, 24, NONE)).as("the session is 23 rows: the last row holds nothing")
                .isEqualTo(new MouseHits.Hit.Outside());
        assertThat(at(81, 1, NONE)).isEqualTo(new MouseHits.Hit.Outside());
        assertThat(at(0, 1, NONE)).isEqualTo(new MouseHits.Hit.Outside());
    }

    @Test
    void a_single_pane_has_no_borders() {
        List<Pdu.PaneGeometry> one = List.of(new Pdu.PaneGeometry(7, 0, 0, 60, 20));
        assertThat(MouseHits.at(70, 5, BOTTOM, 80, one)).isEqualTo(new MouseHits.Hit.Outside());
        assertThat(MouseHits.at(60, 20, BOTTOM, 80, one))
                .isEqualTo(new MouseHits.Hit.Pane(one.get(0), 59, 19, 59, 19));
    }

    @Test
    void area_cells_are_not_clamped() {
        assertThat(MouseHits.areaCell(1, 1, TOP)).containsExactly(0, -1);
        assertThat(MouseHits.areaCell(90, 30, BOTTOM)).containsExactly(89, 29);
    }
}
