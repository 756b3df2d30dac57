package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.config.Options;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The mouse as tmux's default bindings, through the real {@link InputRouter} (SGR reports in,
 * commands and pane bytes out) on an 80x24 screen: %1 on the left (40 wide), %2 on the right,
 * the status line at the bottom with tab labels "0:sh" (@1) and "1:vim" (@2).
 */
class MouseRouterTest {
    private final FakePane left = new FakePane(1, 40, 23);
    private final FakePane right = new FakePane(2, 39, 23);
    private final FakeSession session = new FakeSession(left, right);
    private final List<String> copy = new ArrayList<>();
    private final List<Integer> inCopyMode = new ArrayList<>();
    private Routing routing;
    private MouseRouter mouse;
    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(5_000);

    private static final String LAYOUT = "0000,80x23,0,0{40x23,0,0,0,39x23,41,0,1}";

    MouseRouterTest() {
        session.answers = argv -> CompletableFuture.completedFuture(
                argv.equals(List.of("display-message", "-p", "#{window_layout}")) ? LAYOUT + "\n" : "");
        use(new Settings());
    }

    private void use(Settings settings) {
        routing = new Routing(session, () -> routing.view.activePaneId(), settings);
        routing.view.state(new Pdu.SessionState(1, "work", 80, 23, List.of(
                new Pdu.TabInfo(1, 0, "sh", 1, false, List.of(
                        new Pdu.PaneGeometry(1, 0, 0, 40, 23), new Pdu.PaneGeometry(2, 41, 0, 39, 23))),
                new Pdu.TabInfo(2, 1, "vim", 3, false, List.of(new Pdu.PaneGeometry(3, 0, 0, 80, 23)))), 1));
        routing.ui.status(new Pdu.StatusUpdate("[work] ",
                List.of(new Pdu.TabLabel(1, "0:sh*"), new Pdu.TabLabel(2, "1:vim")), "host"));
        routing.ui.paneAreaRows(23);
        mouse = new MouseRouter(session, routing.view, settings, routing.ui, routing.commands,
                new MouseRouter.CopyModeMouse() {
                    @Override public boolean active(int paneId) { return inCopyMode.contains(paneId); }
                    @Override public void wheel(int paneId, int lines) { copy.add("wheel %" + paneId + " " + lines); }
                    @Override public void dragBegin(int paneId, int col, int row) {
                        copy.add("begin %" + paneId + " " + col + "," + row);
                    }
                    @Override public void dragTo(int paneId, int col, int row) {
                        copy.add("to %" + paneId + " " + col + "," + row);
                    }
                    @Override public void dragEnd(int paneId, int col, int row) {
                        copy.add("end %" + paneId + " " + col + "," + row);
                    }
                    @Override public void selectAndCopy(int paneId, int col, int row, boolean line) {
                        copy.add((line ? "line %" : "word %") + paneId + " " + col + "," + row);
                    }
                }, () -> 80, () -> 24, now::get);
        routing.router.modes(null, mouse);
    }

    private static Settings settings(String... nameValues) {
        Options o = Options.defaults();
        for (int i = 0; i < nameValues.length; i += 2) {
            o = o.with(nameValues[i], nameValues[i + 1]);
        }
        return new Settings(o, KeyTables.defaults());
    }

    /** An SGR report at the 1-based screen cell. */
    private void sgr(int button, int col, int row, boolean press) {
        routing.type("\u001b[<" + button + ";" + col + ";" + row + (press ? "M" : "m"));
    }

    private void click(int col, int row) {
        sgr(0, col, row, true);
        sgr(0, col, row, false);
    }

    private List<String> commands() {
        return session.commands.stream().map(c -> String.join(" ", c))
                .filter(c -> !c.startsWith("display-message")).toList();
    }

    private String sentTo(int pane) {
        return new String(session.sentTo(pane), StandardCharsets.UTF_8).replace("\u001b", "\\e");
    }

    private static Pdu.PaneModes mouseModes(int tracking, int encoding) {
        return new Pdu.PaneModes(0, tracking, encoding, 0);
    }

    // ---- clicks -------------------------------------------------------------------------------

