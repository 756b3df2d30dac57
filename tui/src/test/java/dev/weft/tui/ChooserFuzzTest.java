package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEvent;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A fuzz target for what the choosers read from the server (list output, a pane's screen) and what
 * the user does to them (keys, clicks, sizes): nothing may throw, the current line always exists
 * and drawing never leaves the pane area. Inputs replay from
 * {@code src/test/resources/dev/weft/tui/ChooserFuzzTestInputs/listsAndKeys/}.
 */
class ChooserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void listsAndKeys(FuzzedDataProvider data) throws Exception {
        String sessions = data.consumeString(300);
        String windows = data.consumeString(300);
        String panes = data.consumeString(300);
        String buffers = data.consumeString(300);
        Chooser.Mode mode = Chooser.Mode.values()[data.consumeInt(0, 2)];
        ChooserBackend backend = new ChooserBackend() {
            @Override
            public CompletableFuture<String> list(List<String> argv) {
                return CompletableFuture.completedFuture(switch (argv.get(0)) {
                    case "list-sessions" -> sessions;
                    case "list-windows" -> windows;
                    case "list-panes" -> panes;
                    default -> buffers;
                });
            }

            @Override
            public CompletableFuture<Pdu.HistoryLines> screen(int paneId) {
                return CompletableFuture.completedFuture(new Pdu.HistoryLines(0, paneId, 0, 0, 0, 2, paneId % 50,
                        paneId % 90, List.of(Chooser.plainLine(buffers))));
            }

            @Override
            public CompletableFuture<Void> run(String line) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void message(String text) {
            }

            @Override
            public void ask(String prompt, String initial, boolean confirm, Consumer<String> answer) {
                answer.accept(sessions);
            }
        };
        ClientUi ui = new ClientUi(null, null);
        int cols = data.consumeInt(1, 120);
        int rows = data.consumeInt(1, 60);
        ui.paneAreaRows(rows);
        String name = switch (mode) {
            case TREE -> "choose-tree";
            case BUFFER -> "choose-buffer";
            case CLIENT -> "choose-client";
        };
        Chooser c = Choosers.open(List.of(name), backend, null, ui, new Settings()).join();
        if (c == null) {
            return;
        }
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows + 1));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        KeyCode[] codes = KeyCode.values();
        while (data.remainingBytes() > 0 && ui.overlay() == c) {
            if (data.consumeBoolean()) {
                c.mouse(new InputEvent.Mouse(data.consumeInt(0, 70), 1, 1, data.consumeBoolean(), 0),
                        data.consumeInt(0, cols), data.consumeInt(0, rows));
            } else {
                KeyCode code = codes[data.consumeInt(0, codes.length - 1)];
                c.key(code == KeyCode.CHAR ? KeyEvent.ofChar(data.consumeInt(0x20, 0x7e), data.consumeInt(0, 7))
                        : KeyEvent.of(code, 0));
            }
            c.paint(screen, new Settings().get(), 0, cols, rows);
            ChooserTree tree = c.tree();
            assertThat(tree.current()).isBetween(0, Math.max(0, tree.lines().size() - 1));
            assertThat(tree.offset()).isBetween(0, Math.max(0, tree.lines().size() - 1));
        }
        screen.refresh();
    }
}
