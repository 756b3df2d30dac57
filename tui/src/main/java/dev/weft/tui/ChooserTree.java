package dev.weft.tui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The list of a chooser as tmux's mode-tree keeps it (mode-tree.c): items in a tree, laid out as
 * lines (an item's children follow it while it is expanded), the current line and the first line
 * shown, the sort order, tags, and the filter typed with {@code /}. Not thread-safe: its
 * {@link Chooser} guards it.
 *
 * <p>The typed filter narrows the list on every key: an item stays when its line
 * ({@code name: text}) holds the text, case-insensitively, or when one of its descendants does; an
 * item that matches itself keeps its children as they were, one kept for a descendant shows
 * expanded with only its matching children. As tmux's filter, a filter that matches nothing is
 * ignored (the whole list shows, marked "no matches").
 */
final class ChooserTree {
    /** One laid-out line: the item, its depth, whether it is the last of its siblings, whether its siblings are all leaves. */
    record Line(ChooserItem item, int depth, boolean last, boolean flat, boolean open) {}

    private final List<String> sortNames;
    private final List<Comparator<ChooserItem>> sorts;
    private List<ChooserItem> roots = List.of();
    private List<Line> lines = List.of();
    private int current;
    private int offset;
    private int rows = 24;
    private boolean preview = true;
    private int sort;
    private boolean reversed;
    private String search;
    private boolean noMatches;

    ChooserTree(List<String> sortNames, List<Comparator<ChooserItem>> sorts) {
        this.sortNames = List.copyOf(sortNames);
        this.sorts = List.copyOf(sorts);
    }

    // ---- content -------------------------------------------------------------------------------

    /**
     * New items (a reload): expanded and tagged states carry over by key, as tmux's saved items
     * do; the current line stays on the same key when it still exists.
     */
    void replace(List<ChooserItem> items) {
        List<ChooserItem> old = roots;
        for (ChooserItem item : all(items)) {
            ChooserItem before = find(old, item.key);
            if (before != null) {
                item.expanded = before.expanded;
                item.tagged = before.tagged;
            }
        }
        String keep = lines.isEmpty() ? null : lines.get(current).item().key;
        roots = List.copyOf(items);
        build(keep);
    }

    List<ChooserItem> roots() {
        return roots;
    }

    List<Line> lines() {
        return lines;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    int current() {
        return current;
    }

    int offset() {
        return offset;
    }

    /** The current item, or null when the list is empty. */
    ChooserItem currentItem() {
        return lines.isEmpty() ? null : lines.get(current).item();
    }

    /** Make the item with this key current (its ancestors are expanded so it shows); false when there is none. */
    boolean select(String key) {
        ChooserItem item = find(roots, key);
        if (item == null) {
            return false;
        }
        for (ChooserItem p = item.parent; p != null; p = p.parent) {
            p.expanded = true;
        }
        build(key);
        return true;
    }

    // ---- layout (tmux's mode_tree_build) -------------------------------------------------------

    /** The pane area is {@code rows} high: the list's height follows from it. */
    void rows(int rows) {
        this.rows = Math.max(1, rows);
        keepVisible();
    }

    /**
     * How many rows the list takes: tmux gives it two thirds of the area, half when the list is
     * shorter than that, all of it when that would be under 10 rows or leave under 2 for the
     * preview, or when the preview is off.
     */
    int height() {
        if (!preview) {
            return rows;
        }
        int h = (rows / 3) * 2;
        if (h > lines.size()) {
            h = rows / 2;
        }
        if (h < 10) {
            h = rows;
        }
        if (rows - h < 2) {
            h = rows;
        }
        return Math.max(1, h);
    }

    boolean preview() {
        return preview;
    }

    void togglePreview() {
        preview = !preview;
        keepVisible();
    }

    void preview(boolean on) {
        preview = on;
        keepVisible();
    }

    // ---- sort -----------------------------------------------------------------------------------

    String sortName() {
        return sortNames.get(sort);
    }

    boolean reversed() {
        return reversed;
    }

    /** {@code -O}: the sort called {@code name} (case-insensitive); an unknown name keeps the default, as tmux. */
    void sortBy(String name) {
        for (int i = 0; i < sortNames.size(); i++) {
            if (sortNames.get(i).equalsIgnoreCase(name)) {
                sort = i;
            }
        }
        rebuild();
    }

    /** {@code O}: the next sort. */
    void nextSort() {
        sort = (sort + 1) % sortNames.size();
        rebuild();
    }

    /** {@code r}, {@code -r}. */
    void reverse() {
        reversed = !reversed;
        rebuild();
    }

    // ---- the typed filter -----------------------------------------------------------------------

    /** The filter typed with {@code /}, or null. */
    String search() {
        return search;
    }

    void search(String text) {
        search = text == null || text.isEmpty() ? null : text;
        rebuild();
    }

    /** The filter matched nothing, so the whole list shows (tmux's "no matches"). */
    boolean noMatches() {
        return noMatches;
    }

    // ---- moving ---------------------------------------------------------------------------------

    void up(boolean wrap) {
        if (lines.isEmpty()) {
            return;
        }
        if (current == 0) {
            if (wrap) {
                current = lines.size() - 1;
            }
        } else {
            current--;
        }
        keepVisible();
    }

    void down(boolean wrap) {
        if (lines.isEmpty()) {
            return;
        }
        if (current == lines.size() - 1) {
            if (wrap) {
                current = 0;
            }
        } else {
            current++;
        }
        keepVisible();
    }

    void pageUp() {
        for (int i = 0; i < height() && current > 0; i++) {
            up(true);
        }
    }

    void pageDown() {
        for (int i = 0; i < height() && current < lines.size() - 1; i++) {
            down(true);
        }
    }

    void home() {
        current = 0;
        keepVisible();
    }

    void end() {
        current = Math.max(0, lines.size() - 1);
        keepVisible();
    }

    /** A line of the list area was clicked: select it; false when the row shows no line. */
    boolean selectRow(int row) {
        int i = offset + row;
        if (row < 0 || row >= height() || i >= lines.size()) {
            return false;
        }
        current = i;
        return true;
    }

    /** A shortcut ({@code 0}-{@code 9}, {@code M-a}...): true when it names a line, which is now current. */
    boolean choice(int index) {
        if (index < 0 || index >= lines.size()) {
            return false;
        }
        current = index;
        keepVisible();
        return true;
    }

    /** The shortcut shown for line {@code i}: 0-9, then M-a to M-z, then none (""). */
    static String shortcut(int i) {
        if (i < 10) {
            return Integer.toString(i);
        }
        if (i < 36) {
            return "M-" + (char) ('a' + i - 10);
        }
        return "";
    }

    /** Left, h, -: collapse the current item, or go to its parent (and collapse that), as tmux. */
    void collapse() {
        if (lines.isEmpty()) {
            return;
        }
        Line line = lines.get(current);
        ChooserItem item = line.item();
        if (line.flat() || !line.open()) {
            item = item.parent;
        }
        if (item == null) {
            up(false);
            return;
        }
        item.expanded = false;
        build(item.key);
    }

    /** Right, l, +: expand the current item, or move down when it is open (or has no children). */
    void expand() {
        if (lines.isEmpty()) {
            return;
        }
        Line line = lines.get(current);
        if (line.flat() || line.open()) {
            down(false);
        } else {
            line.item().expanded = true;
            rebuild();
        }
    }

    /** M-+: every item expanded. */
    void expandAll() {
        for (ChooserItem item : all(roots)) {
            item.expanded = true;
        }
        rebuild();
    }

    /** M--: every item collapsed; the current line moves to its top-level item. */
    void collapseAll() {
        ChooserItem item = currentItem();
        while (item != null && item.parent != null) {
            item = item.parent;
        }
        for (ChooserItem i : all(roots)) {
            i.expanded = false;
        }
        build(item == null ? null : item.key);
    }

    // ---- tags -------------------------------------------------------------------------------------

    /** t: tag or untag the current item (never an item and its parent or children both) and move down. */
    void toggleTag() {
        ChooserItem item = currentItem();
        if (item == null) {
            return;
        }
        if (!item.tagged) {
            for (ChooserItem p = item.parent; p != null; p = p.parent) {
                p.tagged = false;
            }
            for (ChooserItem c : all(item.children)) {
                c.tagged = false;
            }
            item.tagged = true;
        } else {
            item.tagged = false;
        }
        down(false);
    }

    /** T: no item tagged. */
    void tagNone() {
        for (ChooserItem item : all(roots)) {
            item.tagged = false;
        }
    }

    /** C-t: every top-level line tagged (tmux), the others not. */
    void tagAll() {
        for (Line line : lines) {
            line.item().tagged = line.item().parent == null;
        }
    }

    /** The tagged items shown, in list order. */
    List<ChooserItem> tagged() {
        List<ChooserItem> out = new ArrayList<>();
        for (Line line : lines) {
            if (line.item().tagged) {
                out.add(line.item());
            }
        }
        return out;
    }

    // ---- building lines ---------------------------------------------------------------------------

    private void rebuild() {
        build(lines.isEmpty() ? null : lines.get(current).item().key);
    }

    private void build(String keepKey) {
        List<Line> out = new ArrayList<>();
        noMatches = false;
        if (search != null) {
            lay(roots, 0, out, false);
            if (out.isEmpty()) {
                noMatches = true;
            }
        }
        if (search == null || noMatches) {
            lay(roots, 0, out, true);
        }
        lines = List.copyOf(out);
        current = 0;
        for (int i = 0; keepKey != null && i < lines.size(); i++) {
            if (lines.get(i).item().key.equals(keepKey)) {
                current = i;
                break;
            }
        }
        if (current == 0 || current < offset) {
            offset = 0;
        }
        keepVisible();
    }

    /** Lay out {@code items} at {@code depth}; {@code all}: no filtering below here. */
    private void lay(List<ChooserItem> items, int depth, List<Line> out, boolean all) {
        List<ChooserItem> sorted = new ArrayList<>(items);
        Comparator<ChooserItem> order = sorts.get(sort);
        sorted.sort(reversed ? order.reversed() : order);
        List<ChooserItem> shown = new ArrayList<>();
        for (ChooserItem item : sorted) {
            if (all || matchesBelow(item)) {
                shown.add(item);
            }
        }
        boolean flat = sorted.stream().allMatch(i -> i.children.isEmpty());
        for (int i = 0; i < shown.size(); i++) {
            ChooserItem item = shown.get(i);
            boolean self = all || matches(item);
            // kept for a descendant only: open, showing the matching children
            boolean open = !item.children.isEmpty() && (self ? item.expanded : true);
            out.add(new Line(item, depth, i == shown.size() - 1, flat, open));
            if (open) {
                lay(item.children, depth + 1, out, self);
            }
        }
    }

    private boolean matches(ChooserItem item) {
        return item.line().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }

    private boolean matchesBelow(ChooserItem item) {
        if (matches(item)) {
            return true;
        }
        for (ChooserItem c : item.children) {
            if (matchesBelow(c)) {
                return true;
            }
        }
        return false;
    }

    private void keepVisible() {
        int h = height();
        if (current < offset) {
            offset = current;
        }
        if (current > offset + h - 1) {
            offset = current - h + 1;
        }
        offset = Math.max(0, Math.min(offset, Math.max(0, lines.size() - 1)));
    }

    static List<ChooserItem> all(List<ChooserItem> items) {
        List<ChooserItem> out = new ArrayList<>();
        for (ChooserItem i : items) {
            out.add(i);
            out.addAll(all(i.children));
        }
        return out;
    }

    private static ChooserItem find(List<ChooserItem> items, String key) {
        for (ChooserItem i : all(items)) {
            if (i.key.equals(key)) {
                return i;
            }
        }
        return null;
    }
}
