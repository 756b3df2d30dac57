package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.client.ClientException;
import dev.weft.config.Options;
import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InputRouterTest {
    private static final int PANE = 4;

    private FakePane pane;
    private FakeSession session;
    private Routing routing;
    private InputRouter router;

    @BeforeEach
    void setUp() {
        pane = new FakePane(PANE, 80, 24);
        session = new FakeSession(pane);
        // display-message -p expands the few formats the default bindings use
        session.answers = argv -> {
            if (argv.size() == 3 && argv.get(0).equals("display-message") && argv.get(1).equals("-p")) {
                return CompletableFuture.completedFuture(argv.get(2).replace("#P", "1").replace("#W", "bash") + "\n");
            }
            return CompletableFuture.completedFuture("");
        };
        use(new Routing(session, PANE));
    }

    private void use(Routing r) {
        routing = r;
        router = r.router;
    }

    private void type(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        router.feed(b, 0, b.length);
    }

    private String sent() {
        return new String(session.sentTo(PANE), StandardCharsets.UTF_8);
    }

    private Settings settings(KeyTables keys) {
        return new Settings(Options.defaults(), keys);
    }

    // ---- keys to the pane --------------------------------------------------------------------

    @Test
    void text_reaches_the_pane_unchanged() {
        type("echo héllo 世界");
        assertThat(sent()).isEqualTo("echo héllo 世界");
    }

    @Test
    void a_read_becomes_one_input() {
        type("abc\r");
        assertThat(session.sent).hasSize(1);
        assertThat(sent()).isEqualTo("abc\r");
    }

    @Test
    void ctrl_and_alt_keys_keep_their_meaning() {
        type("\u0003");      // C-c
        type("\u001bx");     // M-x
        type("\u007f");      // Backspace
        assertThat(sent()).isEqualTo("\u0003\u001bx\u007f");
    }

    @Test
    void arrows_follow_the_pane_cursor_key_mode() {
        type("\u001b[A\u001b[D");
        assertThat(sent()).isEqualTo("\u001b[A\u001b[D");

        session.sent.clear();
        pane.modes = new Pdu.PaneModes(Pdu.PaneModes.CURSOR_KEYS_APP, 0, 0, 0);
        type("\u001b[A\u001bOD");
        assertThat(sent()).isEqualTo("\u001bOA\u001bOD");
    }

    @Test
    void modified_arrows_and_function_keys_pass_through() {
        type("\u001b[1;5C");   // C-Right
        type("\u001b[15~");    // F5
        type("\u001bOP");      // F1
        assertThat(sent()).isEqualTo("\u001b[1;5C\u001b[15~\u001bOP");
    }

    @Test
    void paste_is_bracketed_only_when_the_pane_asked_for_it() {
        type("\u001b[200~ls -l\rpwd\u001b[201~");
        assertThat(sent()).isEqualTo("ls -l\rpwd");

        session.sent.clear();
        pane.modes = new Pdu.PaneModes(Pdu.PaneModes.BRACKETED_PASTE, 0, 0, 0);
        type("\u001b[200~ls -l\rpwd\u001b[201~");
        assertThat(sent()).isEqualTo("\u001b[200~ls -l\rpwd\u001b[201~");
    }

    @Test
    void a_prefix_key_inside_a_paste_is_text() {
        type("\u001b[200~a\u0002d\u001b[201~");
        assertThat(routing.detaches.get()).isZero();
        assertThat(sent()).isEqualTo("a\u0002d");
    }

    @Test
    void a_paste_without_its_end_marker_is_sent_when_ended() {
        type("\u001b[200~half a paste");
        assertThat(router.inPaste()).isTrue();
        assertThat(session.sent).isEmpty();

        router.endPaste();
        assertThat(sent()).isEqualTo("half a paste");
        assertThat(router.inPaste()).isFalse();
        type("x");
        assertThat(sent()).isEqualTo("half a pastex");
    }

    @Test
    void a_lone_escape_waits_for_escape_time() {
        type("\u001b");
        assertThat(router.hasPending()).isTrue();
        assertThat(session.sent).isEmpty();

        router.timeout();
        assertThat(sent()).isEqualTo("\u001b");
        assertThat(router.hasPending()).isFalse();
    }

    @Test
    void focus_events_reach_the_pane_only_when_it_asked_for_them() {
        type("\u001b[I\u001b[O");
        assertThat(session.sent).isEmpty();

        pane.modes = new Pdu.PaneModes(Pdu.PaneModes.FOCUS_EVENTS, 0, 0, 0);
        type("\u001b[I\u001b[O");
        assertThat(sent()).isEqualTo("\u001b[I\u001b[O");
    }

    @Test
    void keys_without_an_active_pane_are_dropped() {
        use(new Routing(new FakeSession(), () -> -1, new Settings()));
        type("abc");
        assertThat(routing.session.sent).isEmpty();
    }

    @Test
    void prefix_matching_ignores_the_letter_case_the_decoder_reports() {
        assertThat(InputRouter.sameKey(KeyEvent.ofChar('B', KeyEvent.CTRL), KeyEvent.ofChar('b', KeyEvent.CTRL))).isTrue();
        assertThat(InputRouter.sameKey(KeyEvent.ofChar('B', 0), KeyEvent.ofChar('b', 0))).isFalse();
    }

    // ---- the prefix table --------------------------------------------------------------------

    @Test
    void prefix_d_detaches_and_sends_nothing() {
        type("\u0002d");
        assertThat(routing.detaches.get()).isEqualTo(1);
        assertThat(session.sent).isEmpty();
        assertThat(session.commands).isEmpty();
    }

    @Test
    void prefix_d_split_across_reads_detaches() {
        type("\u0002");
        assertThat(router.prefixArmed()).isTrue();
        type("d");
        assertThat(routing.detaches.get()).isEqualTo(1);
        assertThat(router.prefixArmed()).isFalse();
    }

    @Test
    void prefix_twice_sends_the_prefix_itself() {
        type("\u0002\u0002x");
        assertThat(sent()).isEqualTo("\u0002x");
        assertThat(routing.detaches.get()).isZero();
    }

    @Test
    void an_unbound_key_after_the_prefix_is_dropped() {
        type("\u0002Xab");
        assertThat(sent()).isEqualTo("ab");
        assertThat(session.commands).isEmpty();
    }

    @Test
    void a_bound_key_after_the_prefix_goes_to_the_server_with_the_active_pane() {
        type("\u0002%");
        assertThat(session.commands).containsExactly(List.of("split-window", "-h"));
        assertThat(session.commandPanes).containsExactly(PANE);
        type("\u0002c");
        assertThat(session.commands).last().isEqualTo(List.of("new-window"));
        assertThat(session.sent).isEmpty();
    }

    @Test
    void typing_before_a_binding_reaches_the_pane_first() {
        type("ls\u0002c");
        assertThat(sent()).isEqualTo("ls");
        assertThat(session.commands).containsExactly(List.of("new-window"));
    }

    @Test
    void the_prefix_option_is_honoured() {
        use(new Routing(session, () -> PANE, new Settings(Options.defaults().with("prefix", "C-a"), KeyTables.defaults())));
        type("\u0002\u0001d");
        assertThat(sent()).isEqualTo("\u0002");
        assertThat(routing.detaches.get()).isEqualTo(1);
    }

    @Test
    void the_server_settings_replace_prefix_and_tables() {
        routing.settings.apply(new Pdu.ClientSettings(List.of(new Pdu.OptionValue("prefix", "C-a")),
                List.of(new Pdu.KeyBinding("prefix", "v", false, "split-window -h"),
                        new Pdu.KeyBinding("prefix", "C-a", false, "send-prefix"))));
        type("\u0001v");
        assertThat(session.commands).containsExactly(List.of("split-window", "-h"));
        type("\u0001%"); // no longer bound
        assertThat(session.commands).hasSize(1);
        type("\u0001\u0001");
        assertThat(sent()).isEqualTo("\u0001");
    }

    @Test
    void a_repeatable_key_repeats_without_the_prefix_within_repeat_time() {
        type("\u0002\u001b[A");               // prefix Up: select-pane -U, repeatable
        type("\u001b[A");                     // Up again, 100 ms later
        routing.now.addAndGet(100);
        type("\u001b[A");
        assertThat(session.commands).containsExactly(List.of("select-pane", "-U"), List.of("select-pane", "-U"),
                List.of("select-pane", "-U"));
        assertThat(session.sent).isEmpty();
        assertThat(router.prefixArmed()).isTrue();

        routing.now.addAndGet(501);            // repeat_time (500) passed since the last repeat
        type("\u001b[A");
        assertThat(session.commands).hasSize(3);
        assertThat(sent()).isEqualTo("\u001b[A");
        assertThat(router.prefixArmed()).isFalse();
    }

    @Test
    void a_key_that_does_not_repeat_ends_the_repeat_and_is_handled_as_usual() {
        type("\u0002\u001b[1;5A");              // prefix C-Up: resize-pane -U, repeatable
        type("x");                             // not repeatable: to the pane
        assertThat(session.commands).containsExactly(List.of("resize-pane", "-U"));
        assertThat(sent()).isEqualTo("x");
        assertThat(router.prefixArmed()).isFalse();

        type("\u0002\u001b[A");
        type("c");                             // bound in prefix but not repeatable: handled in root, to the pane
        assertThat(session.commands).last().isEqualTo(List.of("select-pane", "-U"));
        assertThat(sent()).isEqualTo("xc");

        type("\u0002\u001b[A\u0002c");         // the prefix ends a repeat and arms again
        assertThat(session.commands).last().isEqualTo(List.of("new-window"));
    }

    @Test
    void a_repeat_time_of_zero_turns_repeating_off() {
        use(new Routing(session, () -> PANE,
                new Settings(Options.defaults().with("repeat_time", "0"), KeyTables.defaults())));
        type("\u0002\u001b[A\u001b[A");
        assertThat(session.commands).containsExactly(List.of("select-pane", "-U"));
        assertThat(sent()).isEqualTo("\u001b[A");
    }

    @Test
    void a_root_binding_runs_without_the_prefix() {
        KeyTables keys = KeyTables.defaults();
        keys.bind("root", "M-Left", false, "select-pane -L");
        use(new Routing(session, () -> PANE, settings(keys)));
        type("\u001b[1;3D");
        assertThat(session.commands).containsExactly(List.of("select-pane", "-L"));
        assertThat(session.sent).isEmpty();
        type("\u001b[1;3C"); // M-Right is not bound: the pane gets it
        assertThat(sent()).isEqualTo("\u001b[1;3C");
    }

    @Test
    void several_commands_on_one_line_run_in_order() {
        KeyTables keys = KeyTables.defaults();
        keys.bind("prefix", "v", false, "split-window -h ; select-pane -L");
        use(new Routing(session, () -> PANE, settings(keys)));
        type("\u0002v");
        assertThat(session.commands).containsExactly(List.of("split-window", "-h"), List.of("select-pane", "-L"));
    }

    @Test
    void the_first_error_stops_the_line_and_shows_in_the_status_line() {
        KeyTables keys = KeyTables.defaults();
        keys.bind("prefix", "v", false, "split-window -h ; select-pane -L");
        use(new Routing(session, () -> PANE, settings(keys)));
        session.answers = argv -> CompletableFuture.failedFuture(new ClientException("no space for new pane"));
        type("\u0002v");
        assertThat(session.commands).containsExactly(List.of("split-window", "-h"));
        assertThat(routing.ui.message()).isEqualTo("no space for new pane");
        type("a"); // a key clears the message and still reaches the pane
        assertThat(routing.ui.message()).isNull();
        assertThat(sent()).isEqualTo("a");
    }

    @Test
    void commands_not_built_yet_say_so() {
        type("\u0002\u001a"); // C-b C-z: suspend-client
        assertThat(routing.ui.message()).isEqualTo("suspend-client: not available yet");
        assertThat(session.commands).isEmpty();
    }

    // ---- prompt, overlays ----------------------------------------------------------------------

    @Test
    void the_command_prompt_takes_the_keys_and_enter_runs_the_line_on_the_server() {
        type("\u0002:");
        assertThat(routing.ui.prompt()).isNotNull();
        assertThat(routing.ui.prompt().label()).isEqualTo(":");
        type("split-window -v");
        assertThat(routing.ui.prompt().editor().text()).isEqualTo("split-window -v");
        type("\r");
        assertThat(routing.ui.prompt()).isNull();
        assertThat(session.commands).containsExactly(List.of("split-window", "-v"));
        assertThat(session.sent).isEmpty();
    }

    @Test
    void escape_in_the_prompt_cancels_after_escape_time() {
        type("\u0002:kill-server\u001b");
        router.timeout();
        assertThat(routing.ui.prompt()).isNull();
        assertThat(session.commands).isEmpty();
    }

    @Test
    void rename_prompts_with_the_expanded_name_and_fills_the_template() {
        type("\u0002,");
        assertThat(session.commands).containsExactly(List.of("display-message", "-p", "#W"));
        Prompt p = routing.ui.prompt();
        assertThat(p.label()).isEqualTo("(rename-window) ");
        assertThat(p.editor().text()).isEqualTo("bash");
        type("\u0015logs\r"); // C-u, then the new name
        assertThat(session.commands).last().isEqualTo(List.of("rename-window", "--", "logs"));
    }

    @Test
    void kill_pane_asks_first_and_runs_only_on_y() {
        type("\u0002x");
        assertThat(routing.ui.prompt().label()).isEqualTo("kill-pane 1? (y/n) ");
        type("n");
        assertThat(routing.ui.prompt()).isNull();
        assertThat(session.commands).noneMatch(c -> c.get(0).equals("kill-pane"));
        type("\u0002xy");
        assertThat(session.commands).last().isEqualTo(List.of("kill-pane"));
        assertThat(session.sent).isEmpty();
    }

    @Test
    void display_panes_numbers_the_panes_and_a_digit_selects_one() {
        routing.view.state(new Pdu.SessionState(1, "work", 80, 23, List.of(new Pdu.TabInfo(1, 0, "t", PANE, false,
                List.of(new Pdu.PaneGeometry(PANE, 0, 0, 40, 23), new Pdu.PaneGeometry(9, 41, 0, 39, 23)))), 1));
        type("\u0002q");
        assertThat(routing.ui.overlay()).isInstanceOf(Overlay.PaneNumbers.class);
        type("1");
        assertThat(routing.ui.overlay()).isNull();
        assertThat(session.commands).containsExactly(List.of("select-pane", "-t", "%9"));
        type("\u0002qz"); // any other key just ends it
        assertThat(routing.ui.overlay()).isNull();
        assertThat(session.commands).hasSize(1);
        assertThat(session.sent).isEmpty();
    }

    @Test
    void the_clock_ends_on_any_key_which_the_pane_does_not_get() {
        type("\u0002t");
        assertThat(routing.ui.overlay()).isEqualTo(new Overlay.Clock(PANE));
        type("x");
        assertThat(routing.ui.overlay()).isNull();
        assertThat(session.sent).isEmpty();
    }

    @Test
    void the_prefix_works_over_the_pager_as_in_a_tmux_mode() {
        session.answers = argv -> CompletableFuture.completedFuture("one\ntwo\n");
        type("\u0002?");
        assertThat(routing.ui.overlay()).isInstanceOf(Overlay.Pager.class);
        type("\u0002c"); // C-b c: new-window, not keys for the pager
        assertThat(session.commands).containsExactly(List.of("list-keys"), List.of("new-window"));
        assertThat(routing.ui.overlay()).isInstanceOf(Overlay.Pager.class);
        type("q");
        assertThat(routing.ui.overlay()).isNull();
    }

    @Test
    void command_output_opens_the_pager_which_scrolls_and_q_leaves() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            keys.append("bind-key -T prefix k").append(i).append(" something\n");
        }
        session.answers = argv -> CompletableFuture.completedFuture(keys.toString());
        routing.ui.paneAreaRows(23);
        type("\u0002?");
        assertThat(session.commands).containsExactly(List.of("list-keys"));
        Overlay.Pager pager = (Overlay.Pager) routing.ui.overlay();
        assertThat(pager.position(23)).isEqualTo("[77/77]");
        type(" ");
        assertThat(pager.top()).isEqualTo(23);
        type("\u001b[B");
        assertThat(pager.top()).isEqualTo(24);
        type("G");
        assertThat(pager.position(23)).isEqualTo("[0/77]");
        type("g");
        assertThat(pager.top()).isZero();
        type("q");
        assertThat(routing.ui.overlay()).isNull();
        assertThat(session.sent).isEmpty();
    }

    @Test
    void a_command_from_the_server_runs_as_if_bound() {
        SessionEvents events = new SessionEvents(routing.view, null, () -> { }, new CompletableFuture<>(),
                routing.settings, routing.ui, s -> { });
        events.commands(routing.commands);
        events.clientCommand(List.of("command-prompt", "-p", "name", "rename-session '%%'"));
        assertThat(routing.ui.prompt().label()).isEqualTo("name ");
        type("w\r");
        assertThat(session.commands).containsExactly(List.of("rename-session", "w"));
    }
}
