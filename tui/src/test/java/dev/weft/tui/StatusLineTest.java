package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    private final StatusLine status = new StatusLine("box",
            Clock.fixed(Instant.parse("2027-01-02T03:04:00Z"), ZoneOffset.UTC));

    @Test
    void left_lists_tabs_with_current_and_last_marks() {
        Pdu.SessionState state = new Pdu.SessionState(1, "0", 80, 23, List.of(
                new Pdu.TabInfo(5, 0, "bash", 1, false, List.of()),
                new Pdu.TabInfo(6, 1, "vim", 2, false, List.of())), 6);
        assertThat(status.left(state, 5)).isEqualTo("[0] 0:bash- 1:vim*");
        assertThat(status.left(state, -1)).isEqualTo("[0] 0:bash 1:vim*");
    }

    @Test
    void right_is_quoted_host_and_tmux_clock() {
        assertThat(status.right()).isEqualTo("\"box\" 03:04 02-Jan-27");
        assertThat(new StatusLine("", Clock.fixed(Instant.parse("2027-01-02T03:04:00Z"), ZoneOffset.UTC))
                .right()).isEqualTo("03:04 02-Jan-27");
    }
}