    @Test
    void a_click_on_another_pane_selects_it_and_a_click_on_the_active_one_does_nothing() {
        click(45, 3);
        assertThat(commands()).containsExactly("select-pane -t %2");
        click(5, 3);
        assertThat(commands()).as("%1 is still active in the view").containsExactly("select-pane -t %2");
        assertThat(session.sent).as("neither pane asked for the mouse").isEmpty();
    }

    @Test
    void a_pane_that_asked_for_the_mouse_gets_press_and_release_in_its_own_cells() {
        right.modes = mouseModes(1000, 1006);
        click(45, 3);
        assertThat(commands()).containsExactly("select-pane -t %2");
        assertThat(sentTo(2)).isEqualTo("\\e[<0;4;3M\\e[<0;4;3m");
    }

    @Test
    void forwarded_reports_use_the_pane_encoding() {
        left.modes = mouseModes(1000, 0);
        sgr(2, 3, 4, true);
        sgr(2, 3, 4, false);
        assertThat(sentTo(1)).isEqualTo("\\e[M\"#$\\e[M##$");
    }

    @Test
    void a_drag_in_a_mouse_pane_is_forwarded_only_in_button_event_mode_and_only_inside_it() {
        right.modes = mouseModes(1002, 1006);
        sgr(0, 45, 3, true);
        sgr(32, 46, 3, true);
        sgr(32, 30, 3, true); // over the other pane: not this pane's cell
        sgr(0, 30, 3, false); // the release comes at the pane's edge, so its button comes up
        assertThat(sentTo(2)).isEqualTo("\\e[<0;4;3M\\e[<32;5;3M\\e[<0;1;3m");
        assertThat(sentTo(1)).isEmpty();

        session.sent.clear();
        right.modes = mouseModes(1000, 1006);
        sgr(0, 45, 3, true);
        sgr(32, 46, 3, true);
        sgr(0, 46, 3, false);
        assertThat(sentTo(2)).isEqualTo("\\e[<0;4;3M\\e[<0;5;3m");
    }

    @Test
    void motion_without_a_button_reaches_only_a_pane_that_wants_all_motion() {
        right.modes = mouseModes(1003, 1006);
        left.modes = mouseModes(1002, 1006);
        sgr(35, 50, 10, true);
        sgr(35, 10, 10, true);
        assertThat(sentTo(2)).isEqualTo("\\e[<35;9;10M");
        assertThat(sentTo(1)).isEmpty();
    }

    @Test
    void modifiers_reach_the_pane() {
        left.modes = mouseModes(1000, 1006);
        sgr(16, 3, 4, true); // ctrl
        assertThat(sentTo(1)).isEqualTo("\\e[<16;3;4M");
    }

    // ---- copy mode ------------------------------------------------------------------------------

    @Test
    void a_drag_in_a_pane_that_did_not_ask_selects_in_copy_mode_from_where_the_button_went_down() {
        sgr(0, 3, 2, true);
        sgr(32, 6, 4, true);
        sgr(32, 8, 30, true); // below the pane: copy mode clamps and scrolls
        sgr(0, 8, 5, false);
        assertThat(copy).containsExactly("begin %1 2,1", "to %1 5,3", "to %1 7,29", "end %1 7,4");
        assertThat(session.sent).isEmpty();
    }

    @Test
    void a_click_without_a_drag_starts_no_selection() {
        click(3, 2);
        assertThat(copy).isEmpty();
    }

    @Test
    void the_wheel_scrolls_copy_mode_or_reaches_a_pane_that_asked() {
        sgr(64, 3, 2, true); // tmux's WheelUpPane: copy-mode -e, entering without a scroll
        sgr(65, 3, 2, true); // not in copy mode: wheel down does nothing (tmux binds no WheelDownPane)
        assertThat(commands()).containsExactly("copy-mode -e -t %1");
        assertThat(copy).isEmpty();
        inCopyMode.add(1);
        sgr(64, 3, 2, true);
        sgr(65, 3, 2, true);
        assertThat(copy).containsExactly("wheel %1 5", "wheel %1 -5");
        session.commands.clear();

        right.modes = mouseModes(1000, 1006);
        sgr(64, 45, 2, true);
        sgr(65, 45, 2, true);
        assertThat(sentTo(2)).isEqualTo("\\e[<64;4;2M\\e[<65;4;2M");
        assertThat(commands()).as("the wheel selects no pane").isEmpty();
    }

