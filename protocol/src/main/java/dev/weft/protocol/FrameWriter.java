package dev.weft.protocol;

import java.io.IOException;
import java.io.OutputStream;

/** Writes frames to a blocking stream; each {@link #write} is one frame, flushed. Thread-safe. */
public final class FrameWriter {
    private final OutputStream out;

    public FrameWriter(OutputStream out) {
        this.out = out;
    }

    public synchronized void write(Pdu pdu) throws IOException {
        out.write(PduCodec.encodeFrame(pdu));
        out.flush();
    }
}
