package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the session sits in this client's pane area when the two differ in size (several clients,
 * {@code window_size}). Coordinates are cells of the pane area (row 0 is its first row, whatever
 * the status line does).
 * <ul>
 *   <li>Session smaller than the area (in a dimension): drawn from the top left; the rest of the
 *       area is outside (tmux 3.3: a border line just right of and below the session, {@code ·}
 *       beyond it).</li>
 *   <li>Session larger: the part shown starts at {@code offsetX}/{@code offsetY}, chosen as tmux's
 *       {@code tty_window_offset}: the active pane whole when it fits, else centred on its cursor.</li>
 * </ul>
 * The renderer makes one per frame and publishes it ({@link SessionView#viewport()}); the mouse
 * turns screen cells into session cells with {@link #toSessionX}/{@link #toSessionY}.
 *
 * @param offsetX the session column shown at the area's column 0
 * @param offsetY the session row shown at the area's row 0
 */
record Viewport(int offsetX, int offsetY, int sessionCols, int sessionRows, int areaCols, int areaRows) {

    /** The session fills the area exactly (no offset, nothing outside). */
    static Viewport whole(int cols, int rows) {
        return new Viewport(0, 0, cols, rows, cols, rows);
    }

    /**
     * The viewport for a session of {@code sessionCols x sessionRows} in an area of
     * {@code areaCols x areaRows}, keeping {@code active} (the active pane's place, or null) and its
     * {@code cursor} (or null) in view.
     */
    static Viewport of(int sessionCols, int sessionRows, int areaCols, int areaRows, Pdu.PaneGeometry active,
                       Pdu.CursorState cursor) {
        if (sessionCols <= 0 || sessionRows <= 0) {
            return whole(areaCols, areaRows);
        }
        int ox = 0;
        int oy = 0;
        if (active != null) {
            ox = offset(sessionCols, areaCols, active.x(), active.cols(), cursor == null ? 0 : cursor.col());
            oy = offset(sessionRows, areaRows, active.y(), active.rows(), cursor == null ? 0 : cursor.row());
        }
        return new Viewport(ox, oy, sessionCols, sessionRows, areaCols, areaRows);
    }

    /** One dimension: the first session cell shown. */
    static int offset(int sessionLen, int viewLen, int paneStart, int paneLen, int cursor) {
        if (sessionLen <= viewLen || viewLen <= 0) {
            return 0;
        }
        int max = sessionLen - viewLen;
        if (paneLen <= viewLen) {
            // the whole pane fits: the least offset that shows all of it
            return clamp(paneStart + paneLen - viewLen, 0, Math.min(max, paneStart));
        }
        int c = paneStart + Math.max(0, Math.min(cursor, paneLen - 1));
        if (c < viewLen) {
            return 0;
        }
        if (c > max) {
            return max;
        }
        return c - viewLen / 2;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Columns of the area that show the session. */
    int visibleCols() {
        return Math.max(0, Math.min(sessionCols - offsetX, areaCols));
    }

    /** Rows of the area that show the session. */
    int visibleRows() {
        return Math.max(0, Math.min(sessionRows - offsetY, areaRows));
    }

    /** Whether the area is wider than the session (a border column and {@code ·} at the right). */
    boolean outsideRight() {
        return sessionCols < areaCols;
    }

    /** Whether the area is taller than the session (a border row and {@code ·} below). */
    boolean outsideBelow() {
        return sessionRows < areaRows;
    }

    /** The session column under area column {@code x}, or -1 when that column shows no session. */
    int toSessionX(int x) {
        return x >= 0 && x < visibleCols() ? x + offsetX : -1;
    }

    /** The session row under area row {@code y}, or -1 when that row shows no session. */
    int toSessionY(int y) {
        return y >= 0 && y < visibleRows() ? y + offsetY : -1;
    }

    /** The places moved into area coordinates (they may start left of or above the area). */
    List<Pdu.PaneGeometry> shift(List<Pdu.PaneGeometry> places) {
        if (offsetX == 0 && offsetY == 0) {
            return places;
        }
        List<Pdu.PaneGeometry> out = new ArrayList<>(places.size());
        for (Pdu.PaneGeometry p : places) {
            out.add(new Pdu.PaneGeometry(p.paneId(), p.x() - offsetX, p.y() - offsetY, p.cols(), p.rows()));
        }
        return out;
    }
}
