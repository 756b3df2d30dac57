package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TermiosWatchTest {

    @Test
    void aChangeAfterActivityIsReportedOnceWithoutFurtherActivity() {
        AtomicInteger flags = new AtomicInteger(3);
        AtomicInteger changes = new AtomicInteger();
        TermiosWatch watch = new TermiosWatch(flags::get, changes::incrementAndGet);
        watch.activity();
        flags.set(2); // e.g. stty -echo right after the last output
        await().atMost(Duration.ofSeconds(5)).until(() -> changes.get() == 1);
        watch.activity();
        await().pollDelay(Duration.ofMillis(400)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(changes.get()).isEqualTo(1);
    }
}
