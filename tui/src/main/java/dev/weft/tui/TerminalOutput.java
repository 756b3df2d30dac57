package dev.weft.tui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The one way bytes reach the outer terminal: buffered (a frame leaves in one write on
 * {@link #flush}), thread-safe, and sealable. {@link #seal} writes the restore sequence and from
 * then on drops everything, so a render thread still running during a shutdown hook cannot draw
 * over the restored terminal.
 */
final class TerminalOutput extends OutputStream {
    private final OutputStream out;
    private byte[] buffer = new byte[16 * 1024];
    private int length;
    private boolean sealed;

    TerminalOutput(OutputStream out) {
        this.out = out;
    }

    @Override
    public synchronized void write(int b) {
        if (sealed) {
            return;
        }
        ensure(1);
        buffer[length++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (sealed) {
            return;
        }
        ensure(len);
        System.arraycopy(b, off, buffer, length, len);
        length += len;
    }

    @Override
    public synchronized void flush() throws IOException {
        if (sealed || length == 0) {
            return;
        }
        int n = length;
        length = 0;
        out.write(buffer, 0, n);
        out.flush();
    }

    /**
     * Drop whatever is buffered (half a frame), write {@code last} and refuse all later writes.
     * Returns false when already sealed (the restore ran before).
     */
    synchronized boolean seal(byte[] last) throws IOException {
        if (sealed) {
            return false;
        }
        sealed = true;
        length = 0;
        out.write(last);
        out.flush();
        return true;
    }

    synchronized boolean sealed() {
        return sealed;
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
