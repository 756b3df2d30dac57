package dev.weft.emulator;

/** DEC private and ANSI modes: DECSET/DECRST and the states DECRQM reports. */
final class DecModes {
    private DecModes() {}

    /** DECSET / DECRST. */
    static void decMode(Emulator e, int mode, boolean on) {
        Modes m = e.modes;
        switch (mode) {
            case 1 -> m.cursorKeysApp = on;
            case 3 -> {
                // DECCOLM: a pane keeps its width (as tmux), but the screen is cleared, the cursor
                // homed and the margins reset, as on a VT100 and in xterm and tmux.
                e.resetMargins();
                for (int r = 0; r < e.rows; r++) {
                    GridEdits.eraseCells(e, r, 0, e.cols, false);
                }
                e.moveTo(0, 0);
            }
            case 5 -> {
                m.reverseVideo = on;
                e.touchAll();
            }
            case 6 -> {
                m.originMode = on;
                e.moveToOrigin(0, 0);
            }
            case 7 -> m.autowrap = on;
            case 9, 1000, 1002, 1003 -> {
                if (on) {
                    m.mouseTracking = mode;
                } else if (m.mouseTracking == mode) {
                    m.mouseTracking = 0;
                }
            }
            case 12 -> m.cursorBlink = on;
            case 25 -> m.cursorVisible = on;
            case 47 -> ScreenSwitch.useAltScreen(e, on, false);
            case 66 -> m.keypadApp = on;
            case 69 -> {
                m.leftRightMarginMode = on;
                if (!on) {
                    e.left = 0;
                    e.right = e.cols;
                }
            }
            case 1004 -> m.focusEvents = on;
            case 1005, 1006, 1015, 1016 -> {
                if (on) {
                    m.mouseEncoding = mode;
                } else if (m.mouseEncoding == mode) {
                    m.mouseEncoding = 0;
                }
            }
            case 1047 -> {
                if (on) {
                    ScreenSwitch.useAltScreen(e, true, false);
                } else {
                    if (e.altActive) {
                        ScreenSwitch.clearGrid(e, e.grid);
                    }
                    ScreenSwitch.useAltScreen(e, false, false);
                }
            }
            case 1048 -> {
                if (on) {
                    ScreenSwitch.saveCursor(e);
                } else {
                    ScreenSwitch.restoreCursor(e);
                }
            }
            case 1049 -> {
                if (on) {
                    if (!e.altActive) {
                        ScreenSwitch.saveCursor(e);
                        ScreenSwitch.useAltScreen(e, true, true);
                    }
                } else if (e.altActive) {
                    ScreenSwitch.useAltScreen(e, false, false);
                    ScreenSwitch.restoreCursor(e);
                }
            }
            case 2004 -> m.bracketedPaste = on;
            case 2026 -> m.synchronizedOutput = on;
            default -> { }
        }
        e.modesDirty = true;
    }

    /** The state of a DEC private mode for DECRQM: 1 set, 2 reset, 0 not recognised. */
    static int decModeState(Emulator e, int mode) {
        Modes m = e.modes;
        Boolean v = switch (mode) {
            case 1 -> m.cursorKeysApp;
            case 5 -> m.reverseVideo;
            case 6 -> m.originMode;
            case 7 -> m.autowrap;
            case 9, 1000, 1002, 1003 -> m.mouseTracking == mode;
            case 12 -> m.cursorBlink;
            case 25 -> m.cursorVisible;
            case 47, 1047, 1049 -> e.altActive;
            case 66 -> m.keypadApp;
            case 69 -> m.leftRightMarginMode;
            case 1004 -> m.focusEvents;
            case 1005, 1006, 1015, 1016 -> m.mouseEncoding == mode;
            case 2004 -> m.bracketedPaste;
            case 2026 -> m.synchronizedOutput;
            default -> null;
        };
        return v == null ? 0 : v ? 1 : 2;
    }

    /** The state of an ANSI mode for DECRQM. */
    static int ansiModeState(Emulator e, int mode) {
        return switch (mode) {
            case 4 -> e.modes.insertMode ? 1 : 2;
            case 12 -> e.modes.sendReceive ? 1 : 2;
            case 20 -> e.modes.newlineMode ? 1 : 2;
            default -> 0;
        };
    }
}
