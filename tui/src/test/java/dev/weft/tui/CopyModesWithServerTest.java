package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.client.AttachedSession;
import dev.weft.client.ClientOptions;
import dev.weft.client.MuxClient;
import dev.weft.client.PaneMirror;
import dev.weft.client.SessionListener;
import dev.weft.config.Options;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import dev.weft.server.MuxServer;
import dev.weft.server.ServerOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy mode against a real server and a real pane: 300 known lines, keys through the real input
 * router and key tables, history fetched and searched on the server, copies made into the
 * server's paste buffers and onto the outer terminal's clipboard (OSC 52).
 */
class CopyModesWithServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int COLS = 40;
    private static final int ROWS = 10;

    @TempDir
    Path dir;

    private MuxServer server;
    private MuxClient admin;
    private MuxClient client;
    private AttachedSession session;
    private final SessionView view = new SessionView();
    private final ClientUi ui = new ClientUi(null, null);
    private int pane;

    @BeforeEach
    void start() throws Exception {
        Path socket = dir.resolve("s.sock");
        server = MuxServer.start(new ServerOptions(socket, true, null));
        admin = MuxClient.connect(new ClientOptions(socket, false, null, WAIT, true), "cli");
        admin.newSession("work", dir.toString(),
                List.of("/bin/sh", "-c", "seq -f 'line %03g' 0 299; exec sleep 600"), List.of(), COLS, ROWS);
        client = MuxClient.connect(new ClientOptions(socket, false, null, WAIT, true), "tui");
        session = client.attach("work", COLS, ROWS, false, new SessionListener() {
            @Override public void sessionState(Pdu.SessionState state) { view.state(state); }
            @Override public void paneChanged(PaneMirror p) { view.mirror(p); }
            @Override public void paneClosed(int paneId) { view.removed(paneId); }
            @Override public void detached(String sessionName, String reason) { }
            @Override public void disconnected(String why) { }
        });
        await().atMost(WAIT).until(() -> view.activePaneId() >= 0 && view.mirror(view.activePaneId()) != null
                && CopyLines.trimmed(view.mirror(view.activePaneId()).line(ROWS - 2)).equals("line 299"));
        pane = view.activePaneId();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (admin != null) {
            try {
                admin.killServer();
            } catch (Exception e) {
                // already gone
            }
            admin.close();
        }
    }

    private record Keys(CopyModes modes, InputRouter router) {
        void type(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            router.feed(b, 0, b.length);
        }
    }

    private Keys keys(String modeKeys) {
        Settings settings = new Settings(Options.defaults().with("mode_keys", modeKeys), KeyTables.defaults());
        CommandRunner commands = new CommandRunner(session, view, settings, ui, () -> { });
        CopyModes modes = new CopyModes(session, view, settings, ui);
        commands.modes(modes, null);
        AtomicLong now = new AtomicLong(1_000_000);
        InputRouter router = new InputRouter(session, view::activePaneId, settings, commands, ui, now::get);
        router.modes(modes, null);
        return new Keys(modes, router);
    }

    private CopyView shown(CopyModes modes) {
        return (CopyView) modes.view(pane);
    }

    private String buffer() throws Exception {
        return admin.runCommand(List.of("show-buffer"), pane);
    }

    @Test
    void viSearchSelectAndCopyMakeABufferAndSetTheClipboard() throws Exception {
        Keys k = keys("vi");
        k.type("\u0002[");
        assertThat(k.modes().active(pane)).isTrue();
        assertThat(k.modes().keyTable(pane)).isEqualTo("copy-mode-vi");
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).endsWith("[0/291]"));
        assertThat(shown(k.modes()).text(0)).isEqualTo("line 291" + " ".repeat(COLS - 8 - 7) + "[0/291]");

        k.type("?");
        assertThat(ui.prompt()).isNotNull();
        assertThat(ui.prompt().label()).isEqualTo("(search up) ");
        k.type("line 042\r");
        await().atMost(WAIT).until(() -> {
            CopyView v = shown(k.modes());
            return v.text(v.cursor().row()).startsWith("line 042");
        });
        assertThat(shown(k.modes()).colours(shown(k.modes()).cursor().row(), 0))
                .as("the current match").containsExactly(CopyView.BLACK, CopyView.MAGENTA);

        ui.takeToTerminal();
        k.type("0 $\r");
        await().atMost(WAIT).until(() -> !k.modes().active(pane));
        // vi: "$" puts the cursor past the text, and tmux then keeps the line's newline
        await().atMost(WAIT).until(this::buffer, "line 042\n"::equals);
        assertThat(ui.takeToTerminal()).isEqualTo(Osc52.set("", "line 042\n"));
    }

    @Test
    void emacsIncrementalSearchAndAppendSelection() throws Exception {
        Keys k = keys("emacs");
        k.type("\u0002[");
        assertThat(k.modes().keyTable(pane)).isEqualTo("copy-mode");
        k.type("\u0012"); // C-r
        assertThat(ui.prompt().label()).isEqualTo("(search up) ");
        k.type("line 1");
        k.type("23");
        await().atMost(WAIT).until(() -> {
            CopyView v = shown(k.modes());
            return v.text(v.cursor().row()).startsWith("line 123");
        });
        k.type("\r");
        assertThat(ui.prompt()).isNull();
        k.type("\u0000\u0005\u001bw"); // C-Space C-e M-w
        await().atMost(WAIT).until(this::buffer, "line 123"::equals);
        assertThat(k.modes().active(pane)).isFalse();
    }

    @Test
    void historyTopFetchesTheOldestLinesAndGotoLineAndRepeatCounts() throws Exception {
        Keys k = keys("vi");
        k.type("\u0002[");
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).endsWith("[0/291]"));
        k.type("g");
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).startsWith("line 000"));
        assertThat(shown(k.modes()).text(0)).endsWith("[291/291]");
        assertThat(shown(k.modes()).text(1)).startsWith("line 001");
        k.type(":");
        assertThat(ui.prompt().label()).isEqualTo("(goto line) ");
        k.type("100\r");
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).startsWith("line 191"));
        k.type("3j"); // the repeat prompt takes 3, then j runs three times
        assertThat(ui.prompt()).isNull();
        await().atMost(WAIT).until(() -> shown(k.modes()).cursor().row() == 3);
        k.type("q");
        assertThat(k.modes().active(pane)).isFalse();
        assertThat(k.modes().view(pane)).isNull();
    }

    @Test
    void aRectangleAndMessagesForUnknownCommandsAndNoMatch() throws Exception {
        Keys k = keys("vi");
        k.modes().copyMode(List.of("copy-mode", "-t", "%" + pane), -1).join();
        k.modes().sendKeysX(List.of("send-keys", "-X", "search-backward", "line 290"), pane).join();
        k.modes().sendKeysX(List.of("send-keys", "-X", "-N", "5", "cursor-right"), pane).join();
        k.type(" vjjll\r");
        await().atMost(WAIT).until(this::buffer, "290\n291\n292"::equals);

        k.modes().copyMode(List.of("copy-mode"), pane).join();
        k.modes().sendKeysX(List.of("send-keys", "-X", "frobnicate"), pane).join();
        assertThat(ui.message()).isEqualTo("unknown command: frobnicate");
        k.modes().sendKeysX(List.of("send-keys", "-X", "search-backward", "no such text"), pane).join();
        assertThat(ui.message()).isEqualTo("No match");
        k.modes().copyMode(List.of("copy-mode", "-q"), pane).join();
        assertThat(k.modes().active(pane)).isFalse();
    }

    @Test
    void theMouseWheelEntersAndLeavesAtTheBottomAndADragCopiesAndLeaves() throws Exception {
        Keys k = keys("vi");
        k.modes().wheel(pane, 5);
        assertThat(k.modes().active(pane)).isTrue();
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).endsWith("[5/291]"));
        assertThat(shown(k.modes()).text(0)).startsWith("line 286");
        k.modes().wheel(pane, -3);
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).endsWith("[2/291]"));
        k.modes().wheel(pane, -3);
        await().atMost(WAIT).until(() -> !k.modes().active(pane));

        k.modes().dragBegin(pane, 0, 2);
        k.modes().dragTo(pane, 3, 2);
        k.modes().dragEnd(pane, 7, 3);
        await().atMost(WAIT).until(this::buffer, "line 293\nline 294"::equals);
        assertThat(k.modes().active(pane)).isFalse();
    }

    @Test
    void viStarSearchesForTheWordUnderTheCursor() throws Exception {
        Keys k = keys("vi");
        k.type("\u0002[");
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).endsWith("[0/291]"));
        k.type("g"); // history-top: the cursor on "line" of "line 000"
        await().atMost(WAIT).until(() -> shown(k.modes()).text(0).startsWith("line 000"));
        k.type("*"); // send-keys -FX search-forward "#{copy_cursor_word}": the next "line", a row down
        await().atMost(WAIT).until(() -> shown(k.modes()).cursor().row() == 1);
        assertThat(shown(k.modes()).cursor().col()).isZero();
        assertThat(shown(k.modes()).colours(1, 0)).as("the current match").containsExactly(CopyView.BLACK, CopyView.MAGENTA);
        assertThat(shown(k.modes()).colours(2, 0)).as("other matches").containsExactly(CopyView.BLACK, CopyView.CYAN);
    }
}
