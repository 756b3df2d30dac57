package dev.weft.protocol.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Pdu;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeartbeatHandlerTest {
    private static final Duration INTERVAL = Duration.ofMillis(100);

    private static final class Events extends ChannelInboundHandlerAdapter {
        final List<Object> events = new ArrayList<>();

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
            events.add(evt);
        }
    }

    private static EmbeddedChannel channel(HeartbeatHandler hb, Events events) {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.freezeTime();
        ch.pipeline().addLast("heartbeat", hb).addLast(events);
        return ch;
    }

    private static void advance(EmbeddedChannel ch, long ms) {
        ch.advanceTimeBy(ms, TimeUnit.MILLISECONDS);
        ch.runPendingTasks();
        ch.runScheduledPendingTasks();
    }

    @Test
    void sendsPingEveryIntervalWhileNothingIsWritten() {
        EmbeddedChannel ch = channel(new HeartbeatHandler(INTERVAL), new Events());
        advance(ch, 50);
        assertThat((Object) ch.readOutbound()).isNull();
        advance(ch, 60);
        Pdu.Ping first = ch.readOutbound();
        assertThat(first.nonce()).isEqualTo(1);
        ch.writeInbound(new Pdu.CaptureResult(1, "keeps the reader happy"));
        advance(ch, 100);
        assertThat(((Pdu.Ping) ch.readOutbound()).nonce()).isEqualTo(2);
    }

    @Test
    void applicationWritesPostponeThePing() {
        EmbeddedChannel ch = channel(new HeartbeatHandler(INTERVAL), new Events());
        advance(ch, 80);
        ch.writeOutbound(new Pdu.Ack(1, 1));
        assertThat((Object) ch.readOutbound()).isEqualTo(new Pdu.Ack(1, 1));
        advance(ch, 80);
        assertThat((Object) ch.readOutbound()).isNull();
        advance(ch, 30);
        assertThat((Object) ch.readOutbound()).isInstanceOf(Pdu.Ping.class);
    }

    @Test
    void answersPingWithPongAndConsumesIt() {
        EmbeddedChannel ch = channel(new HeartbeatHandler(INTERVAL), new Events());
        ch.writeInbound(new Pdu.Ping(99, 12345));
        assertThat((Object) ch.readOutbound()).isEqualTo(new Pdu.Pong(99, 12345));
        assertThat((Object) ch.readInbound()).isNull();
    }

    @Test
    void measuresTheRoundTripFromItsOwnPong() {
        HeartbeatHandler hb = new HeartbeatHandler(INTERVAL);
        EmbeddedChannel ch = channel(hb, new Events());
        assertThat(hb.lastRoundTrip()).isNull();
        advance(ch, 110);
        Pdu.Ping ping = ch.readOutbound();
        ch.writeInbound(new Pdu.Pong(ping.nonce(), ping.sentNanos()));
        assertThat(hb.lastRoundTrip()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat((Object) ch.readInbound()).isEqualTo(new Pdu.Pong(ping.nonce(), ping.sentNanos()));
    }

    @Test
    void closesAfterThreeIntervalsWithoutAnyRead() {
        Events events = new Events();
        EmbeddedChannel ch = channel(new HeartbeatHandler(INTERVAL), events);
        advance(ch, 250);
        ch.writeInbound(new Pdu.Pong(1, 0)); // a read resets the clock
        advance(ch, 250);
        assertThat(ch.isOpen()).isTrue();
        advance(ch, 60);
        assertThat(ch.isOpen()).isFalse();
        assertThat(events.events).contains(new HeartbeatHandler.LinkLost(Duration.ofMillis(300)));
    }

    @Test
    void rejectsNonPositiveIntervals() {
        assertThatThrownBy(() -> new HeartbeatHandler(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HeartbeatHandler().interval()).isEqualTo(Duration.ofSeconds(5));
    }
}
