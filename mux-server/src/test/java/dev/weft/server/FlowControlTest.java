package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.config.WeftConfig;
import dev.weft.protocol.Pdu;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that does not acknowledge frames, next to one that does, on a pane that never stops. */
class FlowControlTest {
    @TempDir
    Path tmp;

    private MuxServer server;
    private final List<TestClient> clients = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (TestClient c : clients) {
            c.close();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private TestClient attached(Path socket, String session) throws Exception {
        TestClient c = TestClient.greeted(socket);
        clients.add(c);
        c.send(new Pdu.Attach(c.nextRequestId(), session, 80, 24, false));
        c.expect(Pdu.Attached.class);
        return c;
    }

    @Test
    void slowClientGetsTheWindowThenTheNewestStateWhileAFastClientKeepsGoing() throws Exception {
        Path socket = tmp.resolve("run/default.sock");
        server = MuxServer.start(new ServerOptions(socket, false, WeftConfig.DEFAULTS));
        TestClient control = TestClient.greeted(socket);
        clients.add(control);
        control.send(new Pdu.NewSession(1, "flood", tmp.toString(),
                List.of("/bin/sh", "-c", "i=0; while :; do i=$((i+1)); echo $i; done"), List.of(), 80, 24));
        control.expect(Pdu.SessionCreated.class);

        TestClient slow = attached(socket, "flood");
        TestClient fast = attached(socket, "flood");

        // The fast client acknowledges everything and keeps receiving frames.
        int fastFrames = 0;
        while (fastFrames < 30) {
            Pdu p = fast.next();
            if (p instanceof Pdu.PaneUpdate u) {
                fast.send(new Pdu.Ack(u.paneId(), u.frameSeq()));
                fastFrames++;
            }
        }

        // Meanwhile the slow client, which acknowledged nothing, got exactly the window.
        List<Pdu.PaneUpdate> slowFrames = new ArrayList<>();
        Pdu p;
        while ((p = slow.poll(Duration.ofMillis(500))) != null) {
            if (p instanceof Pdu.PaneUpdate u) {
                slowFrames.add(u);
            }
        }
        assertThat(slowFrames).hasSize(PaneSync.WINDOW);
        assertThat(slowFrames.get(0).full()).isTrue();

        // After an Ack it gets one new frame, with the pane's newest rows.
        Pdu.PaneUpdate last = slowFrames.get(slowFrames.size() - 1);
        long before = highestNumber(slow.screen(last.paneId()));
        slow.send(new Pdu.Ack(last.paneId(), last.frameSeq()));
        Pdu.PaneUpdate next = slow.expect(Pdu.PaneUpdate.class);
        assertThat(next.frameSeq()).isGreaterThan(last.frameSeq());
        assertThat(next.full()).isFalse();
        // (The highest number, not one row: under load the frames may come before the screen is full.)
        long newest = highestNumber(slow.screen(next.paneId()));
        assertThat(newest).isGreaterThan(before);
        // ... and nothing more until it acknowledges again (the window has room for one more frame).
        int extra = 0;
        while ((p = slow.poll(Duration.ofMillis(500))) != null) {
            if (p instanceof Pdu.PaneUpdate) {
                extra++;
            }
        }
        assertThat(extra).isLessThanOrEqualTo(1);
    }

    /** The largest counter value the pane shows (0 before any). */
    private static long highestNumber(java.util.Map<Integer, String> screen) {
        return screen.values().stream().filter(r -> r.matches("\\d+")).mapToLong(Long::parseLong).max().orElse(0);
    }
}
