package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.weft.config.Options;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the renderer draws for the status position, prompt, messages, overlays and border styles. */
class ScreenTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T14:05:30Z"), ZoneOffset.UTC);

    private DefaultVirtualTerminal terminal;
    private final SessionView view = new SessionView();
    private FrameRenderer renderer;
    private ClientUi ui;

    private void screen(int cols, int rows, String... options) throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Options o = Options.defaults();
        for (int i = 0; i < options.length; i += 2) {
            o = o.with(options[i], options[i + 1]);
        }
        renderer = new FrameRenderer(screen, view, new StatusLine("h", FIXED), null, () -> { },
                new Settings(o, KeyTables.defaults()), null);
        ui = renderer.ui();
    }

    private String row(int y) {
        StringBuilder s = new StringBuilder();
        for (int x = 0; x < terminal.getTerminalSize().getColumns(); x++) {
            s.append(terminal.getCharacter(x, y).getCharacterString());
        }
        return s.toString();
    }

    private TextCharacter cell(int x, int y) {
        return terminal.getCharacter(x, y);
    }

    private void onePane(int cols, int rows) {
        FakePane pane = new FakePane(1, cols, rows).text(0, "first").text(rows - 1, "last");
        pane.cursor = new Pdu.CursorState(0, 5, true, 0);
        view.mirror(pane);
        view.state(new Pdu.SessionState(1, "work", cols, rows, List.of(new Pdu.TabInfo(1, 0, "sh", 1, false,
                List.of(new Pdu.PaneGeometry(1, 0, 0, cols, rows)))), 1));
    }

    @Test
    void the_status_line_on_top_moves_the_pane_area_down() throws Exception {
        screen(30, 5, "status.position", "top");
        onePane(30, 4);
        renderer.render();
        assertThat(row(0)).startsWith("[work] 0:sh*");
        assertThat(row(1)).startsWith("first");
        assertThat(row(4)).startsWith("last");
        assertThat(terminal.getCursorPosition()).isEqualTo(new TerminalPosition(5, 1));
        assertThat(renderer.area(5)).isEqualTo(new FrameRenderer.Area(1, 4, 0));
    }

    @Test
    void with_the_status_line_off_the_panes_take_the_whole_terminal() throws Exception {
        screen(30, 5, "status", "off");
        onePane(30, 5);
        renderer.render();
        assertThat(row(0)).startsWith("first");
        assertThat(row(4)).startsWith("last");
        assertThat(renderer.area(5)).isEqualTo(new FrameRenderer.Area(0, 5, -1));
    }

    @Test
    void the_server_status_line_replaces_the_built_in_one() throws Exception {
        screen(30, 5);
        onePane(30, 4);
        ui.status(new Pdu.StatusUpdate("#[fg=red]L ", List.of(new Pdu.TabLabel(1, "0:sh*")), "R"));
        renderer.render();
        assertThat(row(4)).isEqualTo("L 0:sh*                      R");
        assertThat(cell(0, 4).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(cell(0, 4).getBackgroundColor()).isEqualTo(TextColor.ANSI.GREEN);
    }

    @Test
    void a_message_and_then_the_prompt_take_the_status_line() throws Exception {
        screen(30, 5);
        onePane(30, 4);
        ui.message("hello there", 0);
        renderer.render();
        assertThat(row(4)).startsWith("hello there");
        assertThat(cell(0, 4).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW);

        ui.prompt(Prompt.command(List.of(":"), List.of("new-w"), null, new ArrayList<>(), line -> { }));
        renderer.render();
        assertThat(row(4)).startsWith(":new-w ");
        assertThat(cell(6, 4).getModifiers()).contains(SGR.REVERSE); // tmux's cursor cell
        assertThat(terminal.isCursorVisible()).isFalse();

        ui.endPrompt(ui.prompt());
        ui.clearMessage();
        renderer.render();
        assertThat(row(4)).startsWith("[work] 0:sh*");
        assertThat(terminal.isCursorVisible()).isTrue();
    }

    @Test
    void display_panes_draws_big_numbers_in_the_panes_styles() throws Exception {
        screen(40, 12);
        FakePane left = new FakePane(1, 19, 11);
        FakePane right = new FakePane(2, 20, 11);
        view.mirror(left);
        view.mirror(right);
        Pdu.TabInfo tab = new Pdu.TabInfo(1, 0, "sh", 2, false,
                List.of(new Pdu.PaneGeometry(1, 0, 0, 19, 11), new Pdu.PaneGeometry(2, 20, 0, 20, 11)));
        view.state(new Pdu.SessionState(1, "work", 40, 11, List.of(tab), 1));
        ui.overlay(CommandRunner.numbers(tab, 0, "select-pane -t '%%'"), 0, 0);
        renderer.render();
        // "0" in the left pane: 5x5 from column 19/2-3 = 6, row 11/2-2 = 3; its inside is empty
        assertThat(cell(6, 3).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
        assertThat(cell(10, 3).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
        assertThat(cell(7, 4).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        // "1" in the active right pane: only its last column, in the active style
        int x1 = 20 + 20 / 2 - 3;
        assertThat(cell(x1 + 4, 3).getBackgroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(cell(x1, 3).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        // the pane size at its top right
        assertThat(row(0)).endsWith("20x11");
        assertThat(cell(39, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);

        ui.endOverlay(ui.overlay());
        renderer.render();
        assertThat(cell(6, 3).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(row(0)).doesNotContain("20x11");
    }

    @Test
    void a_pane_too_small_for_big_digits_gets_its_number_in_one_cell() throws Exception {
        screen(20, 4);
        onePane(20, 3);
        ui.overlay(CommandRunner.numbers(view.activeTab(), 0, "select-pane -t '%%'"), 0, 0);
        renderer.render();
        assertThat(row(1).strip()).isEqualTo("0");
        assertThat(cell(10, 1).getCharacterString()).isEqualTo("0");
        assertThat(cell(10, 1).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
    }

    @Test
    void the_clock_blanks_the_pane_and_shows_the_time_in_big_digits() throws Exception {
        screen(40, 12);
        onePane(40, 11);
        ui.overlay(new Overlay.Clock(1), 0, 0);
        renderer.render();
        assertThat(row(0)).doesNotContain("first");
        // 14:05: five characters from column 40/2 - 15 = 5, rows from 11/2 - 2 = 3
        StringBuilder top = new StringBuilder();
        for (int x = 5; x < 35; x++) {
            top.append(cell(x, 3).getBackgroundColor() == TextColor.ANSI.BLUE ? '#' : ' ');
        }
        assertThat(top.toString()).isEqualTo("    # #   #       ##### ##### ");
        ui.endOverlay(ui.overlay());
        renderer.render();
        assertThat(row(0)).startsWith("first");
    }

    @Test
    void the_pager_covers_the_pane_area_with_its_position_at_the_top_right() throws Exception {
        screen(30, 5);
        onePane(30, 4);
        ui.overlay(new Overlay.Pager("one\ntwo\nthree\nfour\nfive\nsix\n"), 0, 0);
        renderer.render();
        assertThat(row(0)).isEqualTo("one                      [2/2]");
        assertThat(row(3)).startsWith("four");
        assertThat(terminal.isCursorVisible()).isFalse();
        ((Overlay.Pager) ui.overlay()).scroll(2, 4);
        ui.overlayChanged();
        renderer.render();
        assertThat(row(0)).isEqualTo("three                    [0/2]");
        assertThat(row(3)).startsWith("six");
        ui.endOverlay(ui.overlay());
        renderer.render();
        assertThat(row(0)).startsWith("first");
    }

    @Test
    void border_styles_come_from_the_options() throws Exception {
        screen(20, 6, "border.style", "fg=yellow", "border.active_style", "fg=red,bold");
        FakePane a = new FakePane(1, 9, 5);
        FakePane b = new FakePane(2, 5, 2);
        FakePane c = new FakePane(3, 5, 2);
        view.mirror(a);
        view.mirror(b);
        view.mirror(c);
        view.state(new Pdu.SessionState(1, "work", 15, 5, List.of(new Pdu.TabInfo(1, 0, "sh", 2, false, List.of(
                new Pdu.PaneGeometry(1, 0, 0, 9, 5), new Pdu.PaneGeometry(2, 10, 0, 5, 2),
                new Pdu.PaneGeometry(3, 10, 3, 5, 2)))), 1));
        renderer.render();
        assertThat(cell(9, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(cell(9, 0).getModifiers()).contains(SGR.BOLD);
        assertThat(cell(9, 2).getCharacterString()).isEqualTo("├");
        assertThat(cell(12, 2).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(cell(9, 4).getForegroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
    }

    @Test
    void a_zoomed_tab_has_one_pane_and_no_borders() throws Exception {
        screen(20, 4);
        FakePane a = new FakePane(1, 20, 3).text(0, "zoomed");
        view.mirror(a);
        view.state(new Pdu.SessionState(1, "work", 20, 3, List.of(new Pdu.TabInfo(1, 0, "sh", 1, true,
                List.of(new Pdu.PaneGeometry(1, 0, 0, 20, 3)))), 1));
        renderer.render();
        assertThat(row(0)).isEqualTo("zoomed              ");
        assertThat(row(1).strip()).isEmpty();
    }
}
