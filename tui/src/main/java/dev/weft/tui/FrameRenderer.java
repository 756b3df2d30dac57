package dev.weft.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
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
 * them, the status line (last row, first row with {@code status.position = top}, none with
 * {@code status} off), the overlays and prompt of {@link ClientUi}, the cursor at the active pane's
 * cursor. The server's geometry is relative to the pane area; with the status line on top the
 * area starts one row down. Only what changed
 * is painted (the panes' dirty rows; everything after a layout change or a resize), and each
 * {@link #render} ends in one delta refresh, so only changed cells reach the outer terminal.
 *
 * <p>The mark methods are called from any thread; {@link #render} from the render thread only.
 */
final class FrameRenderer {
    /** Begin a synchronized frame and hide the cursor while cells are written (the refresh shows it again where it belongs). */
    private static final byte[] SYNC_BEGIN = (OuterModes.SYNC_BEGIN + OuterModes.CURSOR_HIDE)
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SYNC_END = OuterModes.SYNC_END.getBytes(StandardCharsets.US_ASCII);

    private final Screen screen;
    private final SessionView view;
    private final StatusBar status;
    private final Settings settings;
    private final ClientUi ui;
    private final OverlayPainter overlays;
    private final OutputStream frameOut;
    private final PaneRenderer panes = new PaneRenderer();
    private final Set<Integer> dirtyPanes = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean layoutDirty = new AtomicBoolean(true);
    private final AtomicBoolean statusDirty = new AtomicBoolean(true);
    private final AtomicBoolean resized = new AtomicBoolean();
    private final Runnable onCursorShape;
    /** What to draw for a pane instead of its mirror (copy mode), or null. */
    private volatile java.util.function.IntFunction<PaneMirror> paneViews = id -> null;
    /** The outer terminal's mouse reporting, once attached (null: left alone). */
    private volatile OuterMouse outerMouse;
    private int cursorShape; // what the outer terminal shows: 0, its default, until a pane asks otherwise
    private Area lastArea;
    private Viewport lastViewport;

    /** Where the pane area and the status row are on the screen. */
    record Area(int top, int rows, int statusRow) {
        static Area of(Settings.Snapshot s, int screenRows) {
            if (!s.statusOn() || screenRows < 2) {
                return new Area(0, Math.max(0, screenRows), -1);
            }
            return s.statusTop() ? new Area(1, screenRows - 1, 0) : new Area(0, screenRows - 1, screenRows - 1);
        }
    }

    /**
     * @param frameOut where the screen's terminal writes, or null; when set, each frame is wrapped in
     *                 synchronized-output marks (DEC 2026) and flushed in one write
     */
    FrameRenderer(Screen screen, SessionView view, StatusLine status, OutputStream frameOut) {
        this(screen, view, status, frameOut, () -> { }, new Settings(), null);
    }

    /**
     * @param onCursorShape called (on the render thread) the first time a pane's cursor shape (DECSCUSR)
     *                      is passed to the outer terminal, so that leaving can reset it
     * @param ui the prompt, message and overlays to draw; null: none (a ClientUi without a timer)
     */
    FrameRenderer(Screen screen, SessionView view, StatusLine status, OutputStream frameOut, Runnable onCursorShape,
                  Settings settings, ClientUi ui) {
        this.screen = screen;
        this.view = view;
        this.status = new StatusBar(status);
        this.frameOut = frameOut;
        this.onCursorShape = onCursorShape;
        this.settings = settings;
        this.ui = ui != null ? ui : new ClientUi(new ClientUi.Repaint() {
            @Override public void status() { statusChanged(); }
            @Override public void all() { layoutChanged(); }
        }, null);
        this.overlays = new OverlayPainter(status.clock());
    }

    ClientUi ui() {
        return ui;
    }

    /** Where copy mode's views come from: for a pane id, what to draw instead of its mirror, or null. */
    void paneViews(java.util.function.IntFunction<PaneMirror> views) {
        this.paneViews = views;
    }

    /** From now on, switch the outer terminal's mouse reporting as option {@code mouse} and the panes want it. */
    void outerMouse(OuterMouse mouse) {
        this.outerMouse = mouse;
    }

    /** The pane's copy-mode view if it has one, else its mirror (null when neither). */
    private PaneMirror content(int paneId) {
        PaneMirror v = paneViews.apply(paneId);
        return v != null ? v : view.mirror(paneId);
    }

    private static boolean covers(Overlay overlay) {
        return overlay instanceof Overlay.Pager || overlay instanceof Overlay.Interactive;
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

    /** Where the pane area is for a screen this many rows high, with the current settings. */
    Area area(int screenRows) {
        return Area.of(settings.get(), screenRows);
    }

    /** Paint what changed since the last call and refresh the outer terminal once. */
    void render() throws IOException {
        screen.doResizeIfNecessary();
        TerminalSize size = screen.getTerminalSize();
        int cols = size.getColumns();
        Settings.Snapshot s = settings.get();
        Area area = Area.of(s, size.getRows());
        ui.paneAreaRows(area.rows());
        ui.screenSize(cols, size.getRows());
        List<Pdu.PaneGeometry> sessionPlaces = view.placements(cols, area.rows());
        Viewport viewport = viewport(sessionPlaces, cols, area.rows());
        view.viewport(viewport);
        List<Pdu.PaneGeometry> places = viewport.shift(sessionPlaces);
        boolean complete = resized.getAndSet(false);
        boolean moved = !area.equals(lastArea) || !viewport.equals(lastViewport);
        lastArea = area;
        lastViewport = viewport;
        Overlay overlay = ui.overlay();
        if (layoutDirty.getAndSet(false) || complete || moved) {
            dirtyPanes.clear();
            paintLayout(places, viewport, area, s, covers(overlay));
            statusDirty.set(true);
        } else if (!covers(overlay)) {
            paintDirtyRows(places, viewport, area);
        }
        if (overlay != null) {
            overlays.paint(screen, overlay, s, places, area.top(), cols, area.rows());
        }
        StatusRow statusRow = null;
        if (area.statusRow() >= 0) {
            Prompt prompt = ui.prompt();
            if (statusDirty.getAndSet(false) || prompt != null) {
                Pdu.SessionState state = view.state();
                statusRow = status.compose(s, prompt, ui.message(), ui.status(), state, view.lastTabId(), cols);
                OverlayPainter.draw(screen, statusRow, area.statusRow());
            }
        }
        if (ui.prompt() != null || covers(overlay) || overlay instanceof Overlay.Clock) {
            screen.setCursorPosition(null); // the prompt draws its own cursor cell, as tmux
        } else {
            placeCursor(places, viewport, area);
        }
        if (frameOut != null) {
            OuterMouse mouse = outerMouse;
            String escapes = (mouse == null ? "" : mouse.update(s, places, view::mirror)) + ui.takeToTerminal();
            if (!escapes.isEmpty()) {
                frameOut.write(escapes.getBytes(StandardCharsets.UTF_8));
            }
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

    /**
     * Where the session sits in a pane area of {@code cols x rows} ({@link Viewport}): its size from
     * the last SessionState (the area's before one came), the active pane and cursor kept in view.
     */
    private Viewport viewport(List<Pdu.PaneGeometry> places, int cols, int rows) {
        Pdu.SessionState state = view.state();
        if (state == null) {
            return Viewport.whole(cols, rows);
        }
        int active = view.activePaneId();
        PaneMirror mirror = content(active);
        return Viewport.of(state.cols(), state.rows(), cols, rows, find(places, active),
                mirror == null ? null : mirror.cursor());
    }

    private void paintLayout(List<Pdu.PaneGeometry> places, Viewport viewport, Area area, Settings.Snapshot s,
                             boolean covered) {
        int cols = viewport.areaCols();
        for (int y = 0; y < area.rows(); y++) {
            for (int x = 0; x < cols; x++) {
                screen.setCharacter(x, area.top() + y, PaneRenderer.BLANK);
            }
        }
        if (!covered) {
            OutsideArea.paint(screen, viewport, area.top(), s.style("border.style"));
        }
        if (covered) {
            for (Pdu.PaneGeometry place : places) {
                PaneMirror mirror = view.mirror(place.paneId());
                if (mirror != null) {
                    mirror.takeDirtyRows(); // painted when the pager goes
                }
            }
            return;
        }
        if (places.size() > 1) {
            Borders.paint(screen, places, view.activePaneId(), viewport.visibleCols(), area.top(),
                    viewport.visibleRows(), s.style("border.style"), s.style("border.active_style"));
        }
        for (Pdu.PaneGeometry place : places) {
            Pdu.PaneGeometry clipped = clip(place, viewport, area);
            PaneMirror mirror = view.mirror(place.paneId());
            PaneMirror shown = content(place.paneId());
            if (mirror != null) {
                mirror.takeDirtyRows();
            }
            if (shown != null && clipped != null) {
                shown.takeDirtyRows();
                panes.draw(screen, clipped, shown, null, clipped.x() - place.x(), clipped.y() - area.top() - place.y());
            }
        }
    }

    private void paintDirtyRows(List<Pdu.PaneGeometry> places, Viewport viewport, Area area) {
        for (Iterator<Integer> it = dirtyPanes.iterator(); it.hasNext(); ) {
            int paneId = it.next();
            it.remove();
            PaneMirror mirror = content(paneId);
            Pdu.PaneGeometry place = find(places, paneId);
            if (mirror == null || place == null) {
                continue;
            }
            PaneMirror live = view.mirror(paneId);
            if (live != null && live != mirror) {
                live.takeDirtyRows(); // copy mode shows its own frozen view
            }
            BitSet rows = mirror.takeDirtyRows();
            Pdu.PaneGeometry clipped = clip(place, viewport, area);
            if (clipped != null && rows != null && !rows.isEmpty()) {
                panes.draw(screen, clipped, mirror, rows, clipped.x() - place.x(), clipped.y() - area.top() - place.y());
            }
        }
    }

    private void placeCursor(List<Pdu.PaneGeometry> places, Viewport viewport, Area area) {
        int active = view.activePaneId();
        Pdu.PaneGeometry place = find(places, active);
        PaneMirror mirror = content(active);
        TerminalPosition position = null;
        if (place != null && mirror != null) {
            Pdu.CursorState cursor = mirror.cursor();
            if (cursor != null && cursor.visible() && cursor.col() >= 0 && cursor.row() >= 0
                    && cursor.col() < place.cols() && cursor.row() < place.rows()) {
                int x = place.x() + cursor.col();
                int y = place.y() + cursor.row();
                if (x >= 0 && y >= 0 && x < viewport.visibleCols() && y < viewport.visibleRows()) {
                    position = new TerminalPosition(x, area.top() + y);
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

    /**
     * The part of a place (in area coordinates, see {@link Viewport#shift}) that shows in the pane
     * area, in screen rows, or null when none does. A place starting left of or above the area
     * (a session larger than the terminal) is cut there.
     */
    private static Pdu.PaneGeometry clip(Pdu.PaneGeometry p, Viewport viewport, Area area) {
        int x0 = Math.max(0, p.x());
        int y0 = Math.max(0, p.y());
        int x1 = Math.min(p.x() + p.cols(), viewport.visibleCols());
        int y1 = Math.min(p.y() + p.rows(), Math.min(viewport.visibleRows(), area.rows()));
        if (x1 <= x0 || y1 <= y0) {
            return null;
        }
        return new Pdu.PaneGeometry(p.paneId(), x0, area.top() + y0, x1 - x0, y1 - y0);
    }
}
