package dev.weft.emulator;

/**
 * The modes a multiplexer must carry to its clients for encoding keys and mouse events.
 * mouseTracking: 0 off, 9 (X10), 1000, 1002, 1003. mouseEncoding: 0 (X10), 1005, 1006, 1015, 1016.
 */
public record TerminalModes(boolean cursorKeysApp, boolean keypadApp, boolean bracketedPaste,
                            boolean altScreen, boolean focusEvents, boolean synchronizedOutput,
                            boolean reverseVideo, int mouseTracking, int mouseEncoding,
                            int kittyKeyboardFlags, boolean cursorVisible, int cursorShape) {
    public static final TerminalModes DEFAULT =
            new TerminalModes(false, false, false, false, false, false, false, 0, 0, 0, true, 0);
}
