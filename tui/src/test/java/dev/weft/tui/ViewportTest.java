package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private static Pdu.CursorState cursor(int col, int row) {
        return new Pdu.CursorState(row, col, true, 0);
    }

    @Test
    void aSmallerSessionSitsAtTheTopLeftWithOutsideRightAndBelow() {
        Viewport v = Viewport.of(60, 14, 100, 29, new Pdu.PaneGeometry(1, 0, 0, 60, 14), cursor(59, 13));
        assertThat(v.offsetX()).isZero();
        assertThat(v.offsetY()).isZero();
        assertThat(v.visibleCols()).isEqualTo(60);
        assertThat(v.visibleRows()).isEqualTo(14);
        assertThat(v.outsideRight()).isTrue();
        assertThat(v.outsideBelow()).isTrue();
        assertThat(v.toSessionX(60)).isEqualTo(-1);
        assertThat(v.toSessionY(13)).isEqualTo(13);
    }

    @Test
    void aLargerSessionCentresOnTheCursorOfAPaneThatDoesNotFit() {
        // tmux 3.3 tty_window_offset1: cursor left of the view's width: 0; near the end: the end
        assertThat(Viewport.offset(100, 40, 0, 100, 10)).isZero();
        assertThat(Viewport.offset(100, 40, 0, 100, 90)).isEqualTo(60);
        assertThat(Viewport.offset(100, 40, 0, 100, 50)).isEqualTo(30);
        Viewport v = Viewport.of(100, 30, 40, 10, new Pdu.PaneGeometry(1, 0, 0, 100, 30), cursor(50, 29));
        assertThat(v.offsetX()).isEqualTo(30);
        assertThat(v.offsetY()).isEqualTo(20);
        assertThat(v.visibleCols()).isEqualTo(40);
        assertThat(v.visibleRows()).isEqualTo(10);
        assertThat(v.toSessionX(0)).isEqualTo(30);
        assertThat(v.outsideRight()).isFalse();
    }

    @Test
    void anActivePaneThatFitsIsShownWhole() {
        // the right pane of a 120-column session: columns 61..119, 59 wide, in a 80-column view
        assertThat(Viewport.offset(120, 80, 61, 59, 0)).isEqualTo(40);
        // the left pane fits at offset 0
        assertThat(Viewport.offset(120, 80, 0, 60, 59)).isZero();
    }

    @Test
    void shiftMovesPlacesIntoAreaCoordinates() {
        Viewport v = new Viewport(10, 2, 100, 30, 40, 10);
        assertThat(v.shift(List.of(new Pdu.PaneGeometry(3, 61, 0, 39, 30))))
                .containsExactly(new Pdu.PaneGeometry(3, 51, -2, 39, 30));
        assertThat(Viewport.whole(80, 24).shift(List.of(new Pdu.PaneGeometry(3, 1, 1, 2, 2))))
                .containsExactly(new Pdu.PaneGeometry(3, 1, 1, 2, 2));
    }
}
