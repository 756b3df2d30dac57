package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * What is under a cell of the outer terminal: the status row, a pane (and the cell inside it), a
 * border between panes, or nothing (below a session smaller than the terminal). The one place
 * that turns screen cells into pane-area cells: the pane area starts {@link FrameRenderer.Area#top}
 * rows down; a viewport offset (a session larger than the terminal) would be added here.
 */
final class MouseHits {
    private MouseHits() {}

    /** What a cell holds. Pane-area coordinates ({@code x}, {@code y}) are 0-based. */
    sealed interface Hit {
        /** The status row, at column {@code col}. */
        record Status(int col) implements Hit {}

        /** Inside a pane: {@code col}/{@code row} 0-based in the pane, {@code x}/{@code y} in the pane area. */
        record Pane(Pdu.PaneGeometry place, int col, int row, int x, int y) implements Hit {
            int paneId() {
                return place.paneId();
            }
        }

        /** A cell of the pane area no pane covers: a border. */
        record Border(int x, int y) implements Hit {}

        /** Outside everything drawn. */
        record Outside() implements Hit {}
    }

    /**
     * What is at the 1-based screen cell ({@code col}, {@code row}), as mouse reports count, on a
     * screen {@code cols} wide laid out as {@code area}, with the panes at {@code places}.
     */
    static Hit at(int col, int row, FrameRenderer.Area area, int cols, List<Pdu.PaneGeometry> places) {
        int sx = col - 1;
        int sy = row - 1;
        if (sx < 0 || sy < 0 || sx >= cols) {
            return new Hit.Outside();
        }
        if (sy == area.statusRow()) {
            return new Hit.Status(sx);
        }
        int x = sx;
        int y = sy - area.top();
        if (y < 0 || y >= area.rows()) {
            return new Hit.Outside();
        }
        return inArea(x, y, places);
    }

    /** What is at pane-area cell ({@code x}, {@code y}). */
    static Hit inArea(int x, int y, List<Pdu.PaneGeometry> places) {
        int right = 0;
        int bottom = 0;
        for (Pdu.PaneGeometry p : places) {
            if (x >= p.x() && x < p.x() + p.cols() && y >= p.y() && y < p.y() + p.rows()) {
                return new Hit.Pane(p, x - p.x(), y - p.y(), x, y);
            }
            right = Math.max(right, p.x() + p.cols());
            bottom = Math.max(bottom, p.y() + p.rows());
        }
        if (places.size() > 1 && x < right && y < bottom) {
            return new Hit.Border(x, y);
        }
        return new Hit.Outside();
    }

    /** The pane-area cell {x, y} of a 1-based screen cell, not clamped (drags go beyond the area). */
    static int[] areaCell(int col, int row, FrameRenderer.Area area) {
        return new int[] {col - 1, row - 1 - area.top()};
    }
}
