package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Pdu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What attached clients get from commands: ClientSettings on attach and after set-option,
 * bind-key and source-file; StatusUpdate on changes; ShowMessage, ClientCommand, Detached;
 * switch-client moving the attachment. Options, key tables and source-file themselves.
 */
class ClientCommandsTest {
    @TempDir
    Path tmp;
    private ServerHarness h;
    private TestClient ctl;

    @BeforeEach
    void start() throws Exception {
        h = new ServerHarness(tmp);
        ctl = h.client();
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private String run(String... argv) throws Exception {
        return ctl.run(-1, argv);
    }

    private TestClient attach(String session) throws Exception {
        TestClient c = h.client();
        c.send(new Pdu.Attach(c.nextRequestId(), session, 80, 24, false));
        c.expect(Pdu.Attached.class);
        return c;
    }

    private static String option(Pdu.ClientSettings s, String name) {
        return s.options().stream().filter(o -> o.name().equals(name)).map(Pdu.OptionValue::value).findFirst().orElse(null);
    }

    @Test
    void settingsOnAttachAndAfterSetOption() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        TestClient viewer = attach("w");
        Pdu.ClientSettings first = viewer.awaitPdu(Pdu.ClientSettings.class, "the initial settings", s -> true);
        assertThat(option(first, "status.left")).isNotNull();
        assertThat(first.bindings()).anyMatch(b -> b.table().equals("prefix") && b.key().equals("%"));

        run("set-option", "-g", "status-left", "L:#S ");
        Pdu.ClientSettings next = viewer.awaitPdu(Pdu.ClientSettings.class, "the new status.left",
                s -> "L:#S ".equals(option(s, "status.left")));
        assertThat(next.options()).hasSameSizeAs(first.options());
        assertThat(run("show-options", "-v", "status-left")).isEqualTo("L:#S ");
        assertThat(run("show", "status-left")).isEqualTo("status-left \"L:#S \"");
        viewer.awaitPdu(Pdu.StatusUpdate.class, "the new left part", s -> s.left().equals("L:w "));

        run("set", "-u", "status-left");
        assertThat(run("show-options", "-v", "status-left")).isNotEqualTo("L:#S ");
        run("set", "-a", "status-right", "!");
        assertThat(run("show-options", "-v", "status.right")).endsWith("!");
        assertThatThrownBy(() -> run("set", "status-lft", "x")).hasMessageContaining("status-lft");
        assertThat(run("set", "-q", "status-lft", "x")).isEmpty();
        assertThatThrownBy(() -> run("set", "status-position", "left")).hasMessageContaining("left");
        assertThat(run("show-options")).contains("status.left ");
    }

