package dev.weft.protocol.netty;

import dev.weft.protocol.Pdu;
import dev.weft.protocol.PduCodec;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes each outgoing {@link Pdu} as one frame (see {@link PduCodec}). Stateless and sharable. */
@ChannelHandler.Sharable
public final class PduFrameEncoder extends MessageToByteEncoder<Pdu> {
    public PduFrameEncoder() {
        super(Pdu.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Pdu msg, ByteBuf out) {
        out.writeBytes(PduCodec.encodeFrame(msg));
    }
}
