package dev.weft.server;

import dev.weft.emulator.Line;
import dev.weft.emulator.TerminalModes;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;

/** Emulator rows and modes to their protocol form. */
final class StyledLines {

    /** Adjacent cells with the same fg, bg, underline colour and attributes form one run; a wide character's second cell is "". */
    static Pdu.StyledLine of(Line line) {
        List<Pdu.StyledRun> runs = new ArrayList<>();
        int cols = line.cols();
        int col = 0;
        while (col < cols) {
            int fg = line.fg(col);
            int bg = line.bg(col);
            int ul = line.underlineColor(col);
            int attrs = line.attrs(col);
            List<String> cells = new ArrayList<>();
            while (col < cols && line.fg(col) == fg && line.bg(col) == bg
                    && line.underlineColor(col) == ul && line.attrs(col) == attrs) {
                cells.add(line.width(col) == 0 ? "" : line.text(col));
                col++;
            }
            runs.add(new Pdu.StyledRun(fg, bg, ul, attrs, cells));
        }
        return new Pdu.StyledLine(line.wrapped(), runs);
    }

    static Pdu.PaneModes modes(TerminalModes m) {
        int flags = 0;
        if (m.cursorKeysApp()) {
            flags |= Pdu.PaneModes.CURSOR_KEYS_APP;
        }
        if (m.keypadApp()) {
            flags |= Pdu.PaneModes.KEYPAD_APP;
        }
        if (m.bracketedPaste()) {
            flags |= Pdu.PaneModes.BRACKETED_PASTE;
        }
        if (m.altScreen()) {
            flags |= Pdu.PaneModes.ALT_SCREEN;
        }
        if (m.focusEvents()) {
            flags |= Pdu.PaneModes.FOCUS_EVENTS;
        }
        if (m.synchronizedOutput()) {
            flags |= Pdu.PaneModes.SYNCHRONIZED_OUTPUT;
        }
        if (m.reverseVideo()) {
            flags |= Pdu.PaneModes.REVERSE_VIDEO;
        }
        return new Pdu.PaneModes(flags, m.mouseTracking(), m.mouseEncoding(), m.kittyKeyboardFlags());
    }

    private StyledLines() {}
}
