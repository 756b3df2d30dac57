package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * A tab's pane tree. Only leaves exist for now; splits will add a {@code Split} node whose
 * children share its rectangle. Geometry is computed top-down from the session size.
 */
sealed interface PaneNode permits PaneNode.Leaf {

    record Leaf(Pane pane) implements PaneNode {}

    /** Every pane's rectangle when this node fills {@code cols x rows} at (x, y). */
    default void layout(int x, int y, int cols, int rows, List<Pdu.PaneGeometry> out) {
        if (this instanceof Leaf leaf) {
            out.add(new Pdu.PaneGeometry(leaf.pane().id(), x, y, cols, rows));
        }
    }

    default void panes(List<Pane> out) {
        if (this instanceof Leaf leaf) {
            out.add(leaf.pane());
        }
    }

    /** This tree without {@code pane}; null when nothing is left. */
    default PaneNode without(Pane pane) {
        if (this instanceof Leaf leaf) {
            return leaf.pane() == pane ? null : this;
        }
        return this;
    }
}
