package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.weft.protocol.Pdu;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pane and tab commands through RunCommand on a real server: their effect on the model
 * (geometry as tmux gives it, indexes, names, the active pane), PTY sizes, and their errors.
 * Expected geometries were read from tmux 3.3a for the same window sizes.
 */
class PaneCommandsTest {
    static final String GEOMETRY = "#{pane_index}:#{pane_left},#{pane_top} #{pane_width}x#{pane_height}";

    @TempDir
    Path tmp;
    private ServerHarness h;
    private TestClient c;

    @BeforeEach
    void start() throws Exception {
        h = new ServerHarness(tmp);
        c = h.client();
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private String run(String... argv) throws Exception {
        return c.run(-1, argv);
    }

    private String geometry(String target) throws Exception {
        return run("list-panes", "-t", target, "-F", GEOMETRY);
    }

    @Test
    void splitsGiveTmuxsGeometryAndThePtysFollow() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w", "/bin/sh");
        assertThat(geometry("w")).isEqualTo("0:0,0 40x24\n1:41,0 39x24");
        run("splitw", "-v", "-t", "w", "/bin/sh");
        assertThat(geometry("w")).isEqualTo("0:0,0 40x24\n1:41,0 39x12\n2:41,13 39x11");
        run("split-window", "-v", "-l", "30%", "-b", "-t", "w:0.0");
        assertThat(geometry("w")).isEqualTo("0:0,0 40x7\n1:0,8 40x16\n2:41,0 39x12\n3:41,13 39x11");

        // stty size inside a pane matches its geometry
        String id = run("display-message", "-p", "-t", "w:0.2", "#{pane_id}");
        ServerHarness.awaitPrompt(c, id);
        ServerHarness.type(c, id, "stty size\r");
        ServerHarness.awaitText(c, id, "\n12 39\n");
    }