    @Test
    void a_pane_in_copy_mode_gets_the_mouse_through_copy_mode_even_when_its_program_asked() {
        right.modes = mouseModes(1000, 1006);
        inCopyMode.add(2);
        sgr(64, 45, 2, true);
        sgr(0, 45, 2, true);
        sgr(32, 47, 3, true);
        sgr(0, 47, 3, false);
        assertThat(sentTo(2)).isEmpty();
        assertThat(copy).containsExactly("wheel %2 5", "begin %2 3,1", "to %2 5,2", "end %2 5,2");
    }

    @Test
    void a_double_click_copies_the_word_and_a_triple_click_the_line_as_tmux() {
        click(5, 3);
        now.addAndGet(100);
        click(5, 3);
        now.addAndGet(100);
        click(5, 3);
        assertThat(copy).containsExactly("word %1 4,2", "line %1 4,2");
        now.addAndGet(100);
        click(5, 3); // a fourth press starts counting again
        now.addAndGet(301);
        click(5, 3); // too late for a double click
        now.addAndGet(100);
        click(6, 3); // another cell
        assertThat(copy).containsExactly("word %1 4,2", "line %1 4,2");
        now.addAndGet(100);
        click(6, 3);
        assertThat(copy).containsExactly("word %1 4,2", "line %1 4,2", "word %1 5,2");
    }

    @Test
    void a_double_click_in_a_pane_that_asked_for_the_mouse_is_two_clicks_for_it() {
        right.modes = mouseModes(1000, 1006);
        click(45, 3);
        click(45, 3);
        assertThat(copy).isEmpty();
        assertThat(sentTo(2)).isEqualTo("\\e[<0;4;3M\\e[<0;4;3m\\e[<0;4;3M\\e[<0;4;3m");
    }

    @Test
    void the_middle_button_pastes_into_a_pane_that_did_not_ask() {
        sgr(1, 45, 3, true);
        assertThat(commands()).containsExactly("select-pane -t %2", "paste-buffer -p -t %2");
    }

    // ---- borders ------------------------------------------------------------------------------

    @Test
    void dragging_the_border_resizes_the_pane_left_of_it_to_follow_the_pointer() {
        sgr(0, 41, 5, true);       // the border is column 41 (1-based)
        sgr(32, 40, 5, true);
        sgr(32, 31, 6, true);
        sgr(32, 31, 7, true);      // same column: no new command
        sgr(0, 31, 7, false);
        assertThat(commands()).containsExactly("resize-pane -t %1 -x 39", "resize-pane -t %1 -x 30");
        assertThat(session.commands).as("the layout was asked for").contains(
                List.of("display-message", "-p", "#{window_layout}"));
    }

    @Test
    void with_a_session_wider_than_the_terminal_the_border_drag_is_in_session_cells() {
        // a 100-column session on this 80-column terminal, shown from column 20 (the viewport)
        session.answers = argv -> CompletableFuture.completedFuture(
                argv.equals(List.of("display-message", "-p", "#{window_layout}"))
                        ? "0000,100x23,0,0{60x23,0,0,0,39x23,61,0,1}\n" : "");
        routing.view.state(new Pdu.SessionState(1, "work", 100, 23, List.of(
                new Pdu.TabInfo(1, 0, "sh", 1, false, List.of(
                        new Pdu.PaneGeometry(1, 0, 0, 60, 23), new Pdu.PaneGeometry(2, 61, 0, 39, 23)))), 1));
        routing.view.viewport(new Viewport(20, 0, 100, 23, 80, 23));
        sgr(0, 41, 5, true);       // the border, session column 60, is drawn at column 41 (1-based)
        sgr(32, 31, 5, true);      // the pointer at session column 50
        sgr(0, 31, 5, false);
        click(50, 3);              // drawn column 49 is session column 69: pane %2
        assertThat(commands()).containsExactly("resize-pane -t %1 -x 50", "select-pane -t %2");
    }

