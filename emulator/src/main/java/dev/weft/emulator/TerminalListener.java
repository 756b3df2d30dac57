package dev.weft.emulator;

/**
 * What the emulator tells its owner. Called synchronously from {@link Terminal#feed}; the
 * emulator does no I/O itself, so replies are handed here to be written to the PTY.
 */
public interface TerminalListener {
    /** Bytes the terminal answers with (DA, CPR, DECRQSS, ...), to be written to the PTY. */
    default void reply(byte[] bytes) {}

    default void titleChanged(String title) {}

    default void bell() {}

    /** OSC 7: the program's working directory as a file:// URI. */
    default void workingDirectoryChanged(String uri) {}

    /** OSC 52 set: {@code selection} as sent ("c", "p", ...), data already base64-decoded. */
    default void clipboardSet(String selection, byte[] data) {}

    /** OSC 1337 SetUserVar, value base64-decoded. */
    default void userVarChanged(String name, String value) {}

    /** The palette or the default colours changed (OSC 4/10/11/12/104/110-112). */
    default void colorsChanged() {}

    /** Any mode in {@link TerminalModes} changed. */
    default void modesChanged(TerminalModes modes) {}

    TerminalListener NONE = new TerminalListener() {};
}