    @Test
    void selectLayoutSpreadsOutAndRestoresALayoutString() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w", "/bin/sh");
        run("split-window", "-h", "-t", "w", "/bin/sh");
        assertThat(geometry("w")).isEqualTo("0:0,0 40x24\n1:41,0 19x24\n2:61,0 19x24");
        String split = run("display-message", "-p", "-t", "w", "#{window_layout}");
        run("select-layout", "-E", "-t", "w");
        assertThat(geometry("w")).isEqualTo("0:0,0 26x24\n1:27,0 26x24\n2:54,0 26x24"); // tmux 3.3a's
        run("select-layout", "-t", "w", split);
        assertThat(geometry("w")).isEqualTo("0:0,0 40x24\n1:41,0 19x24\n2:61,0 19x24");
        assertThatThrownBy(() -> run("select-layout", "-t", "w", "ffff,80x24,0,0{80x24,0,0,0}"))
                .hasMessage("can't set layout: ffff,80x24,0,0{80x24,0,0,0}: invalid layout"); // wrong checksum
    }

    @Test
    void theNewPaneIsActiveUnlessDetached() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-t", "w");
        assertThat(run("display", "-p", "-t", "w", "#{pane_index}")).isEqualTo("1");
        run("split-window", "-d", "-t", "w");
        assertThat(run("display", "-p", "-t", "w", "#{pane_index}")).isEqualTo("1");
        assertThat(run("list-panes", "-t", "w", "-F", "#{pane_index}#{?pane_active,*,}")).isEqualTo("0\n1*\n2");
    }

    @Test
    void splitErrorsAreTmuxs() throws Exception {
        h.newSession(c, "tiny", 10, 4, "/bin/sh");
        assertThatThrownBy(() -> run("split-window", "-Q")).hasMessageContaining("unknown flag -Q")
                .hasMessageContaining("usage: split-window [-bdfhPvZ]");
        assertThatThrownBy(() -> run("split-window", "-l")).hasMessageContaining("-l expects an argument");
        assertThatThrownBy(() -> run("split-window", "-l", "x%", "-t", "tiny")).hasMessageContaining("invalid size");
        assertThatThrownBy(() -> run("select-pane", "-t", "%7")).hasMessage("can't find pane: %7");
        assertThatThrownBy(() -> run("select-pane", "-t", "7")).hasMessage("can't find pane: 7");
        assertThatThrownBy(() -> run("frobnicate")).hasMessage("unknown command: frobnicate");
        assertThatThrownBy(() -> run("rename-window")).hasMessageContaining("too few arguments");
        // a 4-row window holds two panes one above the other (1 + border + 2), not three
        run("split-window", "-v", "-t", "tiny");
        assertThatThrownBy(() -> {
            for (int i = 0; i < 5; i++) {
                run("split-window", "-v", "-t", "tiny");
            }
        }).hasMessage("no space for new pane");
        String panes = run("list-panes", "-t", "tiny", "-F", "#{pane_id}");
        assertThat(panes.split("\n")).hasSizeLessThan(5);
    }

    @Test
    void zoomShowsOnlyTheActivePaneAtTheWholeSizeAndSelectingUnzooms() throws Exception {
        Pdu.SessionCreated s = h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w", "/bin/sh");
        run("resize-pane", "-Z", "-t", "w:0.1");
        assertThat(run("display", "-p", "-t", "w", "#{window_zoomed_flag} #{window_flags}")).isEqualTo("1 *Z");
        assertThat(geometry("w")).isEqualTo("0:0,0 40x24\n1:0,0 80x24");
        String id = run("display-message", "-p", "-t", "w:0.1", "#{pane_id}");
        ServerHarness.awaitPrompt(c, id);
        ServerHarness.type(c, id, "stty size\r");
        ServerHarness.awaitText(c, id, "\n24 80\n");

        TestClient viewer = h.client();
        viewer.send(new Pdu.Attach(viewer.nextRequestId(), "w", 80, 24, false));
        viewer.expect(Pdu.Attached.class);
        Pdu.SessionState state = viewer.expect(Pdu.SessionState.class);
        assertThat(state.tabs().get(0).zoomed()).isTrue();
        assertThat(state.tabs().get(0).panes()).containsExactly(new Pdu.PaneGeometry(Integer.parseInt(id.substring(1)), 0, 0, 80, 24));

        run("select-pane", "-t", "w:0.0");
        assertThat(run("display", "-p", "-t", "w", "#{window_zoomed_flag} #{pane_index}")).isEqualTo("0 0");
        viewer.awaitPdu(Pdu.SessionState.class, "two panes, unzoomed",
                st -> !st.tabs().get(0).zoomed() && st.tabs().get(0).panes().size() == 2);
        ServerHarness.type(c, id, "stty size\r");
        ServerHarness.awaitText(c, id, "\n24 39\n");
        assertThat(s.paneId()).isNotEqualTo(Integer.parseInt(id.substring(1)));
    }

    @Test
    void selectPaneByDirectionLastPaneAndTargets() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w");
        run("split-window", "-v", "-t", "w");  // panes 0 (left), 1 (top right), 2 (bottom right, active)
        run("select-pane", "-U", "-t", "w");
        assertThat(active()).isEqualTo("1");
        run("select-pane", "-L", "-t", "w");
        assertThat(active()).isEqualTo("0");
        run("last-pane", "-t", "w");
        assertThat(active()).isEqualTo("1");
        run("select-pane", "-l", "-t", "w");
        assertThat(active()).isEqualTo("0");
        run("select-pane", "-t", "w:.+");
        assertThat(active()).isEqualTo("1");
        run("select-pane", "-t", "w:.-");
        assertThat(active()).isEqualTo("0");
        run("select-pane", "-t", "w:0.{last}");
        assertThat(active()).isEqualTo("1");
    }

    private String active() throws Exception {
        return run("display", "-p", "-t", "w", "#{pane_index}");
    }

    @Test
    void resizePaneMovesTheEdgeAsTmuxDoes() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w");
        run("resize-pane", "-L", "-t", "w:0.1", "5");
        assertThat(geometry("w")).isEqualTo("0:0,0 35x24\n1:36,0 44x24");
        run("resize-pane", "-x", "20", "-t", "w:0.0");
        assertThat(geometry("w")).isEqualTo("0:0,0 20x24\n1:21,0 59x24");
        assertThatThrownBy(() -> run("resize-pane", "-x", "0", "-t", "w:0.0")).hasMessageContaining("invalid size \"0\"");
        assertThatThrownBy(() -> run("resize-pane", "-L", "-t", "w:0.0", "-3")).hasMessageContaining("unknown flag -3");
        assertThatThrownBy(() -> run("resize-pane", "-L", "-t", "w:0.0", "--", "-3")).hasMessageContaining("adjustment -3 is invalid");
    }

    @Test
    void swapRotateAndLayouts() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w");
        String ids = run("list-panes", "-t", "w", "-F", "#{pane_id}");
        run("swap-pane", "-U", "-t", "w");
        String swapped = run("list-panes", "-t", "w", "-F", "#{pane_id}");
        assertThat(swapped.split("\n")).containsExactly(ids.split("\n")[1], ids.split("\n")[0]);
        run("rotate-window", "-t", "w");
        assertThat(run("list-panes", "-t", "w", "-F", "#{pane_id}")).isEqualTo(ids);

        run("split-window", "-t", "w");
        run("select-layout", "-t", "w", "even-vertical");
        assertThat(geometry("w")).isEqualTo("0:0,0 80x7\n1:0,8 80x7\n2:0,16 80x8");
        run("next-layout", "-t", "w");  // main-horizontal follows even-vertical
        assertThat(run("display", "-p", "-t", "w", "#{window_layout}")).isNotEmpty();
        assertThatThrownBy(() -> run("select-layout", "-t", "w", "spiral")).hasMessageContaining("can't set layout: spiral");
    }

    @Test
    void tabsGetIndexesNamesAndSelection() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("new-window", "-t", "w", "-n", "sh");
        run("new-window", "-t", "w", "-n", "logs");
        assertThat(tabs()).isEqualTo("0:sh\n1:sh-\n2:logs*");
        run("select-window", "-t", "w:0");
        assertThat(tabs()).isEqualTo("0:sh*\n1:sh\n2:logs-");
        run("last-window", "-t", "w");
        assertThat(tabs()).isEqualTo("0:sh-\n1:sh\n2:logs*");
        run("next-window", "-t", "w");
        assertThat(tabs()).isEqualTo("0:sh*\n1:sh\n2:logs-");
        run("previous-window", "-t", "w");
        assertThat(tabs()).isEqualTo("0:sh-\n1:sh\n2:logs*");
        run("rename-window", "-t", "w:1", "build");
        run("select-window", "-t", "w:build");
        assertThat(tabs()).isEqualTo("0:sh\n1:build*\n2:logs-");
        run("kill-window", "-t", "w:1");  // as tmux: the last tab becomes current, the one before it last
        assertThat(tabs()).isEqualTo("0:sh-\n2:logs*");
        run("new-window", "-d", "-t", "w", "-n", "sh");  // the first free index after the current one
        assertThat(tabs()).isEqualTo("0:sh-\n2:logs*\n3:sh");
        run("new-window", "-d", "-t", "w:1", "-n", "sh");
        assertThat(tabs()).isEqualTo("0:sh-\n1:sh\n2:logs*\n3:sh");
        assertThatThrownBy(() -> run("new-window", "-t", "w:1")).hasMessage("index 1 in use");
        assertThatThrownBy(() -> run("select-window", "-t", "w:9")).hasMessage("can't find window: 9");
        assertThat(run("list-windows", "-t", "w")).contains("2: logs* (1 panes) [80x24]");
    }

    private String tabs() throws Exception {
        return run("list-windows", "-t", "w", "-F", "#{window_index}:#{window_name}#{window_flags}");
    }

    @Test
    void breakAndJoinMovePanesBetweenTabs() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-h", "-t", "w");
        String moved = run("display", "-p", "-t", "w", "#{pane_id}");
        run("break-pane", "-t", "w");
        assertThat(run("list-windows", "-t", "w", "-F", "#{window_index}:#{window_panes}#{window_flags}")).isEqualTo("0:1-\n1:1*");
        assertThat(run("display", "-p", "-t", "w", "#{pane_id} #{pane_width}x#{pane_height}")).isEqualTo(moved + " 80x24");
        assertThatThrownBy(() -> run("break-pane", "-t", "w")).hasMessage("can't break with only one pane");

        run("join-pane", "-h", "-s", moved, "-t", "w:0");
        assertThat(run("list-windows", "-t", "w", "-F", "#{window_index}:#{window_panes}")).isEqualTo("0:2");
        assertThat(geometry("w:0")).isEqualTo("0:0,0 40x24\n1:41,0 39x24");
        assertThat(run("display", "-p", "-t", "w", "#{pane_id}")).isEqualTo(moved);
    }

    @Test
    void killPaneEndsTabsAndTheSession() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        run("split-window", "-t", "w");
        run("split-window", "-t", "w");
        run("kill-pane", "-a", "-t", "w");
        assertThat(run("list-panes", "-t", "w", "-F", "#{pane_index}")).isEqualTo("0");
        run("new-window", "-t", "w");
        run("kill-pane", "-t", "w");
        assertThat(run("list-windows", "-t", "w", "-F", "#{window_index}")).isEqualTo("0");
        h.newSession(c, "keep", 80, 24, "/bin/sh"); // the server stays up after "w" ends
        run("kill-pane", "-t", "w");
        assertThatThrownBy(() -> run("list-windows", "-t", "w")).hasMessageContaining("no session named \"w\"");
    }

    @Test
    void contextIsTargetThenContextPaneThenAttachedSessionThenMostRecent() throws Exception {
        Pdu.SessionCreated a = h.newSession(c, "a", 80, 24, "/bin/sh");
        Pdu.SessionCreated b = h.newSession(c, "b", 80, 24, "/bin/sh");
        // most recent: b
        assertThat(run("display", "-p", "#S")).isEqualTo("b");
        // context pane in a
        assertThat(c.run(a.paneId(), "display", "-p", "#S")).isEqualTo("a");
        c.run(a.paneId(), "split-window");
        assertThat(run("list-panes", "-t", "a", "-F", "#{pane_index}")).isEqualTo("0\n1");
        // explicit -t beats the context pane
        assertThat(c.run(a.paneId(), "display", "-p", "-t", "b", "#S")).isEqualTo("b");
        // an attached connection without a context pane: its session
        TestClient attached = h.client();
        attached.send(new Pdu.Attach(attached.nextRequestId(), "a", 80, 24, false));
        attached.expect(Pdu.Attached.class);
        h.newSession(c, "c", 80, 24, "/bin/sh");
        assertThat(attached.run(-1, "display", "-p", "#S")).isEqualTo("a");
        // an attached client's context pane stands for its current pane: the session's active one
        String activeOfA = run("display", "-p", "-t", "a", "#{pane_id}");
        assertThat(activeOfA).isNotEqualTo("%" + a.paneId());
        assertThat(attached.run(a.paneId(), "display", "-p", "#{pane_id}")).isEqualTo(activeOfA);
        // ... while a context pane elsewhere is taken as it is
        assertThat(attached.run(b.paneId(), "display", "-p", "#S #{pane_id}")).isEqualTo("b %" + b.paneId());
        assertThat(run("display", "-p", "#S")).isEqualTo("c");
        assertThat(b.paneId()).isGreaterThan(a.paneId());
    }

    @Test
    void sendKeysTypesKeyNamesAndText() throws Exception {
        h.newSession(c, "w", 80, 24, "/bin/sh");
        String id = run("display", "-p", "-t", "w", "#{pane_id}");
        ServerHarness.awaitPrompt(c, id);
        run("send-keys", "-N", "1", "-t", "w", "echo typed-by-");
        run("send-keys", "-l", "-t", "w", "send-keys");
        run("send", "-t", id, "Enter");
        ServerHarness.awaitText(c, id, "\ntyped-by-send-keys\n");
        assertThatThrownBy(() -> run("send-keys", "-N", "x", "-t", "w", "a")).hasMessageContaining("repeat count x");
    }

    @Test
    void renameSessionAndDuplicates() throws Exception {
        h.newSession(c, "one", 80, 24, "/bin/sh");
        h.newSession(c, "two", 80, 24, "/bin/sh");
        run("rename-session", "-t", "one", "fir.st");
        assertThat(run("display", "-p", "-t", "fir_st", "#S")).isEqualTo("fir_st");
        assertThatThrownBy(() -> run("rename", "-t", "two", "fir_st")).hasMessage("duplicate session: fir_st");
    }

    @Test
    void automaticRenameFollowsTheForegroundProgram() throws Exception {
        h.newSession(c, "w", 80, 24, "bash", "--norc", "--noprofile");
        String pane = run("display", "-p", "-t", "w", "#{pane_id}");
        await().atMost(Duration.ofSeconds(10)).until(() -> run("display", "-p", "-t", "w", "#W").equals("bash"));
        ServerHarness.type(c, pane, "sleep 30\r");
        await().atMost(Duration.ofSeconds(10)).until(() -> run("display", "-p", "-t", "w", "#W").equals("sleep"));
        assertThat(run("display", "-p", "-t", "w", "#{pane_current_command}")).isEqualTo("sleep");
        c.send(new Pdu.SendKeys(c.nextRequestId(), pane, java.util.List.of("C-c"), false));
        c.expect(Pdu.OkReply.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> run("display", "-p", "-t", "w", "#W").equals("bash"));
        ServerHarness.type(c, pane, "cat\r");
        await().atMost(Duration.ofSeconds(10)).until(() -> run("display", "-p", "-t", "w", "#W").equals("cat"));
        // rename-window stops it
        run("rename-window", "-t", "w", "mine");
        c.send(new Pdu.SendKeys(c.nextRequestId(), pane, java.util.List.of("C-d"), false));
        c.expect(Pdu.OkReply.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> run("display", "-p", "-t", "w", "#{pane_current_command}").equals("bash"));
        assertThat(run("display", "-p", "-t", "w", "#W")).isEqualTo("mine");
        assertThat(run("display", "-p", "-t", "w", "#{pane_current_path}")).isEqualTo(tmp.toRealPath().toString());
    }
}
