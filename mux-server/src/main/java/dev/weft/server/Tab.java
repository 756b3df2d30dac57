package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab (tmux window): a {@link LayoutTree} of pane ids, the panes by id, the active and last
 * active pane, and the zoom flag. Guarded by the {@link Mux} lock.
 *
 * <p>Zoom (tmux {@code resize-pane -Z}): only the active pane is shown, at the whole tab size;
 * the tree keeps everyone else's place for when the zoom ends. Any split, select or kill unzooms,
 * as tmux does.
 */
final class Tab {
    private final int id;
    private int index;
    private String name;
    /** tmux automatic-rename: on until rename-window names the tab. */
    private boolean automaticRename = true;
    /** A name seen once by automatic rename, taken when seen again on the next check. */
    private String pendingName;
    private final LayoutTree layout;
    /**
     * The places of the tree (its ids) and the pane in each. A place's id is the id of the pane
     * that made it; swap-pane may later put another pane there.
     */
    private final Map<Integer, Pane> slots = new LinkedHashMap<>();
    private Pane activePane;
    private Pane lastPane;
    private boolean zoomed;
    /** The preset of the last select-layout/next-layout, for next-layout's cycle; -1 none yet. */
    private int presetIndex = -1;

    Tab(int id, int index, String name, Pane first, int firstSlot, int cols, int rows) {
        this.id = id;
        this.index = index;
        this.name = name;
        this.layout = new LayoutTree(firstSlot, cols, rows);
        this.slots.put(firstSlot, first);
        this.activePane = first;
    }

    int id() {
        return id;
    }

    int index() {
        return index;
    }

    void index(int index) {
        this.index = index;
    }

