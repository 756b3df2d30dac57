package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.server.SizePolicy.ClientSize;
import dev.weft.server.SizePolicy.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizePolicyTest {
    private static final Size NOW = new Size(80, 24);
    private static final ClientSize SMALL_OLD = new ClientSize(60, 30, 1, false);
    private static final ClientSize BIG_NEW = new ClientSize(120, 20, 2, false);

    @Test
    void latestTakesTheClientActiveLast() {
        assertThat(SizePolicy.of("latest", List.of(SMALL_OLD, BIG_NEW), NOW)).isEqualTo(new Size(120, 20));
        assertThat(SizePolicy.of("latest", List.of(BIG_NEW, new ClientSize(70, 10, 3, false)), NOW))
                .isEqualTo(new Size(70, 10));
    }

    @Test
    void smallestAndLargestGoPerDimension() {
        assertThat(SizePolicy.of("smallest", List.of(SMALL_OLD, BIG_NEW), NOW)).isEqualTo(new Size(60, 20));
        assertThat(SizePolicy.of("largest", List.of(SMALL_OLD, BIG_NEW), NOW)).isEqualTo(new Size(120, 30));
    }

    @Test
    void manualAndNoClientsKeepTheSize() {
        assertThat(SizePolicy.of("manual", List.of(SMALL_OLD, BIG_NEW), NOW)).isEqualTo(NOW);
        assertThat(SizePolicy.of("latest", List.of(), NOW)).isEqualTo(NOW);
        assertThat(SizePolicy.of("smallest", List.of(new ClientSize(0, 0, 5, false)), NOW)).isEqualTo(NOW);
    }

    @Test
    void clientsIgnoringSizeCountOnlyWhenNobodyElseIsThere() {
        ClientSize readOnlyNewest = new ClientSize(200, 50, 9, true);
        assertThat(SizePolicy.of("latest", List.of(SMALL_OLD, readOnlyNewest), NOW)).isEqualTo(new Size(60, 30));
        assertThat(SizePolicy.of("largest", List.of(SMALL_OLD, readOnlyNewest), NOW)).isEqualTo(new Size(60, 30));
        assertThat(SizePolicy.of("latest", List.of(readOnlyNewest), NOW)).isEqualTo(new Size(200, 50));
    }
}
