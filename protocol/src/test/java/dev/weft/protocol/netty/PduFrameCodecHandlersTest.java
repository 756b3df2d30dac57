package dev.weft.protocol.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.PduCodec;
import dev.weft.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PduFrameCodecHandlersTest {

    private static final class Events extends ChannelInboundHandlerAdapter {
        final List<Object> events = new ArrayList<>();

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            events.add(evt);
        }
    }

    private static Pdu decodeOutbound(EmbeddedChannel ch) throws ProtocolException {
        ByteBuf buf = ch.readOutbound();
        try {
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            return PduCodec.decodeFrame(java.nio.ByteBuffer.wrap(bytes), PduCodec.MAX_FRAME);
        } finally {
            buf.release();
        }
    }

    @Test
    void decoderReassemblesFramesSplitAnywhere() {
        byte[] a = PduCodec.encodeFrame(new Pdu.Ack(1, 7));
        byte[] b = PduCodec.encodeFrame(new Pdu.CaptureResult(3, "hello"));
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        for (int cut = 0; cut <= all.length; cut++) {
            EmbeddedChannel ch = new EmbeddedChannel(new PduFrameDecoder());
            ch.writeInbound(Unpooled.wrappedBuffer(all, 0, cut));
            ch.writeInbound(Unpooled.wrappedBuffer(all, cut, all.length - cut));
            assertThat((Object) ch.readInbound()).isEqualTo(new Pdu.Ack(1, 7));
            assertThat((Object) ch.readInbound()).isEqualTo(new Pdu.CaptureResult(3, "hello"));
            assertThat((Object) ch.readInbound()).isNull();
            assertThat(ch.finish()).isFalse();
        }
    }

    @Test
    void encoderWritesOneFramePerPdu() {
        EmbeddedChannel ch = new EmbeddedChannel(new PduFrameEncoder());
        Pdu.Input input = new Pdu.Input(2, 5, new byte[] {3});
        ch.writeOutbound(input);
        ByteBuf buf = ch.readOutbound();
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes).release();
        assertThat(bytes).containsExactly(PduCodec.encodeFrame(input));
    }

    @Test
    void badFrameIsAnsweredWithANamedErrorAndClosesTheChannel() throws ProtocolException {
        Events events = new Events();
        EmbeddedChannel ch = new EmbeddedChannel(new PduFrameDecoder(64), new PduFrameEncoder(), events);
        ch.writeInbound(Unpooled.wrappedBuffer(PduCodec.encodeFrame(new Pdu.Ack(1, 1))));
        assertThat((Object) ch.readInbound()).isEqualTo(new Pdu.Ack(1, 1));

        ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 1, 0, 0x32}));

        assertThat(ch.isOpen()).isFalse();
        assertThat(decodeOutbound(ch)).isEqualTo(new Pdu.ErrorReply(0, "frame-too-large",
                "frame of 256 bytes exceeds the limit of 64 bytes"));
        assertThat(events.events).singleElement().isInstanceOfSatisfying(ProtocolErrorEvent.class,
                e -> assertThat(e.error().kind()).isEqualTo(ProtocolException.Kind.FRAME_TOO_LARGE));
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void unknownTypeAndMalformedPayloadCloseWithTheirNames() throws ProtocolException {
        EmbeddedChannel unknown = new EmbeddedChannel(new PduFrameDecoder(), new PduFrameEncoder());
        unknown.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 1, (byte) 0xee}));
        assertThat(unknown.isOpen()).isFalse();
        assertThat(decodeOutbound(unknown)).isEqualTo(new Pdu.ErrorReply(0, "unknown-pdu-type", "unknown PDU type 0xee"));

        EmbeddedChannel malformed = new EmbeddedChannel(new PduFrameDecoder(), new PduFrameEncoder());
        malformed.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 3, 0x22, 0x01, 0x02}));
        assertThat(malformed.isOpen()).isFalse();
        assertThat(decodeOutbound(malformed)).isEqualTo(new Pdu.ErrorReply(0, "malformed-field",
                "malformed ResizeClient.cols: must not be negative, got -1"));

        EmbeddedChannel truncated = new EmbeddedChannel(new PduFrameDecoder(), new PduFrameEncoder());
        truncated.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 0, 0, 2, 0x03, 0x00}));
        assertThat(truncated.isOpen()).isFalse();
        assertThat(decodeOutbound(truncated)).isEqualTo(new Pdu.ErrorReply(0, "truncated", "truncated Ping.nonce"));
    }
}