    String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }

    boolean automaticRename() {
        return automaticRename;
    }

    void automaticRename(boolean on) {
        this.automaticRename = on;
    }

    /**
     * Automatic rename saw {@code observed} as the active pane's program: the tab takes it when the
     * previous check saw it too, so a command that runs for a moment (clear, stty) does not flicker
     * through the status line. Returns true when the name changed.
     */
    boolean observeProgram(String observed) {
        if (observed == null || observed.isEmpty() || observed.equals(name)) {
            pendingName = null;
            return false;
        }
        if (observed.equals(pendingName)) {
            name = observed;
            pendingName = null;
            return true;
        }
        pendingName = observed;
        return false;
    }

    LayoutTree layout() {
        return layout;
    }

    Pane activePane() {
        return activePane;
    }

    Pane lastPane() {
        return lastPane != null && contains(lastPane) ? lastPane : null;
    }

    /** Make {@code pane} active; the previous active pane becomes the last one. */
    void activate(Pane pane) {
        if (pane != activePane && contains(pane)) {
            lastPane = activePane;
            activePane = pane;
        }
    }

    boolean zoomed() {
        return zoomed;
    }

    void zoomed(boolean on) {
        this.zoomed = on && slots.size() > 1;
    }

    int presetIndex() {
        return presetIndex;
    }

    void presetIndex(int i) {
        this.presetIndex = i;
    }

    /** Panes in tmux's order (pane index order). */
    List<Pane> panes() {
        List<Pane> out = new ArrayList<>();
        if (slots.isEmpty()) {
            return out;
        }
        for (int slot : layout.panes()) {
            Pane p = slots.get(slot);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    int paneCount() {
        return slots.size();
    }

    boolean contains(Pane pane) {
        return slotOf(pane) >= 0;
    }

    /** The tree id of the place {@code pane} holds, -1 when it is not in this tab. */
    private int slotOf(Pane pane) {
        for (Map.Entry<Integer, Pane> e : slots.entrySet()) {
            if (e.getValue() == pane) {
                return e.getKey();
            }
        }
        return -1;
    }

    int indexOf(Pane pane) {
        return panes().indexOf(pane);
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /**
     * Make a new place beside {@code target} (see {@link LayoutTree#split}) with tree id
     * {@code slot}, to be filled by {@link #fill} once its pane runs; false, with nothing
     * changed, when there is no room (tmux: "no space for new pane").
     */
    boolean reservePlace(Pane target, int slot, boolean horizontal, int size, boolean before, boolean full) {
        int at = slotOf(target);
        if (at < 0 || !layout.split(at, slot, horizontal, size, before, full)) {
            return false;
        }
        zoomed = false;
        return true;
    }

    /** The rectangle of a place (its pane's size). */
    Pdu.PaneGeometry placeGeometry(int slot) {
        for (Pdu.PaneGeometry g : layout.geometry()) {
            if (g.paneId() == slot) {
                return g;
            }
        }
        throw new IllegalStateException("no place " + slot);
    }

    void fill(int slot, Pane pane) {
        slots.put(slot, pane);
    }

    /** Give back a reserved place whose pane could not start. */
    void dropPlace(int slot) {
        if (!slots.containsKey(slot)) {
            layout.remove(slot);
        }
    }

    void resizePane(Pane pane, LayoutTree.Direction direction, int cells) {
        int slot = slotOf(pane);
        if (slot >= 0) {
            layout.resizePane(slot, direction, cells);
        }
    }

    void resizePaneTo(Pane pane, Integer cols, Integer rows) {
        int slot = slotOf(pane);
        if (slot >= 0) {
            layout.resizePaneTo(slot, cols, rows);
        }
    }

    /** select-layout: arrange the panes in a preset; the main-* layouts' main pane is the first (tmux 3.3). */
    void select(LayoutTree.Preset preset) {
        zoomed = false;
        layout.select(preset, layout.panes().get(0));
        presetIndex = preset.ordinal();
    }

    /** select-layout -E: spread the pane and its siblings out evenly (tmux layout_spread_out). */
    void spreadOut(Pane pane) {
        int slot = slotOf(pane);
        if (slot >= 0) {
            zoomed = false;
            layout.spreadOut(slot);
        }
    }

    /** select-layout with a layout string; IllegalArgumentException with tmux's cause, nothing changed. */
    void selectLayout(String layoutString) {
        layout.selectLayout(layoutString);
        zoomed = false;
    }

    /** tmux's window_layout string. */
    String describe() {
        return layout.describe();
    }

    /** Remove a pane; as tmux, the last active pane, else the one before it, else the one after, becomes active. */
    boolean remove(Pane pane) {
        int slot = slotOf(pane);
        if (slot < 0) {
            return false;
        }
        List<Pane> before = panes();
        int at = before.indexOf(pane);
        Pane neighbour = at > 0 ? before.get(at - 1) : before.size() > 1 ? before.get(1) : null;
        zoomed = false;
        if (slots.size() > 1) {
            layout.remove(slot);
        }
        slots.remove(slot);
        if (lastPane == pane) {
            lastPane = null;
        }
        if (activePane == pane) {
            activePane = lastPane != null ? lastPane : neighbour;
            lastPane = null;
        }
        return true;
    }

    /** The pane beside {@code pane} in a direction (wrapping as tmux), or null. */
    Pane neighbour(Pane pane, LayoutTree.Direction direction) {
        int slot = slotOf(pane);
        int n = slot < 0 ? -1 : layout.neighbour(slot, direction);
        return n < 0 ? null : slots.get(n);
    }

    /**
     * Exchange two panes' places; they may be in different tabs (swap-pane -s/-t). The trees keep
     * their shapes: each place now holds the other pane. Active and last panes follow the places.
     */
    static void swap(Tab ta, Pane a, Tab tb, Pane b) {
        int sa = ta.slotOf(a);
        int sb = tb.slotOf(b);
        ta.slots.put(sa, b);
        tb.slots.put(sb, a);
        if (ta != tb) {
            ta.movedAway(a, b);
            tb.movedAway(b, a);
        }
    }

    private void movedAway(Pane gone, Pane came) {
        if (activePane == gone) {
            activePane = came;
        }
        if (lastPane == gone) {
            lastPane = null;
        }
    }

    /** rotate-window: every pane moves one place; the active pane stays the same pane. */
    void rotate(boolean upward) {
        List<Integer> order = layout.panes();
        List<Pane> inOrder = panes();
        int activeIndex = inOrder.indexOf(activePane);
        int n = order.size();
        for (int i = 0; i < n; i++) {
            // -U (upward): each pane takes the place before it; the first goes last.
            int to = upward ? (i - 1 + n) % n : (i + 1) % n;
            slots.put(order.get(to), inOrder.get(i));
        }
        // As tmux: the active place stays, so the pane that moved into it becomes active.
        if (activeIndex >= 0) {
            activePane = slots.get(order.get(activeIndex));
        }
        zoomed = false;
    }

    /** The tab's size changed (the session was resized). */
    void resize(int cols, int rows) {
        if (layout.cols() != cols || layout.rows() != rows) {
            layout.resizeWindow(cols, rows);
        }
    }

    /** The geometry clients see (pane ids): only the active pane, at full size, when zoomed. */
    List<Pdu.PaneGeometry> geometry() {
        if (slots.isEmpty()) {
            return List.of();
        }
        if (zoomed && activePane != null) {
            return List.of(new Pdu.PaneGeometry(activePane.id(), 0, 0, layout.cols(), layout.rows()));
        }
        List<Pdu.PaneGeometry> out = new ArrayList<>();
        for (Pdu.PaneGeometry g : layout.geometry()) {
            Pane p = slots.get(g.paneId());
            if (p != null) {
                out.add(new Pdu.PaneGeometry(p.id(), g.x(), g.y(), g.cols(), g.rows()));
            }
        }
        return out;
    }

    /** The geometry of one pane as clients see it, or null when it is hidden (zoom) or absent. */
    Pdu.PaneGeometry geometry(Pane pane) {
        for (Pdu.PaneGeometry g : geometry()) {
            if (g.paneId() == pane.id()) {
                return g;
            }
        }
        return null;
    }

    /** Where the pane sits in the tree, zoomed or not; null when absent. */
    Pdu.PaneGeometry layoutGeometry(Pane pane) {
        int slot = slotOf(pane);
        for (Pdu.PaneGeometry g : layout.geometry()) {
            if (g.paneId() == slot) {
                return new Pdu.PaneGeometry(pane.id(), g.x(), g.y(), g.cols(), g.rows());
            }
        }
        return null;
    }

    /** The panes a client of this tab shows. */
    List<Pane> visiblePanes() {
        List<Pane> out = new ArrayList<>();
        for (Pdu.PaneGeometry g : geometry()) {
            Pane p = byId(g.paneId());
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    Pane byId(int paneId) {
        for (Pane p : slots.values()) {
            if (p.id() == paneId) {
                return p;
            }
        }
        return null;
    }

    /** PTY resizes that make every visible pane's PTY match its geometry (run outside the lock). */
    List<Runnable> ptyResizes() {
        List<Runnable> out = new ArrayList<>();
        for (Pdu.PaneGeometry g : geometry()) {
            Pane p = byId(g.paneId());
            if (p != null) {
                out.add(() -> p.resize(g.cols(), g.rows()));
            }
        }
        return out;
    }

    Pdu.TabInfo info() {
        return new Pdu.TabInfo(id, index, name, activePane == null ? -1 : activePane.id(), zoomed, geometry());
    }
}
