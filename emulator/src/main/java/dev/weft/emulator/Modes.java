package dev.weft.emulator;

/** The mutable mode flags; {@link #snapshot} gives the public {@link TerminalModes}. */
final class Modes {
    // Carried to clients (TerminalModes).
    boolean cursorKeysApp;
    boolean keypadApp;
    boolean bracketedPaste;
    boolean altScreen;
    boolean focusEvents;
    boolean synchronizedOutput;
    boolean reverseVideo;
    int mouseTracking;
    int mouseEncoding;
    int cursorShape;
    boolean cursorVisible = true;
    /** The kitty keyboard flags stack per screen; the top is the current flags. */
    final int[] kittyMain = new int[16];
    final int[] kittyAlt = new int[16];
    int kittyMainDepth;
    int kittyAltDepth;

    // Screen behaviour.
    boolean autowrap = true;
    boolean originMode;
    boolean insertMode;
    boolean newlineMode;
    boolean leftRightMarginMode;
    boolean cursorBlink;
    boolean sendReceive = true;

    private TerminalModes last = TerminalModes.DEFAULT;

    void reset() {
        cursorKeysApp = keypadApp = bracketedPaste = altScreen = focusEvents = synchronizedOutput = false;
        reverseVideo = false;
        mouseTracking = mouseEncoding = cursorShape = 0;
        cursorVisible = true;
        kittyMainDepth = kittyAltDepth = 0;
        autowrap = true;
        originMode = insertMode = newlineMode = leftRightMarginMode = cursorBlink = false;
        sendReceive = true;
    }

    int kittyFlags() {
        if (altScreen) {
            return kittyAltDepth == 0 ? 0 : kittyAlt[kittyAltDepth - 1];
        }
        return kittyMainDepth == 0 ? 0 : kittyMain[kittyMainDepth - 1];
    }

    TerminalModes snapshot() {
        TerminalModes m = new TerminalModes(cursorKeysApp, keypadApp, bracketedPaste, altScreen, focusEvents,
                synchronizedOutput, reverseVideo, mouseTracking, mouseEncoding, kittyFlags(), cursorVisible,
                cursorShape);
        return m.equals(last) ? last : m;
    }

    /** The current modes if they differ from those last returned by this method, else null. */
    TerminalModes changed() {
        TerminalModes before = last;
        TerminalModes now = snapshot();
        if (now.equals(before)) {
            return null;
        }
        last = now;
        return now;
    }
}
