package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/**
 * The panes select-pane -L/-R/-U/-D may go to, as tmux 3.3a's window_pane_find_left and friends:
 * those whose edge is across the border from the pane's edge (wrapping to the far side of the
 * tab when the pane is at the edge) and which overlap it. tmux's overlap test is inclusive of the
 * border row/column past the pane, so a pane touching only at a corner counts, as in tmux.
 */
final class LayoutNeighbours {
    private LayoutNeighbours() {}

    static List<Integer> candidates(List<Pdu.PaneGeometry> panes, int pane, LayoutTree.Direction direction,
            int cols, int rows) {
        Pdu.PaneGeometry wp = null;
        for (Pdu.PaneGeometry g : panes) {
            if (g.paneId() == pane) {
                wp = g;
            }
        }
        if (wp == null) {
            throw new IllegalArgumentException("pane " + pane + " is not in this layout");
        }
        boolean horizontal = direction == LayoutTree.Direction.LEFT || direction == LayoutTree.Direction.RIGHT;
        int edge = switch (direction) {
            case LEFT -> wp.x() == 0 ? cols + 1 : wp.x();
            case UP -> wp.y() == 0 ? rows + 1 : wp.y();
            case RIGHT -> wp.x() + wp.cols() + 1 >= cols ? 0 : wp.x() + wp.cols() + 1;
            case DOWN -> wp.y() + wp.rows() + 1 >= rows ? 0 : wp.y() + wp.rows() + 1;
        };
        // The span along the border, its far end one past the pane as in tmux.
        int from = horizontal ? wp.y() : wp.x();
        int to = horizontal ? wp.y() + wp.rows() : wp.x() + wp.cols();
        List<Integer> out = new ArrayList<>();
        for (Pdu.PaneGeometry next : panes) {
            if (next.paneId() == pane) {
                continue;
            }
            int at = switch (direction) {
                case LEFT -> next.x() + next.cols() + 1;
                case UP -> next.y() + next.rows() + 1;
                case RIGHT -> next.x();
                case DOWN -> next.y();
            };
            if (at != edge) {
                continue;
            }
            int start = horizontal ? next.y() : next.x();
            int end = start + (horizontal ? next.rows() : next.cols()) - 1;
            boolean overlaps = (start < from && end > to)
                    || (start >= from && start <= to)
                    || (end >= from && end <= to);
            if (overlaps) {
                out.add(next.paneId());
            }
        }
        return out;
    }
}
