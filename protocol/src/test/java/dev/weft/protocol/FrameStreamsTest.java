package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameStreamsTest {

    @Test
    void writerAndReaderCarryEveryPdu() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(out);
        List<Pdu> all = PduSamples.all();
        for (Pdu p : all) {
            writer.write(p);
        }
        // Deliver one byte at a time, as a slow pipe would.
        InputStream trickle = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        FrameReader reader = new FrameReader(trickle);
        for (Pdu expected : all) {
            assertThat(PduSamples.same(expected, reader.read())).isTrue();
        }
        assertThat(reader.read()).isNull();
        assertThatThrownBy(reader::readRequired).isInstanceOf(EOFException.class);
    }

    @Test
    void endOfStreamInsideAFrameIsTruncated() {
        byte[] frame = PduCodec.encodeFrame(new Pdu.CaptureResult(1, "hello"));
        FrameReader cutBody = new FrameReader(new ByteArrayInputStream(Arrays.copyOf(frame, frame.length - 1)));
        assertThatThrownBy(cutBody::read)
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.TRUNCATED))
                .hasMessage("truncated frame (" + (frame.length - 5) + " of " + (frame.length - 4) + " bytes)");
        FrameReader cutHeader = new FrameReader(new ByteArrayInputStream(new byte[] {0, 0}));
        assertThatThrownBy(cutHeader::read).hasMessage("truncated frame length field (2 of 4 bytes)");
    }

    @Test
    void readerRefusesOversizedFramesBeforeReadingThem() {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(new byte[] {0, 0, 1, 0, 1}), 255);
        assertThatThrownBy(reader::read)
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.FRAME_TOO_LARGE))
                .hasMessage("frame of 256 bytes exceeds the limit of 255 bytes");
    }

    @Test
    void largeFramesGrowTheBufferAsBytesArrive() throws IOException {
        String text = "y".repeat(300_000);
        byte[] frame = PduCodec.encodeFrame(new Pdu.CaptureResult(9, text));
        assertThat(new FrameReader(new ByteArrayInputStream(frame)).read()).isEqualTo(new Pdu.CaptureResult(9, text));
    }
}
