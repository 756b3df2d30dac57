package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Pdu;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionViewTest {
    private static Pdu.SessionState state(int activeTab, Pdu.TabInfo... tabs) {
        return new Pdu.SessionState(1, "s", 80, 23, List.of(tabs), activeTab);
    }

    private static Pdu.TabInfo tab(int id, int pane) {
        return new Pdu.TabInfo(id, id, "t" + id, pane, false, List.of(new Pdu.PaneGeometry(pane, 0, 0, 80, 23)));
    }

    @Test
    void the_previous_active_tab_becomes_the_last_tab() {
        SessionView view = new SessionView();
        view.state(state(1, tab(1, 10), tab(2, 20)));
        assertThat(view.lastTabId()).isEqualTo(-1);
        view.state(state(2, tab(1, 10), tab(2, 20)));
        assertThat(view.lastTabId()).isEqualTo(1);
        assertThat(view.activePaneId()).isEqualTo(20);
        view.state(state(2, tab(2, 20)));
        assertThat(view.lastTabId()).as("the last tab was closed").isEqualTo(-1);
    }

    @Test
    void mirrors_of_panes_no_longer_visible_are_forgotten() {
        SessionView view = new SessionView();
        view.mirror(new FakePane(10, 80, 23));
        view.mirror(new FakePane(20, 80, 23));
        view.state(state(2, tab(1, 10), tab(2, 20)));
        assertThat(view.mirror(10)).isNull();
        assertThat(view.mirror(20)).isNotNull();
    }

    @Test
    void before_any_state_the_only_pane_fills_the_area() {
        SessionView view = new SessionView();
        assertThat(view.activePaneId()).isEqualTo(-1);
        assertThat(view.placements(80, 23)).isEmpty();
        view.mirror(new FakePane(7, 80, 23));
        assertThat(view.activePaneId()).isEqualTo(7);
        assertThat(view.placements(80, 23)).containsExactly(new Pdu.PaneGeometry(7, 0, 0, 80, 23));
    }

    @Test
    void another_session_replaces_everything() {
        SessionView view = new SessionView();
        assertThat(view.state(state(1, tab(1, 10), tab(2, 20)))).isFalse();
        view.state(state(2, tab(1, 10), tab(2, 20)));
        view.mirror(new FakePane(20, 80, 23));
        assertThat(view.lastTabId()).isEqualTo(1);

        // switch-client: session 2 happens to reuse tab ids 1 and 2 (ids are per server, but the
        // view must not carry the old session's "last" tab or panes over in any case)
        boolean switched = view.state(new Pdu.SessionState(2, "other", 80, 23, List.of(tab(1, 30), tab(2, 40)), 1));
        assertThat(switched).isTrue();
        assertThat(view.lastTabId()).isEqualTo(-1);
        assertThat(view.mirror(20)).isNull();
        assertThat(view.activePaneId()).isEqualTo(30);
    }

    @Test
    void a_switch_clears_the_server_status_line_and_the_overlay() {
        ClientUi ui = new ClientUi(null, null);
        ui.status(new Pdu.StatusUpdate("[old] ", List.of(), ""));
        ui.overlay(new Overlay.Clock(10), 0, 0);
        ui.sessionSwitched();
        assertThat(ui.status()).isNull();
        assertThat(ui.overlay()).isNull();
    }
}
