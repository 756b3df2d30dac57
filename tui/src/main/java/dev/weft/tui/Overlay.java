package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * A client-side mode drawn over the pane area that takes the keyboard while it is shown (tmux's
 * pane modes and overlays): the pane numbers of display-panes, the big clock, the pager of command
 * output. At most one at a time; the status-line prompt ({@link Prompt}) is separate.
 */
sealed interface Overlay {
    /** display-panes: each visible pane's number; a digit picks one and runs {@code template}. */
    record PaneNumbers(List<Numbered> panes, int activePaneId, String template) implements Overlay {
        /** The pane with this number, or null. */
        Numbered find(int number) {
            for (Numbered n : panes) {
                if (n.number() == number) {
                    return n;
                }
            }
            return null;
        }
    }

    /**
     * An overlay that draws itself and takes keys and the mouse (the choosers). It ends itself
     * with {@link ClientUi#endOverlay}. Covers the whole pane area, as the pager does.
     */
    non-sealed interface Interactive extends Overlay {
        /** A key while shown. */
        void key(dev.weft.keymaps.KeyEvent key);

        /** A mouse event at ({@code x}, {@code y}) of the pane area, 0-based. */
        default void mouse(dev.weft.keymaps.InputEvent.Mouse event, int x, int y) {
        }

        /** Paint over the pane area: {@code cols} x {@code rows} from screen row {@code top}. */
        void paint(com.googlecode.lanterna.screen.Screen screen, Settings.Snapshot s, int top, int cols, int rows);
    }

    /** A pane's number and where it is drawn. */
    record Numbered(int number, Pdu.PaneGeometry place) {}

    /** clock-mode in one pane, until a key. */
    record Clock(int paneId) implements Overlay {}

    /** Command output to read (tmux's view mode): {@code top} is the first line shown. */
    final class Pager implements Overlay {
        private final List<String> lines;
        private volatile int top;

        Pager(String text) {
            this.lines = List.of(text.split("\n", -1)).stream()
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            while (this.lines.size() > 1 && this.lines.get(this.lines.size() - 1).isEmpty()) {
                this.lines.remove(this.lines.size() - 1); // the last newline ends a line, not starts one
            }
        }

        List<String> lines() {
            return lines;
        }

        int top() {
            return top;
        }

        /** The furthest {@code top} can go with {@code rows} rows shown. */
        int maxTop(int rows) {
            return Math.max(0, lines.size() - rows);
        }

        void scroll(int delta, int rows) {
            top = Math.max(0, Math.min(maxTop(rows), top + delta));
        }

        void toTop() {
            top = 0;
        }

        void toBottom(int rows) {
            top = maxTop(rows);
        }

        /**
         * tmux's position indicator {@code [N/M]}: M the lines that do not fit, N how many of them
         * are below the view (so the top is {@code [M/M]}, the end {@code [0/M]}).
         */
        String position(int rows) {
            int max = maxTop(rows);
            return "[" + (max - top) + "/" + max + "]";
        }
    }
}
