package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.protocol.netty.PduFrameDecoder;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for everything that reads frames from a peer. In a normal test run they replay
 * the inputs under {@code src/test/resources/dev/weft/protocol/PduCodecFuzzTestInputs/}.
 * Invariants: only {@link ProtocolException} escapes, and whatever decodes re-encodes to
 * something that decodes to the same PDU.
 */
class PduCodecFuzzTest {
    private static final int SMALL_LIMIT = 1 << 16;

    @FuzzTest(maxDuration = "60s")
    void decodePayload(byte[] input) {
        if (input.length == 0) {
            return;
        }
        ByteBuffer payload = ByteBuffer.wrap(input, 1, input.length - 1).slice();
        try {
            Pdu pdu = PduCodec.decodePayload(input[0], payload);
            assertStable(pdu);
        } catch (ProtocolException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** The same bytes through the buffer splitter and through netty, cut into fuzzer-chosen chunks. */
    @FuzzTest(maxDuration = "60s")
    void frameSplitting(FuzzedDataProvider data) {
        int chunk = data.consumeInt(1, 64);
        byte[] stream = data.consumeRemainingAsBytes();

        List<Pdu> viaBuffer = new ArrayList<>();
        ProtocolException bufferError = null;
        ByteBuffer in = ByteBuffer.wrap(stream);
        try {
            Pdu pdu;
            while ((pdu = PduCodec.decodeFrame(in, SMALL_LIMIT)) != null) {
                assertStable(pdu);
                viaBuffer.add(pdu);
            }
        } catch (ProtocolException e) {
            bufferError = e;
        }

        EmbeddedChannel ch = new EmbeddedChannel(new PduFrameDecoder(SMALL_LIMIT));
        for (int off = 0; off < stream.length && ch.isOpen(); off += chunk) {
            ch.writeInbound(Unpooled.wrappedBuffer(stream, off, Math.min(chunk, stream.length - off)));
        }
        List<Pdu> viaNetty = new ArrayList<>();
        Object msg;
        while ((msg = ch.readInbound()) != null) {
            viaNetty.add((Pdu) msg);
        }
        assertThat(viaNetty).hasSameSizeAs(viaBuffer);
        for (int i = 0; i < viaBuffer.size(); i++) {
            assertThat(PduSamples.same(viaBuffer.get(i), viaNetty.get(i))).isTrue();
        }
        assertThat(ch.isOpen()).isEqualTo(bufferError == null);
        ch.finishAndReleaseAll();
    }

    private static void assertStable(Pdu pdu) {
        byte[] again = PduCodec.encodeFrame(pdu);
        try {
            Pdu back = PduCodec.decodeFrame(ByteBuffer.wrap(again), PduCodec.MAX_FRAME);
            assertThat(PduSamples.same(pdu, back)).as("re-decoded %s", pdu).isTrue();
        } catch (ProtocolException e) {
            throw new AssertionError("re-encoded " + pdu + " does not decode: " + e.getMessage(), e);
        }
    }
}