    // ---- status line --------------------------------------------------------------------------

    @Test
    void a_click_on_a_tab_label_selects_that_tab_and_the_wheel_moves_between_tabs() {
        // "[work] 0:sh* 1:vim ..." on row 24
        click(15, 24);
        click(8, 24);
        click(2, 24);   // the session name: nothing
        click(13, 24);  // the space between labels: nothing
        sgr(64, 40, 24, true);
        sgr(65, 40, 24, true);
        assertThat(commands()).containsExactly("select-window -t @2", "select-window -t @1", "previous-window",
                "next-window");
    }

    @Test
    void with_the_status_line_on_top_everything_is_one_row_down() {
        use(settings("status.position", "top"));
        click(15, 1);
        click(45, 2);   // the first row of %2
        right.modes = mouseModes(1000, 1006);
        click(45, 4);
        assertThat(commands()).containsExactly("select-window -t @2", "select-pane -t %2", "select-pane -t %2");
        assertThat(sentTo(2)).isEqualTo("\\e[<0;4;3M\\e[<0;4;3m");
    }

    // ---- what takes the mouse first ----------------------------------------------------------

    @Test
    void with_option_mouse_off_nothing_happens() {
        use(settings("mouse", "off"));
        right.modes = mouseModes(1000, 1006);
        click(45, 3);
        sgr(64, 3, 3, true);
        assertThat(commands()).isEmpty();
        assertThat(session.sent).isEmpty();
        assertThat(copy).isEmpty();
    }

    @Test
    void a_prompt_drops_the_mouse() {
        routing.commands.runLine("command-prompt");
        assertThat(routing.ui.prompt()).isNotNull();
        click(45, 3);
        right.modes = mouseModes(1000, 1006);
        sgr(64, 3, 3, true);
        assertThat(commands()).isEmpty();
        assertThat(session.sent).isEmpty();
        assertThat(copy).isEmpty();
    }

    @Test
    void an_interactive_overlay_gets_the_mouse_in_pane_area_cells_and_nothing_else_does() {
        List<String> got = new ArrayList<>();
        routing.ui.overlay(new Overlay.Interactive() {
            @Override public void key(dev.weft.keymaps.KeyEvent key) { }
            @Override public void mouse(InputEvent.Mouse event, int x, int y) {
                got.add(event.button() + "@" + x + "," + y + (event.press() ? "" : " up"));
            }
            @Override public void paint(com.googlecode.lanterna.screen.Screen screen, Settings.Snapshot s, int top,
                                        int cols, int rows) { }
        }, 0, 0);
        click(45, 3);
        sgr(64, 1, 1, true);
        assertThat(got).containsExactly("0@44,2", "0@44,2 up", "64@0,0");
        assertThat(commands()).isEmpty();
        assertThat(copy).isEmpty();
    }

    @Test
    void the_wheel_scrolls_command_output_by_five_and_nothing_else_happens_under_it() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("line ").append(i).append('\n');
        }
        Overlay.Pager pager = new Overlay.Pager(text.toString());
        routing.ui.overlay(pager, 0, 0);
        sgr(65, 10, 10, true);
        sgr(65, 10, 10, true);
        assertThat(pager.top()).isEqualTo(10);
        sgr(64, 10, 10, true);
        assertThat(pager.top()).isEqualTo(5);
        click(45, 3);
        assertThat(commands()).isEmpty();
        assertThat(routing.ui.overlay()).isSameAs(pager);
    }

    @Test
    void mouse_bytes_reach_the_pane_in_order_with_the_keys_around_them() {
        right.modes = mouseModes(1000, 1006);
        routing.view.state(new Pdu.SessionState(1, "work", 80, 23, List.of(
                new Pdu.TabInfo(1, 0, "sh", 2, false, List.of(
                        new Pdu.PaneGeometry(1, 0, 0, 40, 23), new Pdu.PaneGeometry(2, 41, 0, 39, 23)))), 1));
        routing.type("a\u001b[<0;45;3Mb");
        assertThat(sentTo(2)).isEqualTo("a\\e[<0;4;3Mb");
    }
}
