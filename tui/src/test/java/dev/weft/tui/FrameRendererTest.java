package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.weft.protocol.Pdu;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameRendererTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T14:05:30Z"), ZoneOffset.UTC);

    private DefaultVirtualTerminal terminal;
    private SessionView view;
    private FrameRenderer renderer;

    @BeforeEach
    void setUp() throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(40, 6));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        view = new SessionView();
        renderer = new FrameRenderer(screen, view, new StatusLine("myhost", FIXED), null);
    }

    private static Pdu.SessionState state(String name, int activeTab, List<Pdu.TabInfo> tabs) {
        return new Pdu.SessionState(1, name, 40, 5, tabs, activeTab);
    }

    private static Pdu.TabInfo tab(int id, int index, String name, int activePane, Pdu.PaneGeometry... panes) {
        return new Pdu.TabInfo(id, index, name, activePane, false, List.of(panes));
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

    @Test
    void colours_map_to_ansi_palette_and_truecolor() throws Exception {
        FakePane pane = new FakePane(7, 40, 5).line(0, new Pdu.StyledLine(false, List.of(
                FakePane.run(0x1000000 | 1, 0, 0, "r"),
                FakePane.run(0x1000000 | 9, 0x1000000 | 4, 0, "b"),
                FakePane.run(0x1000000 | 200, 0, 0, "i"),
                FakePane.run(0x2000000 | 0x123456, 0x2000000 | 0xABCDEF, 0, "t"),
                FakePane.run(0, 0, 0, "d"))));
        view.mirror(pane);
        renderer.render();

        assertThat(row(0)).startsWith("rbitd ");
        assertThat(cell(0, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(cell(1, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.RED_BRIGHT);
        assertThat(cell(1, 0).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLUE);
        assertThat(cell(2, 0).getForegroundColor()).isEqualTo(new TextColor.Indexed(200));
        assertThat(cell(3, 0).getForegroundColor()).isEqualTo(new TextColor.RGB(0x12, 0x34, 0x56));
        assertThat(cell(3, 0).getBackgroundColor()).isEqualTo(new TextColor.RGB(0xAB, 0xCD, 0xEF));
        assertThat(cell(4, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(cell(4, 0).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
    }

    @Test
    void attributes_map_to_sgr_and_hidden_cells_are_blank() throws Exception {
        int curly = 3 << CellStyle.UNDERLINE_SHIFT;
        FakePane pane = new FakePane(7, 40, 5).line(0, new Pdu.StyledLine(false, List.of(
                FakePane.run(0, 0, CellStyle.BOLD, "B"),
                FakePane.run(0, 0, CellStyle.ITALIC, "I"),
                FakePane.run(0, 0, curly, "U"),
                FakePane.run(0, 0, CellStyle.BLINK, "K"),
                FakePane.run(0, 0, CellStyle.INVERSE, "R"),
                FakePane.run(0, 0, CellStyle.STRIKE, "S"),
                FakePane.run(0, 0x1000000 | 2, CellStyle.HIDDEN, "H"),
                FakePane.run(0, 0, CellStyle.BOLD | CellStyle.INVERSE | CellStyle.DIM, "X"))));
        view.mirror(pane);
        renderer.render();

        assertThat(cell(0, 0).getModifiers()).containsExactly(SGR.BOLD);
        assertThat(cell(1, 0).getModifiers()).containsExactly(SGR.ITALIC);
        assertThat(cell(2, 0).getModifiers()).containsExactly(SGR.UNDERLINE);
        assertThat(cell(3, 0).getModifiers()).containsExactly(SGR.BLINK);
        assertThat(cell(4, 0).getModifiers()).containsExactly(SGR.REVERSE);
        assertThat(cell(5, 0).getModifiers()).containsExactly(SGR.CROSSED_OUT);
        assertThat(cell(6, 0).getCharacterString()).isEqualTo(" ");
        assertThat(cell(6, 0).getBackgroundColor()).isEqualTo(TextColor.ANSI.GREEN);
        assertThat(cell(7, 0).getModifiers()).containsExactlyInAnyOrder(SGR.BOLD, SGR.REVERSE);
        assertThat(row(0)).startsWith("BIUKRS X ");
    }

    @Test
    void wide_characters_take_two_columns_and_keep_the_row_aligned() throws Exception {
        FakePane pane = new FakePane(7, 40, 5).line(0, new Pdu.StyledLine(false, List.of(
                FakePane.run(0, 0, 0, "a", "世", "", "界", "", "b"))));
        view.mirror(pane);
        renderer.render();

        assertThat(cell(0, 0).getCharacterString()).isEqualTo("a");
        assertThat(cell(1, 0).getCharacterString()).isEqualTo("世");
        assertThat(cell(1, 0).isDoubleWidth()).isTrue();
        assertThat(cell(3, 0).getCharacterString()).isEqualTo("界");
        assertThat(cell(5, 0).getCharacterString()).isEqualTo("b");
        assertThat(cell(6, 0).getCharacterString()).isEqualTo(" ");
    }

    @Test
    void panes_sit_at_their_geometry_with_a_border_between_them() throws Exception {
        FakePane left = new FakePane(1, 19, 5).text(0, "left").text(4, "bottom");
        FakePane right = new FakePane(2, 20, 5).text(0, "right");
        right.cursor = new Pdu.CursorState(2, 3, true, 0);
        view.mirror(left);
        view.mirror(right);
        view.state(state("s", 10, List.of(tab(10, 0, "sh", 2,
                new Pdu.PaneGeometry(1, 0, 0, 19, 5), new Pdu.PaneGeometry(2, 20, 0, 20, 5)))));
        renderer.render();

        assertThat(row(0)).startsWith("left").contains("│right");
        assertThat(row(0).indexOf("right")).isEqualTo(20);
        assertThat(row(4)).startsWith("bottom");
        assertThat(cell(19, 2).getCharacterString()).isEqualTo("│");
        // two panes: tmux 3.3 colours only the half of the shared border next to the active (right) pane
        assertThat(cell(19, 3).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
        assertThat(cell(19, 4).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
        assertThat(cell(19, 2).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(cell(19, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(terminal.getCursorPosition()).isEqualTo(new TerminalPosition(23, 2));
        assertThat(terminal.isCursorVisible()).isTrue();
    }

    @Test
    void cursor_is_hidden_when_the_pane_hides_it() throws Exception {
        FakePane pane = new FakePane(7, 40, 5).text(0, "x");
        pane.cursor = new Pdu.CursorState(1, 1, false, 0);
        view.mirror(pane);
        renderer.render();

        assertThat(terminal.isCursorVisible()).isFalse();
    }

    @Test
    void status_line_shows_session_tabs_host_and_clock_black_on_green() throws Exception {
        DefaultVirtualTerminal wide = new DefaultVirtualTerminal(new TerminalSize(60, 3));
        TerminalScreen screen = new TerminalScreen(wide);
        screen.startScreen();
        FrameRenderer r = new FrameRenderer(screen, view, new StatusLine("myhost", FIXED), null);
        view.state(state("work", 11, List.of(tab(10, 0, "bash", 1), tab(11, 1, "vim", 1))));
        view.state(state("work", 12, List.of(tab(10, 0, "bash", 1), tab(11, 1, "vim", 1),
                new Pdu.TabInfo(12, 2, "top", 1, true, List.of()))));
        r.render();

        StringBuilder status = new StringBuilder();
        for (int x = 0; x < 60; x++) {
            status.append(wide.getCharacter(x, 2).getCharacterString());
            assertThat(wide.getCharacter(x, 2).getForegroundColor()).isEqualTo(TextColor.ANSI.BLACK);
            assertThat(wide.getCharacter(x, 2).getBackgroundColor()).isEqualTo(TextColor.ANSI.GREEN);
        }
        assertThat(status.toString()).startsWith("[work] 0:bash 1:vim- 2:top*Z ");
        assertThat(status.toString()).endsWith(" \"myhost\" 14:05 21-Nov-26");
    }

    @Test
    void status_line_keeps_the_left_side_when_both_do_not_fit() throws Exception {
        view.state(state("a-long-session-name", 10, List.of(tab(10, 0, "bash", 1))));
        renderer.render();

        assertThat(row(5)).isEqualTo(String.format("%-40s", "[a-long-session-name] 0:bash*"));
    }

    @Test
    void only_dirty_rows_are_repainted() throws Exception {
        FakePane pane = new FakePane(7, 40, 5).text(0, "first").text(1, "second");
        view.mirror(pane);
        renderer.render();

        pane.text(1, "changed");
        pane.takeDirtyRows(); // row 1 changed but is not reported dirty: it must not be repainted
        pane.text(0, "again");
        renderer.paneChanged(7);
        renderer.render();

        assertThat(row(0)).startsWith("again ");
        assertThat(row(1)).startsWith("second ");
    }

    @Test
    void a_delta_frame_writes_only_the_changed_cells() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalOutput out = new TerminalOutput(bytes);
        TerminalScreen screen = new TerminalScreen(new OutputTerminal(out, 40, 6));
        screen.startScreen();
        SessionView v = new SessionView();
        FrameRenderer r = new FrameRenderer(screen, v, new StatusLine("h", FIXED), out);
        FakePane pane = new FakePane(7, 40, 5).text(0, "hello world").text(3, "unchanged text");
        v.mirror(pane);
        r.render();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("hello", "world", "unchanged", "text");

        bytes.reset();
        pane.text(0, "hello World");
        r.paneChanged(7);
        r.render();
        String frame = bytes.toString(StandardCharsets.UTF_8);
        assertThat(frame).startsWith(OuterModes.SYNC_BEGIN + OuterModes.CURSOR_HIDE).endsWith(OuterModes.SYNC_END);
        assertThat(frame).contains("W").doesNotContain("hello", "unchanged", "world");
    }

    @Test
    void the_active_pane_cursor_shape_reaches_the_outer_terminal_once() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalOutput out = new TerminalOutput(bytes);
        TerminalScreen screen = new TerminalScreen(new OutputTerminal(out, 40, 6));
        screen.startScreen();
        SessionView v = new SessionView();
        java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
        FrameRenderer r = new FrameRenderer(screen, v, new StatusLine("h", FIXED), out, changed::incrementAndGet,
                new Settings(), null);
        FakePane pane = new FakePane(7, 40, 5).text(0, "vim");
        v.mirror(pane);
        r.render();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain(" q");

        bytes.reset();
        pane.cursor = new Pdu.CursorState(0, 1, true, 6); // steady bar, as vim's insert mode asks
        r.paneChanged(7);
        r.render();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\033[6 q");

        bytes.reset();
        pane.text(0, "vim!");
        r.paneChanged(7);
        r.render();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain(" q");
        assertThat(changed.get()).isEqualTo(1);
    }

    @Test
    void resize_repaints_everything_at_the_new_size() throws Exception {
        FakePane pane = new FakePane(7, 40, 5).text(0, "top");
        view.mirror(pane);
        renderer.render();

        terminal.setTerminalSize(new TerminalSize(30, 4));
        renderer.resized();
        renderer.render();

        assertThat(row(0)).startsWith("top");
        assertThat(row(3)).endsWith("14:05 21-Nov-26");
    }
}
