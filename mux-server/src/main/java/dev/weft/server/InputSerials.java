package dev.weft.server;

/**
 * One client's input bookkeeping for one pane. {@code consumed}: the serial of the last input
 * written to the PTY. {@code echoed}: the last consumed serial after which the pane produced
 * output, i.e. the application has answered (echoed) that input - the same heuristic mosh uses.
 */
final class InputSerials {
    private volatile long consumed;
    private volatile long echoed;

    long consumed() {
        return consumed;
    }

    long echoed() {
        return echoed;
    }

    void consumed(long serial) {
        if (serial > consumed) {
            consumed = serial;
        }
    }

    /** Output arrived: everything consumed so far counts as echoed. */
    void outputSeen() {
        echoed = consumed;
    }
}
