package dev.weft.client;

import dev.weft.protocol.Pdu;

/**
 * The client's copy of one pane, kept current from {@link Pdu.PaneUpdate}s. Reads are safe from
 * any thread: each returns a value from one consistent update.
 */
public interface PaneMirror {
    int paneId();

    int cols();

    int rows();

    /** Visible row {@code row}; a blank line when the server sent none. */
    Pdu.StyledLine line(int row);

    Pdu.CursorState cursor();

    Pdu.PaneModes modes();

    String title();

    /** Highest input serial the pane has consumed / shown output after. */
    long inputSerialConsumed();

    long inputSerialEchoed();

    int echoFlags();

    /**
     * Whether the last update changed what the pane shows (rows, cursor, modes, title); false for
     * a frame that only reports input serials or echo flags. Read it in {@link SessionListener#paneChanged}.
     */
    default boolean lastUpdateVisible() {
        return true;
    }

    /** Rows changed by the last update (for redrawing only what changed); cleared by the reader. */
    java.util.BitSet takeDirtyRows();
}