    @Test
    void statusUpdateFollowsTabsNamesAndFlags() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        run("set", "status-left", "[#S] ");
        run("set", "window-status-format", "#I:#W#F");
        run("set", "window-status-current-format", "#I:#W#F");
        TestClient viewer = attach("w");
        viewer.awaitPdu(Pdu.StatusUpdate.class, "one tab", s -> s.left().equals("[w] ")
                && s.tabs().size() == 1 && s.tabs().get(0).text().endsWith("*"));
        run("new-window", "-t", "w", "-n", "logs");
        Pdu.StatusUpdate two = viewer.awaitPdu(Pdu.StatusUpdate.class, "two tabs",
                s -> s.tabs().size() == 2 && s.tabs().get(1).text().equals("1:logs*"));
        assertThat(two.tabs().get(0).text()).endsWith("-");
        run("split-window", "-t", "w:1");
        run("resize-pane", "-Z", "-t", "w:1");
        viewer.awaitPdu(Pdu.StatusUpdate.class, "the zoom flag", s -> s.tabs().size() == 2 && s.tabs().get(1).text().equals("1:logs*Z"));
        run("rename-session", "-t", "w", "renamed");
        viewer.awaitPdu(Pdu.StatusUpdate.class, "the new session name", s -> s.left().equals("[renamed] "));
    }

    @Test
    void theClockPartRefreshesEveryStatusInterval() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        run("set", "status-interval", "1");
        run("set", "status-right", "%H:%M:%S");
        TestClient viewer = attach("w");
        Pdu.StatusUpdate first = viewer.awaitPdu(Pdu.StatusUpdate.class, "a clock", s -> s.right().matches("\\d\\d:\\d\\d:\\d\\d"));
        viewer.awaitPdu(Pdu.StatusUpdate.class, "a later second", s -> !s.right().equals(first.right()));
        assertThat(first.left()).isEqualTo("[w] ");
    }

    @Test
    void displayMessageShowsOnAttachedClientsOrPrints() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        assertThat(run("display-message", "-t", "w", "no client: #S")).isEqualTo("no client: w");
        TestClient viewer = attach("w");
        assertThat(run("display-message", "-t", "w", "hello #S #{window_index}")).isEmpty();
        assertThat(viewer.awaitPdu(Pdu.ShowMessage.class, "the message", m -> true).text()).isEqualTo("hello w 0");
        assertThat(run("display", "-p", "-t", "w", "#{session_windows} #{window_panes} #{pane_width}x#{pane_height}"))
                .isEqualTo("1 1 80x24");
    }

    @Test
    void clientSideCommandsGoToTheAttachedClients() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        assertThatThrownBy(() -> run("display-panes", "-t", "w")).hasMessage("no client attached");
        TestClient viewer = attach("w");
        run("display-panes", "-t", "w");
        assertThat(viewer.awaitPdu(Pdu.ClientCommand.class, "display-panes", x -> true).argv())
                .containsExactly("display-panes", "-t", "w");
        run("clock-mode", "-t", "w");
        assertThat(viewer.awaitPdu(Pdu.ClientCommand.class, "clock-mode", x -> true).argv()).containsExactly("clock-mode", "-t", "w");
    }

    @Test
    void detachClientDetachesTheCallerOrTheSessionsClients() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        TestClient one = attach("w");
        TestClient two = attach("w");
        two.run(-1, "detach-client", "-a");
        assertThat(one.awaitPdu(Pdu.Detached.class, "detached", d -> true).reason()).isEqualTo("detached");
        two.run(-1, "detach-client");
        assertThat(two.awaitPdu(Pdu.Detached.class, "detached", d -> true).sessionName()).isEqualTo("w");
        assertThatThrownBy(() -> run("detach-client")).hasMessage("no current client");
    }

    @Test
    void switchClientMovesTheAttachment() throws Exception {
        h.newSession(ctl, "a", 80, 24, "/bin/sh");
        Pdu.SessionCreated b = h.newSession(ctl, "b", 80, 24, "/bin/sh");
        TestClient viewer = attach("a");
        viewer.run(-1, "switch-client", "-t", "b");
        viewer.awaitPdu(Pdu.SessionState.class, "session b", s -> s.sessionName().equals("b"));
        viewer.awaitPdu(Pdu.PaneUpdate.class, "a full frame of b's pane", u -> u.paneId() == b.paneId() && u.full());
        assertThat(viewer.run(-1, "display", "-p", "#S")).isEqualTo("b");
        viewer.run(-1, "switch-client", "-l");
        viewer.awaitPdu(Pdu.SessionState.class, "session a", s -> s.sessionName().equals("a"));
        viewer.run(-1, "switch-client", "-n");
        viewer.awaitPdu(Pdu.SessionState.class, "next: b", s -> s.sessionName().equals("b"));
        viewer.run(-1, "switch-client", "-p");
        viewer.awaitPdu(Pdu.SessionState.class, "previous: a", s -> s.sessionName().equals("a"));
        assertThat(run("list-windows", "-a", "-F", "#{session_name}:#{session_attached}")).isEqualTo("a:1\nb:0");
        assertThatThrownBy(() -> run("switch-client", "-t", "b")).hasMessage("no current client");
    }

    @Test
    void bindUnbindAndListKeys() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        TestClient viewer = attach("w");
        run("bind-key", "-r", "-T", "prefix", "C-y", "display-message", "hi");
        viewer.awaitPdu(Pdu.ClientSettings.class, "the new binding", s -> s.bindings().stream()
                .anyMatch(k -> k.key().equals("C-y") && k.repeat() && k.command().equals("display-message hi")));
        assertThat(run("list-keys", "-T", "prefix", "C-y")).matches("bind-key\\s+-r\\s+-T prefix\\s+C-y\\s+display-message hi");
        run("bind", "-n", "M-x", "split-window", "-h", ";", "select-pane", "-L");
        assertThat(run("list-keys", "-T", "root")).contains("split-window -h ; select-pane -L");
        run("bind", "x", "kill-pane");
        assertThat(run("list-keys", "-T", "prefix", "x")).contains("kill-pane");
        run("unbind-key", "x");
        assertThat(run("list-keys", "-T", "prefix", "x")).isEmpty();
        assertThatThrownBy(() -> run("bind", "x", "frobnicate")).hasMessage("unknown command: frobnicate");
        assertThatThrownBy(() -> run("bind", "Nonsense-Key", "kill-pane")).hasMessageContaining("Nonsense-Key");
        run("unbind", "-a", "-T", "root");
        assertThat(run("list-keys")).doesNotContain("-T root");
    }

    @Test
    void sourceFileOfCommandsRunsEachLineAndNamesFileAndLineOfErrors() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        Path file = tmp.resolve("cmds.conf");
        Files.writeString(file, """
                # a comment
                set -g status-left "from-file "
                bind-key Z split-window -h \\; select-pane -L
                new-window -d -t w -n second
                frobnicate
                rename-window -t w:second \\
                   renamed
                """);
        assertThatThrownBy(() -> run("source-file", file.toString()))
                .hasMessage(file + ":5: unknown command: frobnicate");
        assertThat(run("show-options", "-v", "status-left")).isEqualTo("from-file ");
        assertThat(run("list-keys", "-T", "prefix", "Z")).contains("split-window -h ; select-pane -L");
        assertThat(run("list-windows", "-t", "w", "-F", "#W")).endsWith("\nrenamed");
        assertThatThrownBy(() -> run("source-file", tmp.resolve("missing.conf").toString()))
                .hasMessageContaining("missing.conf: No such file or directory");
        assertThat(run("source-file", "-q", tmp.resolve("missing.conf").toString())).isEmpty();
    }

    @Test
    void sourceFileOfTomlAppliesItsOptionsAndKeys() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        TestClient viewer = attach("w");
        Path file = tmp.resolve("weft.toml");
        Files.writeString(file, """
                [status]
                left = "RELOADED #S "
                position = "top"
                [keys.prefix]
                "|" = "split-window -h"
                """);
        run("source-file", file.toString());
        viewer.awaitPdu(Pdu.StatusUpdate.class, "the reloaded left", s -> s.left().equals("RELOADED w "));
        assertThat(run("show-options", "-v", "status-position")).isEqualTo("top");
        assertThat(run("list-keys", "-T", "prefix", "|")).contains("split-window -h");

        Files.writeString(file, """
                [status]
                position = "left"
                """);
        assertThatThrownBy(() -> run("source-file", file.toString())).hasMessageContaining(file + ":2:")
                .hasMessageContaining("status.position");
        assertThat(run("show-options", "-v", "status-position")).isEqualTo("top");
    }

    @Test
    void sessionCommandsFromThePrompt() throws Exception {
        h.newSession(ctl, "a", 80, 24, "/bin/sh");
        TestClient viewer = attach("a");
        viewer.run(-1, "new-session", "-s", "made", "/bin/sh");
        viewer.awaitPdu(Pdu.SessionState.class, "switched to the new session", s -> s.sessionName().equals("made"));
        run("new-session", "-d", "-s", "quiet", "-x", "100", "-y", "30", "/bin/sh");
        assertThat(run("list-sessions", "-F", "#S #{session_width}x#{session_height} #{session_attached}"))
                .isEqualTo("a 80x24 0\nmade 80x24 1\nquiet 100x30 0");
        assertThat(run("has-session", "-t", "quiet")).isEmpty();
        run("kill-session", "-t", "quiet");
        assertThatThrownBy(() -> run("has-session", "-t", "quiet")).hasMessageContaining("no session named \"quiet\"");
        assertThatThrownBy(() -> run("new-session", "-d", "-s", "a")).hasMessage("duplicate session: a");
    }

    @Test
    void aMessageFromAnAttachedClientGoesToThatClientOnly() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        TestClient one = attach("w");
        TestClient two = attach("w");
        one.run(-1, "display-message", "for one");
        assertThat(one.awaitPdu(Pdu.ShowMessage.class, "the message", m -> true).text()).isEqualTo("for one");
        run("display-message", "-t", "w", "for all");
        assertThat(two.awaitPdu(Pdu.ShowMessage.class, "the message", m -> true).text()).isEqualTo("for all");
    }

    @Test
    void commandNamesAliasesAndPrefixes() throws Exception {
        h.newSession(ctl, "w", 80, 24, "/bin/sh");
        assertThat(run("lsw", "-t", "w", "-F", "#I")).isEqualTo("0");
        assertThat(run("list-w", "-t", "w", "-F", "#I")).isEqualTo("0");
        assertThatThrownBy(() -> run("list")).hasMessageStartingWith("ambiguous command: list, could be: ");
        assertThat(Commands.names()).contains("split-window", "select-layout", "source-file", "switch-client");
        for (String alias : List.of("splitw", "neww", "selectp", "resizep", "killp", "killw", "selectw", "renamew",
                "rename", "lsk", "bind", "unbind", "set", "show", "source", "detach", "lsw", "lsp", "display", "next",
                "prev", "last", "swapp", "rotatew", "breakp", "joinp", "selectl", "nextl", "switchc", "displayp")) {
            assertThat(Commands.find(alias)).as(alias).isNotNull();
        }
    }
}
