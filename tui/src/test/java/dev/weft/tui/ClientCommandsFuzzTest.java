package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.config.Options;
import dev.weft.config.Style;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fuzz targets for what the server sends that the TUI interprets: status lines (composed for any
 * width and lengths) and client commands with any arguments (run, then keys typed at whatever they
 * opened). Neither may throw: a bad command becomes a message. Inputs replay from
 * {@code src/test/resources/dev/weft/tui/ClientCommandsFuzzTestInputs/<method>/}.
 */
class ClientCommandsFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void statusFromTheServer(FuzzedDataProvider data) {
        int cols = data.consumeInt(0, 200);
        Options o = Options.defaults()
                .with("status.left_length", Integer.toString(data.consumeInt(0, 300)))
                .with("status.right_length", Integer.toString(data.consumeInt(0, 300)));
        Settings.Snapshot s = new Settings(o, KeyTables.defaults()).get();
        String left = data.consumeString(60);
        String right = data.consumeString(60);
        List<Pdu.TabLabel> tabs = new ArrayList<>();
        int n = data.consumeInt(0, 12);
        for (int i = 0; i < n; i++) {
            tabs.add(new Pdu.TabLabel(data.consumeInt(0, 20), data.consumeString(20)));
        }
        int active = data.consumeInt(0, 20);
        StatusRow row = StatusBar.server(s, new Pdu.StatusUpdate(left, tabs, right), active, Style.NONE, cols);
        assertThat(row.cols()).isEqualTo(cols);
        for (int x = 0; x < cols; x++) {
            assertThat(row.glyph(x)).isNotNull();
            assertThat(row.style(x)).isNotNull();
        }
    }

    @FuzzTest(maxDuration = "60s")
    void clientCommandsFromTheServer(FuzzedDataProvider data) {
        FakePane pane = new FakePane(3, 80, 24);
        FakeSession session = new FakeSession(pane);
        boolean fail = data.consumeBoolean();
        String output = data.consumeString(200);
        session.answers = argv -> fail
                ? CompletableFuture.failedFuture(new dev.weft.client.ClientException(output))
                : CompletableFuture.completedFuture(output);
        Routing routing = new Routing(session, 3);
        routing.view.state(new Pdu.SessionState(1, "w", 80, 24, List.of(new Pdu.TabInfo(1, 0, "t", 3, false,
                List.of(new Pdu.PaneGeometry(3, 0, 0, 80, 24)))), 1));
        routing.ui.paneAreaRows(data.consumeInt(1, 50));
        String[] names = {"command-prompt", "confirm-before", "display-panes", "clock-mode", "send-prefix",
            "detach-client", "list-keys", "copy-mode", "new-window"};
        List<String> argv = new ArrayList<>();
        argv.add(data.pickValue(names));
        int args = data.consumeInt(0, 6);
        for (int i = 0; i < args; i++) {
            argv.add(data.consumeString(16));
        }
        routing.commands.run(argv).join();
        byte[] keys = data.consumeRemainingAsBytes();
        routing.router.feed(keys, 0, keys.length);
        routing.router.timeout();
        routing.router.endPaste();
        for (FakeSession.Sent sent : session.sent) {
            assertThat(sent.paneId()).isEqualTo(3);
        }
    }
}
