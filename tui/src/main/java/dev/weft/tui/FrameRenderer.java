package dev.weft.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.client.PaneMirror;
import dev.weft.protocol.Pdu;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Paints the session into the Lanterna screen: the visible panes at their places, borders between
 * them, the status line on the last row, the cursor at the active pane's cursor. Only what changed
 * is painted (the panes' dirty rows; everything after a layout change or a resize), and each
 * {@link #render} ends in one delta refresh, so only changed cells reach the outer terminal.
 *
 * <p>The mark methods are called from any thread; {@link #render} from the render thread only.
 */
final class FrameRenderer {
    private static final TextColor ACTIVE_BORDER = TextColor.ANSI.GREEN;
    /** Begin a synchronized frame and hide the cursor while cells are written (the refresh shows it again where it belongs). */
    private static final byte[] SYNC_BEGIN = (OuterModes.SYNC_BEGIN + OuterModes.CURSOR_HIDE)
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SYNC_END = OuterModes.SYNC_END.getBytes(StandardCharsets.US_ASCII);

    private final Screen screen;
    private final SessionView view;
    private final StatusLine status;
    private final OutputStream frameOut;
    private final PaneRenderer panes = new PaneRenderer();
    private final Set<Integer> dirtyPanes = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean layoutDirty = new AtomicBoolean(true);
    private final AtomicBoolean statusDirty = new AtomicBoolean(true);
    private final AtomicBoolean resized = new AtomicBoolean();
    private final Runnable onCursorShape;
    private int cursorShape; // what the outer terminal shows: 0, its default, until a pane asks otherwise

    /**
     * @param frameOut where the screen's terminal writes, or null; when set, each frame is wrapped in
     *                 synchronized-output marks (DEC 2026) and flushed in one write
     */
    FrameRenderer(Screen screen, SessionView view, StatusLine status, OutputStream frameOut) {
        this(screen, view, status, frameOut, () -> { });
    }

    /**
     * @param onCursorShape called (on the render thread) the first time a pane's cursor shape (DECSCUSR)
     *                      is passed to the outer terminal, so that leaving can reset it
     */
    FrameRenderer(Screen screen, SessionView view, StatusLine status, OutputStream frameOut, Runnable onCursorShape) {
        this.screen = screen;
        this.view = view;
        this.status = status;
        this.frameOut = frameOut;
        this.onCursorShape = onCursorShape;
    }

    void paneChanged(int paneId) {
        dirtyPanes.add(paneId);
    }

    void layoutChanged() {
        layoutDirty.set(true);
    }

    void statusChanged() {
        statusDirty.set(true);
    }

    /** The outer terminal changed size: everything is repainted and sent in full. */
    void resized() {
        resized.set(true);
        layoutDirty.set(true);
    }

    /** Paint what changed since the last call and refresh the outer terminal once. */
    void render() throws IOException {
        screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        int cols = size.getColumns();
        int areaRows = Math.max(0, size.getRows() - 1);
        List<Pdu.PaneGeometry> places = view.placements(cols, areaRows);
        boolean complete = resized.getAndSet(false);
        if (layoutDirty.getAndSet(false) || complete) {
            dirtyPanes.clear();
            paintLayout(places, cols, areaRows);
            statusDirty.set(true);
        } else {
            paintDirtyRows(places);
        }
        if (statusDirty.getAndSet(false) && size.getRows() > areaRows) {
            status.draw(screen, areaRows, cols, view.state(), view.lastTabId());
        }
        placeCursor(places, cols, areaRows);
        if (frameOut != null) {
            frameOut.write(SYNC_BEGIN);
        }
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        if (frameOut != null) {
            int shape = activeCursorShape();
            if (shape != cursorShape) {
                if (cursorShape == 0) {
                    onCursorShape.run();
                }
                frameOut.write(OuterModes.cursorShape(shape).getBytes(StandardCharsets.US_ASCII));
                cursorShape = shape;
            }
            frameOut.write(SYNC_END);
            frameOut.flush();
        }
    }

    private void paintLayout(List<Pdu.PaneGeometry> places, int cols, int areaRows) {
        for (int y = 0; y < areaRows; y++) {
            for (int x = 0; x < cols; x++) {
                screen.setCharacter(x, y, PaneRenderer.BLANK);
            }
        }
        int active = view.activePaneId();
        if (places.size() > 1) {
            for (Pdu.PaneGeometry place : places) {
                if (place.paneId() != active) {
                    paintBorders(place, cols, areaRows, TextColor.ANSI.DEFAULT);
                }
            }
            for (Pdu.PaneGeometry place : places) {
                if (place.paneId() == active) {
                    paintBorders(place, cols, areaRows, ACTIVE_BORDER);
                }
            }
        }
        for (Pdu.PaneGeometry place : places) {
            Pdu.PaneGeometry clipped = clip(place, cols, areaRows);
            PaneMirror mirror = view.mirror(place.paneId());
            if (mirror != null && clipped != null) {
                mirror.takeDirtyRows();
                panes.draw(screen, clipped, mirror, null);
            }
        }
    }

    private void paintDirtyRows(List<Pdu.PaneGeometry> places) {
        TerminalSize size = screen.getTerminalSize();
        for (Iterator<Integer> it = dirtyPanes.iterator(); it.hasNext(); ) {
            int paneId = it.next();
            it.remove();
            PaneMirror mirror = view.mirror(paneId);
            Pdu.PaneGeometry place = find(places, paneId);
            if (mirror == null || place == null) {
                continue;
            }
            BitSet rows = mirror.takeDirtyRows();
            Pdu.PaneGeometry clipped = clip(place, size.getColumns(), Math.max(0, size.getRows() - 1));
            if (clipped != null && rows != null && !rows.isEmpty()) {
                panes.draw(screen, clipped, mirror, rows);
            }
        }
    }

    /**
     * The lines around a pane that lie inside the pane area (the server leaves one cell between
     * panes for them). Painted for every pane, then again in green for the active one, as tmux's
     * pane-active-border-style; crossings become a cross.
     */
    private void paintBorders(Pdu.PaneGeometry p, int cols, int areaRows, TextColor color) {
        TextCharacter vertical = TextCharacter.fromCharacter('│', color, TextColor.ANSI.DEFAULT)[0];
        TextCharacter horizontal = TextCharacter.fromCharacter('─', color, TextColor.ANSI.DEFAULT)[0];
        TextCharacter cross = TextCharacter.fromCharacter('┼', color, TextColor.ANSI.DEFAULT)[0];
        int left = p.x() - 1;
        int top = p.y() - 1;
        int right = p.x() + p.cols();
        int bottom = p.y() + p.rows();
        for (int y : new int[] {top, bottom}) {
            if (y >= 0 && y < areaRows) {
                for (int x = Math.max(0, left); x <= Math.min(right, cols - 1); x++) {
                    screen.setCharacter(x, y, horizontal);
                }
            }
        }
        for (int x : new int[] {left, right}) {
            if (x >= 0 && x < cols) {
                for (int y = Math.max(0, top); y <= Math.min(bottom, areaRows - 1); y++) {
                    boolean crossing = screen.getBackCharacter(x, y).getCharacterString().equals("─")
                            && (y == top || y == bottom);
                    screen.setCharacter(x, y, crossing ? cross : vertical);
                }
            }
        }
    }

    private void placeCursor(List<Pdu.PaneGeometry> places, int cols, int areaRows) {
        int active = view.activePaneId();
        Pdu.PaneGeometry place = find(places, active);
        PaneMirror mirror = view.mirror(active);
        TerminalPosition position = null;
        if (place != null && mirror != null) {
            Pdu.CursorState cursor = mirror.cursor();
            if (cursor != null && cursor.visible() && cursor.col() >= 0 && cursor.row() >= 0
                    && cursor.col() < place.cols() && cursor.row() < place.rows()) {
                int x = place.x() + cursor.col();
                int y = place.y() + cursor.row();
                if (x < cols && y < areaRows) {
                    position = new TerminalPosition(x, y);
                }
            }
        }
        screen.setCursorPosition(position);
    }

    /** The active pane's DECSCUSR shape (0 default when unknown or out of range). */
    private int activeCursorShape() {
        PaneMirror mirror = view.mirror(view.activePaneId());
        Pdu.CursorState cursor = mirror == null ? null : mirror.cursor();
        int shape = cursor == null ? 0 : cursor.shape();
        return shape >= 0 && shape <= 6 ? shape : 0;
    }

    private static Pdu.PaneGeometry find(List<Pdu.PaneGeometry> places, int paneId) {
        for (Pdu.PaneGeometry place : places) {
            if (place.paneId() == paneId) {
                return place;
            }
        }
        return null;
    }

    /** The part of a place inside the pane area, or null when none is. */
    private static Pdu.PaneGeometry clip(Pdu.PaneGeometry p, int cols, int areaRows) {
        int w = Math.min(p.cols(), cols - p.x());
        int h = Math.min(p.rows(), areaRows - p.y());
        if (p.x() < 0 || p.y() < 0 || w <= 0 || h <= 0) {
            return null;
        }
        return new Pdu.PaneGeometry(p.paneId(), p.x(), p.y(), w, h);
    }
}
