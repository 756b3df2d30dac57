package dev.weft.emulator;

/** What the {@link Parser} reports: the actions of the vt100.net state machine. */
interface ParserHandler {
    /** A run of printable ASCII bytes (0x20-0x7E) in the ground state, for speed. */
    void printAscii(byte[] data, int from, int to);

    /** One printable code point (>= 0x20, not DEL), already decoded from UTF-8. */
    void print(int codePoint);

    /** A C0 control (0x00-0x1F) or a C1 control (0x80-0x9F) that is executed. */
    void execute(int control);

    /** An escape sequence: intermediates packed as bytes (up to 2 kept), final byte. */
    void escDispatch(int intermediates, int finalByte);

    /** A control sequence; {@code params} are owned by the parser and valid only during the call. */
    void csiDispatch(CsiParams params, int intermediates, int finalByte);

    /** An operating system command, its payload without the terminator. */
    void oscDispatch(String payload);

    /** A device control string: parameters, intermediates, final byte and payload. */
    void dcsDispatch(CsiParams params, int intermediates, int finalByte, String payload);
}
