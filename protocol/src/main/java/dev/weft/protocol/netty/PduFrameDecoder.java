package dev.weft.protocol.netty;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.PduCodec;
import dev.weft.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Splits the byte stream into frames and decodes each into a {@link Pdu} (see {@link PduCodec}).
 *
 * <p>A bad frame ends the connection only: the decoder logs the named error, fires a
 * {@link ProtocolErrorEvent}, sends the peer an {@link Pdu.ErrorReply} (request id 0, code from
 * {@link ProtocolException.Kind#code()}) and closes the channel; bytes arriving meanwhile are
 * discarded. A frame's length is checked against the limit before its bytes are accumulated.
 */
public final class PduFrameDecoder extends ByteToMessageDecoder {
    private static final System.Logger LOG = System.getLogger(PduFrameDecoder.class.getName());

    private final int maxFrame;
    private boolean failed;

    public PduFrameDecoder() {
        this(PduCodec.MAX_FRAME);
    }

    public PduFrameDecoder(int maxFrame) {
        if (maxFrame < 1) {
            throw new IllegalArgumentException("maxFrame must be positive, got " + maxFrame);
        }
        this.maxFrame = maxFrame;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (in.readableBytes() < PduCodec.LENGTH_FIELD) {
            return;
        }
        try {
            int length = PduCodec.checkLength(in.getUnsignedInt(in.readerIndex()), maxFrame);
            if (in.readableBytes() - PduCodec.LENGTH_FIELD < length) {
                return;
            }
            Pdu pdu = PduCodec.decodeBody(in.nioBuffer(in.readerIndex() + PduCodec.LENGTH_FIELD, length));
            in.skipBytes(PduCodec.LENGTH_FIELD + length);
            out.add(pdu);
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            LOG.log(System.Logger.Level.WARNING, "closing connection {0}: {1}",
                    ctx.channel().remoteAddress(), e.getMessage());
            ctx.fireUserEventTriggered(new ProtocolErrorEvent(e));
            // Through the whole pipeline, so the encoder sees it wherever it sits.
            ctx.channel().writeAndFlush(new Pdu.ErrorReply(0, e.kind().code(), e.getMessage()))
                    .addListener(ChannelFutureListener.CLOSE);
        }
    }
}
