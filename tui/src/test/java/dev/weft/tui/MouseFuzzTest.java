package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fuzz targets for the mouse. A normal test run replays the inputs under
 * {@code src/test/resources/dev/weft/tui/MouseFuzzTestInputs/<method>/}; run with
 * {@code JAZZER_FUZZ=1} to search for new ones.
 */
class MouseFuzzTest {
    private static final List<Pdu.PaneGeometry> PLACES = List.of(
            new Pdu.PaneGeometry(1, 0, 0, 40, 11), new Pdu.PaneGeometry(2, 0, 12, 40, 11),
            new Pdu.PaneGeometry(3, 41, 0, 39, 23));

    /**
     * Any mouse reports (any button, modifiers, cells, also far outside the screen) over three
     * panes with any mouse modes: never throws; bytes go only to those panes, never empty; the
     * commands run are only the mouse's own.
     */
    @FuzzTest(maxDuration = "60s")
    void anyMouseReports(FuzzedDataProvider data) {
        FakePane[] panes = {new FakePane(1, 40, 11), new FakePane(2, 40, 11), new FakePane(3, 39, 23)};
        int[] tracking = {0, 9, 1000, 1002, 1003};
        int[] encoding = {0, 1005, 1006, 1015, 1016};
        for (FakePane p : panes) {
            p.modes = new Pdu.PaneModes(0, data.pickValue(tracking), data.pickValue(encoding), 0);
        }
        FakeSession session = new FakeSession(panes);
        String layout = data.consumeBoolean() ? "0000,80x23,0,0{40x23,0,0[40x11,0,0,0,40x11,0,12,1],39x23,41,0,2}"
                : data.consumeString(80);
        session.answers = argv -> CompletableFuture.completedFuture(layout);
        Routing routing = new Routing(session, 1);
        routing.view.state(new Pdu.SessionState(1, "w", 80, 23,
                List.of(new Pdu.TabInfo(1, 0, "sh", 1, false, PLACES)), 1));
        routing.ui.status(new Pdu.StatusUpdate("[w] ", List.of(new Pdu.TabLabel(1, "0:sh*")), ""));
        MouseRouter mouse = new MouseRouter(session, routing.view, new Settings(), routing.ui, routing.commands,
                (CopyModes) null, () -> 80, () -> 24);
        routing.router.modes(null, mouse);
        while (data.remainingBytes() > 0) {
            String report = "\u001b[<" + data.consumeInt(0, 255) + ";" + data.consumeInt(0, 300) + ";"
                    + data.consumeInt(0, 300) + (data.consumeBoolean() ? "M" : "m");
            routing.type(report);
        }
        for (FakeSession.Sent sent : session.sent) {
            assertThat(sent.paneId()).isBetween(1, 3);
            assertThat(sent.data()).isNotEmpty();
        }
        for (List<String> argv : session.commands) {
            assertThat(argv.get(0)).isIn("select-pane", "select-window", "resize-pane", "previous-window",
                    "next-window", "paste-buffer", "display-message");
        }
    }

    /** Any layout string from the server: a plan or null, never an exception. */
    @FuzzTest(maxDuration = "60s")
    void layoutStrings(FuzzedDataProvider data) {
        int x = data.consumeInt(-2, 82);
        int y = data.consumeInt(-2, 25);
        String layout = data.consumeRemainingAsString();
        List<BorderDrag.Plan> plans = BorderDrag.plans(layout, PLACES, x, y);
        if (plans != null) {
            for (BorderDrag.Plan p : plans) {
                assertThat(p.paneId()).isBetween(1, 3);
                assertThat(p.command(x).getBytes(StandardCharsets.UTF_8)).isNotEmpty();
            }
        }
    }
}
