package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.PaneMirror;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.MouseEncoder;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The outer terminal's mouse (option {@code mouse}), as tmux 3.3's default mouse bindings: a click
 * focuses a pane, dragging a border resizes, the wheel scrolls (copy mode for panes that did not
 * ask for the mouse), a drag selects and copies, a click on a tab in the status line selects it.
 * A pane that enabled mouse reporting gets the event instead, in its own coordinates and encoding.
 * Overlays that take the mouse ({@link Overlay.Interactive}) get it first.
 *
 * <pre>
 *   tmux binding (root table)                       here
 *   MouseDown1Pane  select-pane -t=; send -M        select-pane -t %ID when not active; forward if
 *                                                  the pane asked for the mouse
 *   MouseDown2Pane  select-pane; send -M or paste -p   the same; paste-buffer -p when not forwarded
 *   MouseDown3Pane  select-pane; send -M or a menu     select and forward (no menu)
 *   MouseDrag1Pane  send -M, or copy-mode -M        forward, or CopyModes.dragBegin/dragTo
 *   MouseDragEnd1Pane (copy mode) copy-and-cancel   CopyModes.dragEnd
 *   WheelUpPane     send -M, or copy-mode -e        forward, or copy-mode -e -t %ID (enters, no scroll);
 *   WheelUpPane (copy mode) scroll-up 5             CopyModes.wheel(+5)
 *   WheelDownPane   (copy mode) scroll-down 5       CopyModes.wheel(-5) in copy mode, else forward
 *   DoubleClick1Pane / TripleClick1Pane             CopyModeMouse.selectAndCopy (word / line), or forward
 *   MouseDrag1Border resize-pane -M                 {@link BorderDrag}
 *   MouseDown1Status select-window -t=              select-window -t @ID of the label clicked
 *   WheelUpStatus / WheelDownStatus                 previous-window / next-window
 * </pre>
 * A pane in copy mode gets the mouse through copy mode even when its program asked for the mouse
 * ({@code #{||:#{pane_in_mode},#{mouse_any_flag}}}). A drag, its motion and its release belong to
 * where the button went down (tmux uses the press position for a drag's target); a forwarded
 * release outside that pane is clamped to its edge so the program sees its button come up. With a
 * prompt shown, mouse events are dropped; with an overlay that does not take the mouse too, except
 * the wheel over command output (the pager, tmux's view mode), which scrolls it by 5.
 *
 * <p>Not thread-safe: the input thread calls it.
 */
final class MouseRouter {
    /** Lines the wheel scrolls, as tmux's copy-mode bindings ({@code send -N5 -X scroll-up}). */
    static final int WHEEL_LINES = 5;

    private final AttachedSession session;
    private final SessionView view;
    private final Settings settings;
    private final ClientUi ui;
    private final CommandRunner commands;
    private final CopyModeMouse copyModes;
    private final IntSupplier screenCols;
    private final IntSupplier screenRows;

    /** What the mouse asks of copy mode ({@link CopyModes}'s mouse methods; a recorder in tests). */
    interface CopyModeMouse {
        boolean active(int paneId);

        void wheel(int paneId, int lines);

        void dragBegin(int paneId, int col, int row);

        void dragTo(int paneId, int col, int row);

        void dragEnd(int paneId, int col, int row);

        /**
         * A double ({@code line} false) or triple click at a pane's cell: select the word or the
         * line there and copy it, as tmux's DoubleClick1Pane / TripleClick1Pane
         * ({@code copy-mode -H; send -X select-word; send -X copy-pipe-and-cancel}).
         */
        void selectAndCopy(int paneId, int col, int row, boolean line);

        /** {@code c}'s methods; with null, no pane is ever in copy mode and nothing enters it. */
        static CopyModeMouse of(CopyModes c) {
            if (c == null) {
                return new CopyModeMouse() {
                    @Override public boolean active(int paneId) { return false; }
                    @Override public void wheel(int paneId, int lines) { }
                    @Override public void dragBegin(int paneId, int col, int row) { }
                    @Override public void dragTo(int paneId, int col, int row) { }
                    @Override public void dragEnd(int paneId, int col, int row) { }
                    @Override public void selectAndCopy(int paneId, int col, int row, boolean line) { }
                };
            }
            return new CopyModeMouse() {
                @Override public boolean active(int paneId) { return c.active(paneId); }
                @Override public void wheel(int paneId, int lines) { c.wheel(paneId, lines); }
                @Override public void dragBegin(int paneId, int col, int row) { c.dragBegin(paneId, col, row); }
                @Override public void dragTo(int paneId, int col, int row) { c.dragTo(paneId, col, row); }
                @Override public void dragEnd(int paneId, int col, int row) { c.dragEnd(paneId, col, row); }
                /** The copy a click scheduled; a later click replaces it (tmux's {@code run -d0.3}). */
                private final java.util.concurrent.atomic.AtomicReference<Object> pendingCopy =
                        new java.util.concurrent.atomic.AtomicReference<>();

                @Override public void selectAndCopy(int paneId, int col, int row, boolean line) {
                    Object token = new Object();
                    pendingCopy.set(token); // a double click's copy still waiting is not made
                    c.dragBegin(paneId, col, row); // in copy mode, the cursor at the cell
                    c.sendKeysX(List.of("send-keys", "-X", line ? "select-line" : "select-word"), paneId);
                    // as tmux: the selection shows for 0.3 s before it is copied, and a third
                    // click in that time makes it the line's
                    java.util.concurrent.CompletableFuture.delayedExecutor(CLICK_MILLIS,
                            java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
                                if (pendingCopy.compareAndSet(token, null)) {
                                    c.sendKeysX(List.of("send-keys", "-X", "copy-pipe-and-cancel"), paneId);
                                }
                            });
                }
            };
        }
    }

    /** What the button that is down went down on; null when none is down. */
    private Press press;
    /** tmux's KEYC_CLICK_TIMEOUT: a press this soon after the last, on the same cell, counts on. */
    static final long CLICK_MILLIS = 300;
    private final LongSupplier clock;
    private long lastClickAt = Long.MIN_VALUE;
    private int lastClickPane = -1;
    private int lastClickCol;
    private int lastClickRow;
    private int clicks;

    /** Border plans, and the last size sent for each (input thread only), so each size goes once. */
    private record Borders(List<BorderDrag.Plan> plans, int[] sent) {
        Borders(List<BorderDrag.Plan> plans) {
            this(plans, new int[plans.size()]);
        }
    }

    /** A button press and what it started. */
    /** The viewport's offset at the last event: drawn cells + offset = session cells. */
    private int offsetX;
    private int offsetY;
    /** The panes at the last event in session cells (the server's layout is in them). */
    private List<Pdu.PaneGeometry> sessionPlaces = List.of();

    private static final class Press {
        final int button;
        final MouseHits.Hit hit;
        /** The pane gets the drag and release (it asked for the mouse when the button went down). */
        boolean forward;
        /** A copy-mode selection drag has begun. */
        boolean selecting;
        /** The borders a border drag moves: first from the pane rectangles, then from the server's layout. */
        volatile Borders border = new Borders(List.of());
        /** The viewport's offset when the button went down (border plans are in session cells). */
        int offsetX;
        int offsetY;

        Press(int button, MouseHits.Hit hit) {
            this.button = button;
            this.hit = hit;
        }
    }

    MouseRouter(AttachedSession session, SessionView view, Settings settings, ClientUi ui, CommandRunner commands,
                CopyModes copyModes) {
        this(session, view, settings, ui, commands, copyModes, null, null);
    }

    /**
     * @param screenCols the outer terminal's width (null: as last drawn, {@link ClientUi#screenCols})
     * @param screenRows its height (null: as last drawn)
     */
    MouseRouter(AttachedSession session, SessionView view, Settings settings, ClientUi ui, CommandRunner commands,
                CopyModes copyModes, IntSupplier screenCols, IntSupplier screenRows) {
        this(session, view, settings, ui, commands, CopyModeMouse.of(copyModes), screenCols, screenRows);
    }

    MouseRouter(AttachedSession session, SessionView view, Settings settings, ClientUi ui, CommandRunner commands,
                CopyModeMouse copyModes, IntSupplier screenCols, IntSupplier screenRows) {
        this(session, view, settings, ui, commands, copyModes, screenCols, screenRows, System::currentTimeMillis);
    }

    /** @param clock milliseconds, for double and triple clicks */
    MouseRouter(AttachedSession session, SessionView view, Settings settings, ClientUi ui, CommandRunner commands,
                CopyModeMouse copyModes, IntSupplier screenCols, IntSupplier screenRows, LongSupplier clock) {
        this.clock = clock;
        this.session = session;
        this.view = view;
        this.settings = settings;
        this.ui = ui;
        this.commands = commands;
        this.copyModes = copyModes;
        this.screenCols = screenCols;
        this.screenRows = screenRows;
    }

    /**
     * A mouse report from the outer terminal (1-based screen cells). Bytes for a pane go to
     * {@code toPane} (pane id, bytes), in order with the keys around them.
     */
    void mouse(InputEvent.Mouse event, BiConsumer<Integer, byte[]> toPane) {
        Settings.Snapshot s = settings.get();
        if (!s.bool("mouse") || ui.prompt() != null) {
            press = null;
            return;
        }
        int cols = cols();
        FrameRenderer.Area area = FrameRenderer.Area.of(s, rows(s));
        Overlay overlay = ui.overlay();
        if (overlay != null) {
            press = null;
            if (overlay instanceof Overlay.Interactive interactive) {
                int[] at = MouseHits.areaCell(event.col(), event.row(), area);
                interactive.mouse(event, at[0], at[1]);
            } else if (overlay instanceof Overlay.Pager pager && event.press()
                    && (event.button() == MouseEncoder.WHEEL || event.button() == MouseEncoder.WHEEL + 1)) {
                // command output is tmux's view mode, which scrolls by copy mode's wheel bindings
                pager.scroll(event.button() == MouseEncoder.WHEEL ? -WHEEL_LINES : WHEEL_LINES, area.rows());
                ui.overlayChanged();
            }
            return;
        }
        // where the panes are drawn: shifted when the session is larger than this terminal
        Viewport viewport = view.viewport();
        sessionPlaces = view.placements(cols, area.rows());
        List<Pdu.PaneGeometry> places = viewport == null ? sessionPlaces : viewport.shift(sessionPlaces);
        offsetX = viewport == null ? 0 : viewport.offsetX();
        offsetY = viewport == null ? 0 : viewport.offsetY();
        int button = event.button();
        boolean wheel = (button & MouseEncoder.WHEEL) != 0;
        boolean motion = !wheel && (button & MouseEncoder.MOTION) != 0;
        if (wheel) {
            if (event.press()) {
                wheel(event, MouseHits.at(event.col(), event.row(), area, cols, places), toPane);
            }
        } else if (motion) {
            motion(event, area, cols, places, toPane);
        } else if (event.press()) {
            down(event, MouseHits.at(event.col(), event.row(), area, cols, places), s, cols, places, toPane);
        } else {
            up(event, area, cols, places, toPane);
        }
    }

    private void down(InputEvent.Mouse event, MouseHits.Hit hit, Settings.Snapshot s, int cols,
                      List<Pdu.PaneGeometry> places, BiConsumer<Integer, byte[]> toPane) {
        int button = event.button() & 3;
        press = new Press(button, hit);
        if (hit instanceof MouseHits.Hit.Pane p) {
            if (p.paneId() != view.activePaneId()) {
                commands.runLine("select-pane -t %" + p.paneId());
            }
            int count = button == 0 ? countClick(p) : 0;
            if (!inCopyMode(p.paneId()) && wantsMouse(p.paneId())) {
                press.forward = true;
                forward(event, p.paneId(), p.col(), p.row(), toPane);
            } else if (count >= 2) {
                copyModes.selectAndCopy(p.paneId(), p.col(), p.row(), count == 3);
            } else if (button == 1 && !inCopyMode(p.paneId())) {
                commands.runLine("paste-buffer -p -t %" + p.paneId());
            }
        } else if (hit instanceof MouseHits.Hit.Border b && button == 0) {
            Press p = press;
            // plans are in session cells (the server's layout is), the pointer in drawn cells
            p.offsetX = offsetX;
            p.offsetY = offsetY;
            List<Pdu.PaneGeometry> inSession = sessionPlaces;
            int bx = b.x() + offsetX;
            int by = b.y() + offsetY;
            p.border = new Borders(BorderDrag.plans(inSession, bx, by));
            // the rectangles may fit more than one split tree (inner borders in line): ask the
            // server for its layout, which says which; drags until it answers use the guess
            session.runCommand(List.of("display-message", "-p", "#{window_layout}"), view.activePaneId())
                    .thenAccept(layout -> {
                        List<BorderDrag.Plan> exact = BorderDrag.plans(layout, inSession, bx, by);
                        if (exact != null) {
                            p.border = new Borders(exact);
                        }
                    })
                    .exceptionally(e -> null);
        } else if (hit instanceof MouseHits.Hit.Status st && button == 0) {
            int tab = tabAt(s, st.col(), cols);
            if (tab >= 0) {
                commands.runLine("select-window -t @" + tab);
            }
        }
    }

    /** 1, 2 or 3: this press of button 1 is a single, double or triple click (then it starts again). */
    private int countClick(MouseHits.Hit.Pane p) {
        long now = clock.getAsLong();
        boolean again = lastClickAt != Long.MIN_VALUE && now - lastClickAt <= CLICK_MILLIS
                && lastClickPane == p.paneId() && lastClickCol == p.col() && lastClickRow == p.row();
        clicks = again && clicks < 3 ? clicks + 1 : 1;
        lastClickAt = now;
        lastClickPane = p.paneId();
        lastClickCol = p.col();
        lastClickRow = p.row();
        return clicks;
    }

    private void motion(InputEvent.Mouse event, FrameRenderer.Area area, int cols, List<Pdu.PaneGeometry> places,
                        BiConsumer<Integer, byte[]> toPane) {
        boolean buttonHeld = (event.button() & 3) != MouseEncoder.NO_BUTTON;
        Press p = press;
        if (buttonHeld && p == null) {
            return; // a drag whose press we did not take (a prompt or overlay had it)
        }
        if (!buttonHeld) {
            // motion with no button (the outer terminal reports it while a pane wants 1003)
            if (MouseHits.at(event.col(), event.row(), area, cols, places) instanceof MouseHits.Hit.Pane pane
                    && !inCopyMode(pane.paneId()) && wantsMouse(pane.paneId())) {
                forward(event, pane.paneId(), pane.col(), pane.row(), toPane);
            }
            return;
        }
        int[] at = MouseHits.areaCell(event.col(), event.row(), area);
        if (p.hit instanceof MouseHits.Hit.Pane pane) {
            Pdu.PaneGeometry g = pane.place();
            int col = at[0] - g.x();
            int row = at[1] - g.y();
            if (p.forward) {
                if (col >= 0 && row >= 0 && col < g.cols() && row < g.rows()) {
                    forward(event, pane.paneId(), col, row, toPane);
                }
            } else if (p.button == 0) {
                if (!p.selecting) {
                    p.selecting = true;
                    copyModes.dragBegin(pane.paneId(), pane.col(), pane.row());
                }
                copyModes.dragTo(pane.paneId(), col, row);
            }
        } else if (p.hit instanceof MouseHits.Hit.Border) {
            Borders borders = p.border;
            for (int i = 0; i < borders.plans().size(); i++) {
                BorderDrag.Plan plan = borders.plans().get(i);
                int pointer = plan.columns() ? at[0] + p.offsetX : at[1] + p.offsetY;
                if (plan.size(pointer) != borders.sent()[i]) {
                    borders.sent()[i] = plan.size(pointer);
                    commands.runLine(plan.command(pointer));
                }
            }
        }
    }

    private void up(InputEvent.Mouse event, FrameRenderer.Area area, int cols, List<Pdu.PaneGeometry> places,
                    BiConsumer<Integer, byte[]> toPane) {
        Press p = press;
        press = null;
        int[] at = MouseHits.areaCell(event.col(), event.row(), area);
        if (p != null && p.hit instanceof MouseHits.Hit.Pane pane) {
            Pdu.PaneGeometry g = pane.place();
            int col = at[0] - g.x();
            int row = at[1] - g.y();
            if (p.forward) {
                forward(event, pane.paneId(), clamp(col, g.cols()), clamp(row, g.rows()), toPane);
            } else if (p.selecting) {
                copyModes.dragEnd(pane.paneId(), col, row);
            }
            return;
        }
        if (p == null && MouseHits.at(event.col(), event.row(), area, cols, places) instanceof MouseHits.Hit.Pane pane
                && !inCopyMode(pane.paneId()) && wantsMouse(pane.paneId())) {
            forward(event, pane.paneId(), pane.col(), pane.row(), toPane); // a release whose press we did not see
        }
    }

    private void wheel(InputEvent.Mouse event, MouseHits.Hit hit, BiConsumer<Integer, byte[]> toPane) {
        boolean up = (event.button() & 1) == 0;
        if (event.button() != MouseEncoder.WHEEL && event.button() != MouseEncoder.WHEEL + 1) {
            // horizontal wheel: only a pane that asked for the mouse has a use for it
            if (hit instanceof MouseHits.Hit.Pane p && !inCopyMode(p.paneId()) && wantsMouse(p.paneId())) {
                forward(event, p.paneId(), p.col(), p.row(), toPane);
            }
            return;
        }
        if (hit instanceof MouseHits.Hit.Status) {
            commands.runLine(up ? "previous-window" : "next-window");
        } else if (hit instanceof MouseHits.Hit.Pane p) {
            if (inCopyMode(p.paneId())) {
                copyModes.wheel(p.paneId(), up ? WHEEL_LINES : -WHEEL_LINES);
            } else if (wantsMouse(p.paneId())) {
                forward(event, p.paneId(), p.col(), p.row(), toPane);
            } else if (up) {
                // tmux's WheelUpPane: copy-mode -e, which enters without scrolling ([0/N]); the
                // wheels after it scroll copy mode by 5
                commands.runLine("copy-mode -e -t %" + p.paneId());
            }
        }
    }

    private void forward(InputEvent.Mouse event, int paneId, int col, int row, BiConsumer<Integer, byte[]> toPane) {
        Pdu.PaneModes modes = modes(paneId);
        byte[] bytes = MouseEncoder.encode(event, col + 1, row + 1, modes.mouseTracking(), modes.mouseEncoding());
        if (bytes.length > 0) {
            toPane.accept(paneId, bytes);
        }
    }

    private Pdu.PaneModes modes(int paneId) {
        PaneMirror mirror = session.pane(paneId);
        if (mirror == null) {
            mirror = view.mirror(paneId);
        }
        Pdu.PaneModes m = mirror == null ? null : mirror.modes();
        return m == null ? Pdu.PaneModes.DEFAULT : m;
    }

    private boolean wantsMouse(int paneId) {
        return modes(paneId).mouseTracking() != 0;
    }

    private boolean inCopyMode(int paneId) {
        return copyModes.active(paneId);
    }

    /** The tab whose label is at column {@code col} of the status line, or -1. */
    private int tabAt(Settings.Snapshot s, int col, int cols) {
        Pdu.StatusUpdate update = ui.status();
        Pdu.SessionState state = view.state();
        if (update == null || state == null || ui.message() != null) {
            return -1; // a message covers the labels; before the server's line there are none to click
        }
        return StatusBar.server(s, update, state.activeTabId(), s.style("status.style"), cols).tabAt(col);
    }

    private int cols() {
        if (screenCols != null) {
            return screenCols.getAsInt();
        }
        if (ui.screenCols() > 0) {
            return ui.screenCols();
        }
        Pdu.SessionState state = view.state();
        return state == null ? 0 : state.cols();
    }

    private int rows(Settings.Snapshot s) {
        if (screenRows != null) {
            return screenRows.getAsInt();
        }
        if (ui.screenRows() > 0) {
            return ui.screenRows();
        }
        return ui.paneAreaRows() + (s.statusOn() ? 1 : 0);
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
