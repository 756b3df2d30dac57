package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PduCodecTest {

    static List<Pdu> samples() {
        return PduSamples.all();
    }

    @Test
    void samplesCoverEveryPduType() {
        Set<PduType> covered = samples().stream().map(PduType::of).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(PduType.class));
        assertThat(Pdu.class.getPermittedSubclasses()).hasSize(PduType.values().length);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripsThroughByteArrayFrames(Pdu pdu) throws ProtocolException {
        byte[] frame = PduCodec.encodeFrame(pdu);
        ByteBuffer in = ByteBuffer.wrap(frame);
        Pdu back = PduCodec.decodeFrame(in, PduCodec.MAX_FRAME);
        assertThat(PduSamples.same(pdu, back)).as("%s vs %s", pdu, back).isTrue();
        assertThat(in.hasRemaining()).isFalse();
        assertThat(ByteBuffer.wrap(frame).getInt()).isEqualTo(frame.length - 4);
        assertThat(frame[4]).isEqualTo(PduCodec.typeOf(pdu));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void roundTripsThroughByteBuffersAndPayloads(Pdu pdu) throws ProtocolException {
        ByteBuffer dst = ByteBuffer.allocate(4096);
        dst.put((byte) 99); // not at position 0
        PduCodec.encodeFrame(pdu, dst);
        dst.flip().get();
        assertThat(dst).isEqualTo(PduCodec.encodeFrameToBuffer(pdu));
        int length = dst.getInt();
        byte type = dst.get();
        ByteBuffer payload = dst.slice();
        assertThat(payload.remaining()).isEqualTo(length - 1);
        assertThat(PduSamples.same(pdu, PduCodec.decodePayload(type, payload))).isTrue();
    }

    @Test
    void ackMatchesTheDocumentedBytes() {
        assertThat(PduCodec.encodeFrame(new Pdu.Ack(3, 10)))
                .containsExactly(0, 0, 0, 3, 0x32, 0x06, 0x14);
    }

    @Test
    void nullStringsAndListsAreSentEmpty() throws ProtocolException {
        Pdu back = PduCodec.decodeFrame(ByteBuffer.wrap(PduCodec.encodeFrame(
                new Pdu.NewSession(1, null, null, null, null, 80, 24))), PduCodec.MAX_FRAME);
        assertThat(back).isEqualTo(new Pdu.NewSession(1, "", "", List.of(), List.of(), 80, 24));
    }

    @Test
    void splitsConcatenatedFramesAndWaitsForIncompleteOnes() throws ProtocolException {
        byte[] a = PduCodec.encodeFrame(new Pdu.Ack(1, 1));
        byte[] b = PduCodec.encodeFrame(new Pdu.CaptureResult(5, "hello"));
        ByteBuffer buf = ByteBuffer.allocate(a.length + b.length - 2);
        buf.put(a).put(b, 0, b.length - 2).flip();
        assertThat(PduCodec.decodeFrame(buf, PduCodec.MAX_FRAME)).isEqualTo(new Pdu.Ack(1, 1));
        int before = buf.position();
        assertThat(PduCodec.decodeFrame(buf, PduCodec.MAX_FRAME)).isNull();
        assertThat(buf.position()).isEqualTo(before);
        assertThat(PduCodec.decodeFrame(ByteBuffer.wrap(new byte[] {0, 0}), PduCodec.MAX_FRAME)).isNull();
    }

    @Test
    void oversizedFrameNamesSizeAndLimit() {
        ByteBuffer in = ByteBuffer.allocate(8).putInt(0x7fffffff).put((byte) 1).flip();
        assertThatThrownBy(() -> PduCodec.decodeFrame(in, PduCodec.MAX_FRAME))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.FRAME_TOO_LARGE))
                .hasMessage("frame of 2147483647 bytes exceeds the limit of 16777216 bytes");
        ByteBuffer unsigned = ByteBuffer.allocate(8).putInt(0xffffffff).flip();
        assertThatThrownBy(() -> PduCodec.decodeFrame(unsigned, 100))
                .hasMessage("frame of 4294967295 bytes exceeds the limit of 100 bytes");
    }

    @Test
    void perDecoderLimitApplies() {
        byte[] frame = PduCodec.encodeFrame(new Pdu.CaptureResult(1, "x".repeat(200)));
        assertThatThrownBy(() -> PduCodec.decodeFrame(ByteBuffer.wrap(frame), 100))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.FRAME_TOO_LARGE));
    }

    @Test
    void encodingRefusesFramesBeyondTheLimit() {
        String big = "x".repeat(PduCodec.MAX_FRAME);
        assertThatThrownBy(() -> PduCodec.encodeFrame(new Pdu.CaptureResult(1, big)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CAPTURE_RESULT frame of")
                .hasMessageContaining("exceeds the limit of 16777216 bytes");
    }

    @Test
    void unknownTypeIsNamed() {
        assertThatThrownBy(() -> PduCodec.decodePayload((byte) 0x7e, ByteBuffer.allocate(0)))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.UNKNOWN_PDU_TYPE))
                .hasMessage("unknown PDU type 0x7e");
    }

    @Test
    void truncatedPayloadNamesPduAndField() {
        byte[] frame = PduCodec.encodeFrame(new Pdu.Ping(1, 2));
        ByteBuffer payload = ByteBuffer.wrap(frame, 5, 8 + 3);
        assertThatThrownBy(() -> PduCodec.decodePayload(frame[4], payload.slice()))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.TRUNCATED))
                .hasMessage("truncated Ping.sentNanos");
    }

    @Test
    void countBeyondTheBytesLeftIsTruncatedNotAllocated() {
        // SessionList(requestId 1, count 2^62): must fail before allocating anything.
        ByteBuffer payload = ByteBuffer.wrap(new byte[] {0x02, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
                (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x40});
        assertThatThrownBy(() -> PduCodec.decodePayload(PduType.SESSION_LIST.code(), payload))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.TRUNCATED))
                .hasMessageStartingWith("truncated SessionList.sessions (declares 4611686018427387904 but 0 bytes are left)");
    }

    @Test
    void lengthWithTheSignBitSetIsTruncatedNotACrash() {
        // Found by fuzzing: a 64-bit varint length >= 2^63 once passed the bounds check as negative.
        ByteBuffer payload = ByteBuffer.wrap(new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff,
                (byte) 0x93, (byte) 0xda, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01});
        assertThatThrownBy(() -> PduCodec.decodePayload(PduType.HELLO_OK.code(), payload))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.TRUNCATED))
                .hasMessage("truncated HelloOk.weftVersion (declares 18446742773408202750 but 0 bytes are left)");
    }

    @Test
    void malformedFieldsNamePduAndField() {
        // Attach(requestId 1, target "", cols 1, rows 1, readOnly 2)
        ByteBuffer attach = ByteBuffer.wrap(new byte[] {0x02, 0x00, 0x02, 0x02, 0x02});
        assertThatThrownBy(() -> PduCodec.decodePayload(PduType.ATTACH.code(), attach))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.MALFORMED_FIELD))
                .hasMessage("malformed Attach.readOnly: boolean must be 0 or 1, got 2");
        ByteBuffer utf8 = ByteBuffer.wrap(new byte[] {0x02, 0x02, (byte) 0xc3, 0x28});
        assertThatThrownBy(() -> PduCodec.decodePayload(PduType.HAS_SESSION.code(), utf8))
                .hasMessage("malformed HasSession.target: invalid UTF-8");
        ByteBuffer negative = ByteBuffer.wrap(new byte[] {0x01, 0x02});
        assertThatThrownBy(() -> PduCodec.decodePayload(PduType.RESIZE_CLIENT.code(), negative))
                .hasMessage("malformed ResizeClient.cols: must not be negative, got -1");
        ByteBuffer overflow = ByteBuffer.wrap(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f});
        assertThatThrownBy(() -> PduCodec.decodePayload(PduType.PANE_CLOSED.code(), overflow))
                .hasMessage("malformed PaneClosed.paneId: varint overflows 32 bits");
        assertThatThrownBy(() -> PduCodec.decodeFrame(ByteBuffer.wrap(new byte[] {0, 0, 0, 0}), 10))
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.MALFORMED_FIELD))
                .hasMessage("malformed frame: length 0 has no type byte");
    }

    @Test
    void paneUpdateRowOutsideThePaneIsMalformed() {
        Pdu.PaneUpdate bad = new Pdu.PaneUpdate(1, 1, false, 10, 2,
                List.of(new Pdu.RowUpdate(5, PduSamples.line("x"))), new Pdu.CursorState(0, 0, true, 0),
                Pdu.PaneModes.DEFAULT, "", 0, 0, 0, 0);
        assertThatThrownBy(() -> PduCodec.decodeFrame(ByteBuffer.wrap(PduCodec.encodeFrame(bad)), PduCodec.MAX_FRAME))
                .hasMessage("malformed PaneUpdate.lines: row 5 outside 2 rows");
    }

    @Test
    void trailingBytesFromANewerMinorAreIgnored() throws ProtocolException {
        byte[] frame = PduCodec.encodeFrame(new Pdu.Ack(1, 2));
        ByteBuffer payload = ByteBuffer.allocate(frame.length - 5 + 3);
        payload.put(frame, 5, frame.length - 5).put(new byte[] {9, 9, 9}).flip();
        assertThat(PduCodec.decodePayload(frame[4], payload)).isEqualTo(new Pdu.Ack(1, 2));
        assertThat(payload.hasRemaining()).isFalse();
    }
}
