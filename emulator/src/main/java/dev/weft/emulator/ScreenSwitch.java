package dev.weft.emulator;

/** Cursor save/restore (DECSC/DECRC), main and alternate screens, soft and hard reset. */
final class ScreenSwitch {
    private ScreenSwitch() {}

    static SavedCursor saved(Emulator e) {
        return e.altActive ? e.savedAlt : e.savedMain;
    }

    static void saveCursor(Emulator e) {
        SavedCursor s = saved(e);
        s.col = e.cx;
        s.row = e.cy;
        s.pendingWrap = e.pendingWrap;
        s.originMode = e.modes.originMode;
        s.pen.copyFrom(e.pen);
        s.charsets.copyFrom(e.charsets);
        s.valid = true;
    }

    static void restoreCursor(Emulator e) {
        SavedCursor s = saved(e);
        if (!s.valid) {
            e.pen.reset();
            e.charsets.reset();
            e.modes.originMode = false;
            e.moveTo(0, 0);
            return;
        }
        e.pen.copyFrom(s.pen);
        e.charsets.copyFrom(s.charsets);
        e.modes.originMode = s.originMode;
        e.moveTo(s.col, s.row);
        e.pendingWrap = s.pendingWrap && e.cx == e.cols - 1;
    }

    /** Switch between main and alternate screens. */
    static void useAltScreen(Emulator e, boolean alt, boolean clear) {
        if (alt == e.altActive) {
            if (alt && clear) {
                clearGrid(e, e.grid);
            }
            return;
        }
        Row[] t = e.grid;
        e.grid = e.otherGrid;
        e.otherGrid = t;
        e.altActive = alt;
        e.modes.altScreen = alt;
        e.modesDirty = true;
        if (alt && clear) {
            clearGrid(e, e.grid);
        }
        e.touchAll();
    }

    static void clearGrid(Emulator e, Row[] g) {
        for (Row r : g) {
            r.clear(e.pen.bg);
        }
        e.touchAll();
    }

    /** RIS: everything back to power-on state (scrollback kept, as xterm and tmux do). */
    static void fullReset(Emulator e) {
        if (e.altActive) {
            useAltScreen(e, false, false);
        }
        for (Row r : e.otherGrid) {
            r.clear(0);
        }
        e.pen.reset();
        e.charsets.reset();
        e.modes.reset();
        e.modesDirty = true;
        e.tabs.reset();
        e.resetMargins();
        e.savedMain = new SavedCursor();
        e.savedAlt = new SavedCursor();
        for (Row r : e.grid) {
            r.clear(0);
        }
        e.moveTo(0, 0);
        e.touchAll();
        e.lastPrinted = -1;
        e.joinNext = false;
        e.currentLink = null;
        e.palette.resetAll();
        e.rectangleExtent = false;
        e.title = "";
        e.iconTitle = "";
    }

    /** DECSTR: soft reset (modes, margins, pen, saved cursor), screen content kept. */
    static void softReset(Emulator e) {
        e.modes.insertMode = false;
        e.modes.originMode = false;
        e.modes.autowrap = true;
        e.modes.cursorKeysApp = false;
        e.modes.keypadApp = false;
        e.modes.cursorVisible = true;
        e.modes.leftRightMarginMode = false;
        e.modesDirty = true;
        e.resetMargins();
        e.pen.reset();
        e.charsets.reset();
        saved(e).valid = false;
        e.pendingWrap = false;
        e.dirty = true;
    }
}
