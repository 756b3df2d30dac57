package dev.weft.client;

import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/** Builders for PaneUpdates in tests. */
final class Frames {
    private Frames() {}

    static Pdu.StyledLine text(String s) {
        return new Pdu.StyledLine(false, List.of(new Pdu.StyledRun(0, 0, 0, 0,
                s.codePoints().mapToObj(Character::toString).toList())));
    }

    /** An update of {@code rows} rows where each entry of {@code rowsAndText} is "row:text". */
    static Pdu.PaneUpdate update(int paneId, long seq, boolean full, int cols, int rows, Pdu.CursorState cursor,
                                 String... rowsAndText) {
        List<Pdu.RowUpdate> lines = new ArrayList<>();
        for (String rt : rowsAndText) {
            int colon = rt.indexOf(':');
            lines.add(new Pdu.RowUpdate(Integer.parseInt(rt.substring(0, colon)), text(rt.substring(colon + 1))));
        }
        return new Pdu.PaneUpdate(paneId, seq, full, cols, rows, lines, cursor, Pdu.PaneModes.DEFAULT, "title " + seq,
                seq * 10, seq * 10 - 1, Pdu.PaneUpdate.ECHO | Pdu.PaneUpdate.ICANON, 0);
    }

    static Pdu.CursorState cursor(int row, int col) {
        return new Pdu.CursorState(row, col, true, 0);
    }
}
