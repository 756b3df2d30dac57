package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.client.PaneMirror;
import dev.weft.config.Options;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OuterMouseTest {
    private final FakePane a = new FakePane(1, 40, 23);
    private final FakePane b = new FakePane(2, 39, 23);
    private final Map<Integer, PaneMirror> mirrors = Map.of(1, a, 2, b);
    private final List<Pdu.PaneGeometry> places = List.of(
            new Pdu.PaneGeometry(1, 0, 0, 40, 23), new Pdu.PaneGeometry(2, 41, 0, 39, 23));
    private final OuterMouse mouse = new OuterMouse();

    private static Settings.Snapshot mouse(String value) {
        return new Settings(Options.defaults().with("mouse", value), KeyTables.defaults()).get();
    }

    private String update(Settings.Snapshot s) {
        return mouse.update(s, places, mirrors::get).replace("\u001b", "\\e");
    }

    @Test
    void on_by_default_as_tmux_sends_it_then_nothing_until_something_changes() {
        assertThat(update(mouse("on")))
                .isEqualTo("\\e[?1006l\\e[?1000l\\e[?1002l\\e[?1003l\\e[?1006h\\e[?1000h\\e[?1002h");
        assertThat(update(mouse("on"))).isEmpty();
    }

    @Test
    void all_motion_only_while_a_visible_pane_asks_for_it() {
        update(mouse("on"));
        b.modes = new Pdu.PaneModes(0, 1003, 1006, 0);
        assertThat(update(mouse("on"))).endsWith("\\e[?1006h\\e[?1000h\\e[?1002h\\e[?1003h");
        b.modes = new Pdu.PaneModes(0, 1000, 1006, 0);
        assertThat(update(mouse("on"))).doesNotContain("1003h").endsWith("\\e[?1002h");
    }

    @Test
    void the_option_off_switches_reporting_off() {
        update(mouse("on"));
        assertThat(update(mouse("off"))).isEqualTo("\\e[?1006l\\e[?1000l\\e[?1002l\\e[?1003l");
        b.modes = new Pdu.PaneModes(0, 1003, 1006, 0);
        assertThat(update(mouse("off"))).as("a pane cannot turn it on").isEmpty();
    }

    @Test
    void off_from_the_start_sends_nothing() {
        assertThat(update(mouse("off"))).isEmpty();
    }
}
