package dev.weft.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a chooser before it is laid out (tmux's mode_tree_item): a session, window, pane,
 * buffer or client. {@code key} identifies it across rebuilds (so the selection, expanded and
 * tagged state survive a reload, as tmux's tags do); {@code target} is what {@code %%} becomes in
 * the template. {@code expanded} and {@code tagged} change as the user works the list; the rest
 * is fixed when the item is made.
 */
final class ChooserItem {
    enum Kind { SESSION, WINDOW, PANE, BUFFER, CLIENT }

    final Kind kind;
    final String key;
    final String target;
    final String name;
    final String text;
    /** The pane whose screen the preview shows, -1 for none. */
    final int previewPane;
    /** The label drawn in the middle of the preview (tmux: the window or pane number), or "". */
    final String label;
    /** Sort keys: tmux's index (numbers in order), name, time (bigger is newer) and size. */
    final long index;
    final String sortName;
    final long time;
    final long size;

    ChooserItem parent;
    final List<ChooserItem> children = new ArrayList<>();
    boolean expanded = true;
    boolean tagged;

    ChooserItem(Kind kind, String key, String target, String name, String text, int previewPane, String label,
                long index, String sortName, long time, long size) {
        this.kind = kind;
        this.key = key;
        this.target = target;
        this.name = name;
        this.text = text;
        this.previewPane = previewPane;
        this.label = label;
        this.index = index;
        this.sortName = sortName;
        this.time = time;
        this.size = size;
    }

    void add(ChooserItem child) {
        child.parent = this;
        children.add(child);
    }

    /** What a line shows after the key and tree prefix: {@code name: text} ({@link #text} without tmux's style markers). */
    String line() {
        return name + ": " + plain(text);
    }

    /** {@code text} without {@code #[...]} style markers (the list draws plain text). */
    static String plain(String text) {
        if (text.indexOf("#[") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("#[", i)) {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                i = close + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return key + " " + line();
    }
}
