package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * A tab's pane tree, by pane id, with tmux's geometry: panes and the one-cell borders between
 * them exactly fill the tab's {@code cols x rows}, and every operation gives the sizes tmux gives
 * for the same window (checked against a real tmux). Pure: no PTYs, no locking (the caller holds
 * the mux lock).
 */
final class LayoutTree {
    enum Direction { LEFT, RIGHT, UP, DOWN }

    /** tmux's preset layouts, in {@code next-layout} order. */
    enum Preset {
        EVEN_HORIZONTAL("even-horizontal"), EVEN_VERTICAL("even-vertical"), MAIN_HORIZONTAL("main-horizontal"),
        MAIN_VERTICAL("main-vertical"), TILED("tiled");

        final String tmuxName;

        Preset(String tmuxName) {
            this.tmuxName = tmuxName;
        }

        /** By tmux name; null when none has it. */
        static Preset of(String name) {
            for (Preset p : values()) {
                if (p.tmuxName.equals(name)) {
                    return p;
                }
            }
            return null;
        }
    }

    LayoutTree(int firstPane, int cols, int rows) {
        throw new UnsupportedOperationException("not built yet");
    }

    int cols() {
        throw new UnsupportedOperationException("not built yet");
    }

    int rows() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Pane ids in tmux's order (depth first; the order of pane indexes). */
    List<Integer> panes() {
        throw new UnsupportedOperationException("not built yet");
    }

    boolean contains(int pane) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Split {@code target} as tmux split-window: {@code horizontal} puts the new pane beside it
     * ({@code -h}), else below; {@code size} is the new pane's cells ({@code -l N}), -1 for half;
     * {@code before} puts it left/above ({@code -b}); {@code full} spans the whole tab ({@code -f}).
     * False, with nothing changed, when there is no room (tmux: "no space for new pane").
     */
    boolean split(int target, int newPane, boolean horizontal, int size, boolean before, boolean full) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Remove a pane; its space goes where tmux gives it. */
    void remove(int pane) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The tab's size changed (a client resized): panes grow and shrink as tmux's do. */
    void resizeWindow(int cols, int rows) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** resize-pane -L/-R/-U/-D N: move the pane's edge in that direction by up to N cells. */
    void resizePane(int pane, Direction direction, int cells) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** resize-pane -x/-y: make the pane this wide/high where it can be (null: leave). */
    void resizePaneTo(int pane, Integer cols, Integer rows) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Every pane's rectangle, in {@link #panes} order. */
    List<Pdu.PaneGeometry> geometry() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The pane select-pane -L/-R/-U/-D goes to from {@code pane} (wrapping as tmux), or -1. */
    int neighbour(int pane, Direction direction) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Exchange two panes' places (swap-pane). */
    void swap(int a, int b) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** rotate-window: every pane moves one place ({@code upward}: -U, the default, else -D). */
    void rotate(boolean upward) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** select-layout: arrange every pane in a preset; {@code mainPane} is the main-* layouts' main pane. */
    void select(Preset preset, int mainPane) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** tmux's layout string with its checksum ({@code bb62,159x48,0,0{79x48,0,0,0,79x48,80,0,1}}). */
    String describe() {
        throw new UnsupportedOperationException("not built yet");
    }
}
