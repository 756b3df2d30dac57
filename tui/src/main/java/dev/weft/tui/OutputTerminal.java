package dev.weft.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal that only writes: escape sequences and text go to the outer terminal's output
 * (JLine's), the size is what JLine reported, and it never reads input nor probes anything (Lanterna's
 * UnixTerminal runs stty and waits up to 5 s for a size report; JLine already knows the size and
 * the TUI reads input itself). The alternate screen and other outer-terminal modes belong to
 * {@link TerminalSession}, so Lanterna's private mode is a no-op here.
 */
final class OutputTerminal extends ANSITerminal {
    private final OutputStream out;
    private volatile TerminalSize size;

    OutputTerminal(OutputStream out, int cols, int rows) {
        super(InputStream.nullInputStream(), out, StandardCharsets.UTF_8);
        this.out = out;
        this.size = new TerminalSize(Math.max(1, cols), Math.max(1, rows));
    }

    /** The outer terminal changed size: Lanterna's screen picks it up on its next resize check. */
    void resize(int cols, int rows) throws IOException {
        size = new TerminalSize(Math.max(1, cols), Math.max(1, rows));
        getTerminalSize(); // tells the resize listeners (the TerminalScreen)
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** Write a whole grapheme at once: Lanterna's per-char path would break surrogate pairs. */
    @Override
    public void putString(String string) throws IOException {
        writeToTerminal(string.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Nothing: the frame stays buffered in {@link TerminalOutput} until {@link FrameRenderer} has
     * closed its synchronized-output mark and flushes the whole frame in one write.
     */
    @Override
    public void flush() {
    }

    @Override
    public void enterPrivateMode() {
        // the alternate screen is switched by TerminalSession
    }

    @Override
    public void exitPrivateMode() {
        // restored by TerminalSession
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
