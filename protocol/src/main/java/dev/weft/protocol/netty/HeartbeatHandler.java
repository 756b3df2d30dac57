package dev.weft.protocol.netty;

import dev.weft.protocol.Pdu;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a connection's liveness known, on both client and server. Place it after the frame
 * codec. On being added it puts an {@link IdleStateHandler} in front of itself, which watches
 * every read and write:
 * <ul>
 *   <li>nothing written for one interval: send {@link Pdu.Ping} (so the peer always hears from us);</li>
 *   <li>a {@link Pdu.Ping} arrives: answer {@link Pdu.Pong} with its nonce and clock; the Ping is consumed;</li>
 *   <li>a {@link Pdu.Pong} arrives: remember the round trip, pass the Pong on;</li>
 *   <li>nothing read for three intervals: fire {@link LinkLost} and close. A dead link is
 *       therefore noticed within three intervals.</li>
 * </ul>
 */
public final class HeartbeatHandler extends ChannelDuplexHandler {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** Intervals without any read after which the link counts as dead. */
    public static final int MISSED_INTERVALS = 3;

    /** User event fired before the handler closes a silent connection. */
    public record LinkLost(Duration silence) {}

    private final Duration interval;
    private long nextNonce = 1;
    private volatile long lastRoundTripNanos = -1;
    private String idleName;

    public HeartbeatHandler() {
        this(DEFAULT_INTERVAL);
    }

    public HeartbeatHandler(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("heartbeat interval must be positive, got " + interval);
        }
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }

    /** The last measured Ping round trip, or null before the first Pong. */
    public Duration lastRoundTrip() {
        long n = lastRoundTripNanos;
        return n < 0 ? null : Duration.ofNanos(n);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        long ms = interval.toMillis();
        idleName = ctx.name() + "-idle";
        ctx.pipeline().addBefore(ctx.name(), idleName,
                new IdleStateHandler(false, MISSED_INTERVALS * ms, ms, 0, TimeUnit.MILLISECONDS));
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (idleName != null && ctx.pipeline().context(idleName) != null) {
            ctx.pipeline().remove(idleName);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.WRITER_IDLE) {
                ctx.writeAndFlush(new Pdu.Ping(nextNonce++, System.nanoTime()));
            } else if (idle.state() == IdleState.READER_IDLE) {
                ctx.fireUserEventTriggered(new LinkLost(interval.multipliedBy(MISSED_INTERVALS)));
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof Pdu.Ping ping) {
            ctx.writeAndFlush(new Pdu.Pong(ping.nonce(), ping.sentNanos()));
            return;
        }
        if (msg instanceof Pdu.Pong pong && pong.nonce() > 0 && pong.nonce() < nextNonce) {
            lastRoundTripNanos = Math.max(0, System.nanoTime() - pong.sentNanos());
        }
        super.channelRead(ctx, msg);
    }
}
