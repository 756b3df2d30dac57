package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weft.client.ClientOptions;
import dev.weft.client.MuxClient;
import dev.weft.keymaps.Binding;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import dev.weft.server.MuxServer;
import dev.weft.server.ServerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real TUI in a real terminal (a private tmux) attached through the real client to the real
 * server, with a {@link CommandRelay} on the socket between them that answers the commands the test
 * scripts (as the server's command branch answers them) and passes everything else on.
 */
class TuiWithServerTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private MuxServer server;
    private CommandRelay relay;
    private Tmux tmux;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(Tmux.available(), "tmux is not installed");
    }

    @BeforeEach
    void start() throws Exception {
        Path serverSocket = dir.resolve("s.sock");
        server = MuxServer.start(new ServerOptions(serverSocket, true, null));
        try (MuxClient admin = MuxClient.connect(new ClientOptions(serverSocket, false, null, WAIT, true), "cli")) {
            admin.newSession("work", dir.toString(), List.of("/bin/sh"), List.of("PS1=$ "), 80, 23);
        }
        relay = new CommandRelay(dir.resolve("r.sock"), serverSocket);
        String script = "'" + java() + "' -cp '" + classPath() + "' dev.weft.tui.ServerTuiMain '"
                + dir.resolve("r.sock") + "' work 2>'" + dir.resolve("stderr") + "'; echo \"rc=$?\"; sleep 600";
        tmux = new Tmux().start(script);
        waitFor(() -> lastRow().startsWith("[work] 0:"));
        waitFor(() -> screen().startsWith("$"));
    }

    /** Wait for a condition; when it does not come, fail with what the terminal shows. */
    private void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(WAIT).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            String stderr;
            try {
                stderr = java.nio.file.Files.readString(dir.resolve("stderr"));
            } catch (java.io.IOException io) {
                stderr = io.toString();
            }
            throw new AssertionError("the terminal shows:\n" + screen() + "\nstderr: " + stderr, e);
        }
    }

    @AfterEach
    void stop() {
        if (tmux != null) {
            tmux.close();
        }
        if (relay != null) {
            relay.close();
        }
        if (server != null) {
            server.shutdown();
        }
    }

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String screen() {
        return tmux.capture();
    }

    private String[] rows() {
        return (screen() + " ").split("\n", -1);
    }

    private String row(int y) {
        String[] r = rows();
        return y < r.length ? r[y] : "";
    }

    private String lastRow() {
        return row(23);
    }

    private static List<Pdu.KeyBinding> defaultBindings() {
        List<Pdu.KeyBinding> out = new ArrayList<>();
        for (Binding b : KeyTables.defaults().list()) {
            out.add(new Pdu.KeyBinding(b.table(), b.key(), b.repeat(), b.command()));
        }
        return out;
    }

    @Test
    void the_prompt_shows_in_the_status_line_and_runs_the_command_on_the_server() {
        boolean real = serverRunsCommands(); // then the server renames and sends the status line itself
        relay.script = argv -> !real && argv.get(0).equals("rename-window")
                ? CommandRelay.Answer.output("", new Pdu.StatusUpdate("[work] ",
                        List.of(new Pdu.TabLabel(1, "0:" + argv.get(argv.size() - 1) + "*")), "\"test-host\""))
                : null;
        tmux.sendKeys("C-b", ":");
        waitFor(() -> lastRow().startsWith(":"));
        tmux.sendLiteral("rename-window logs");
        waitFor(() -> lastRow().startsWith(":rename-window logs"));
        tmux.sendKeys("Enter");
        waitFor(() -> relay.commands.contains(List.of("rename-window", "logs")));
        waitFor(() -> lastRow().startsWith("[work] 0:logs*"));
        // the keys went to the prompt, not to the shell
        assertThat(screen()).doesNotContain("rename-window");
    }

    @Test
    void a_message_and_a_command_error_appear_in_the_status_line() {
        relay.script = argv -> switch (argv.get(0)) {
            case "display-message" -> CommandRelay.Answer.output("", new Pdu.ShowMessage(argv.get(1)));
            case "nonsense" -> CommandRelay.Answer.error("unknown command: nonsense");
            default -> null;
        };
        tmux.sendKeys("C-b", ":");
        tmux.sendLiteral("display-message 'hello there'");
        tmux.sendKeys("Enter");
        waitFor(() -> lastRow().startsWith("hello there"));
        assertThat(tmux.captureEscapes()).contains("43m"); // message_style: bg=yellow
        tmux.sendKeys("C-b", ":");
        tmux.sendLiteral("nonsense");
        tmux.sendKeys("Enter");
        waitFor(() -> lastRow().startsWith("unknown command: nonsense"));
        // display_time (750 ms): then the status line comes back
        waitFor(() -> lastRow().startsWith("[work] 0:"));
    }

    @Test
    void the_status_line_moves_to_the_top_and_goes_away_with_the_settings() {
        relay.script = argv -> {
            if (argv.get(0).equals("set-option")) {
                String name = argv.get(argv.size() - 2);
                String value = argv.get(argv.size() - 1);
                return CommandRelay.Answer.output("", new Pdu.ClientSettings(
                        List.of(new Pdu.OptionValue(name, value)), defaultBindings()));
            }
            return null;
        };
        tmux.sendKeys("C-b", ":");
        tmux.sendLiteral("set-option -g status-position top");
        tmux.sendKeys("Enter");
        waitFor(() -> row(0).startsWith("[work] 0:"));
        waitFor(() -> row(1).startsWith("$"));

        tmux.sendKeys("C-b", ":");
        tmux.sendLiteral("set-option -g status off");
        tmux.sendKeys("Enter");
        waitFor(() -> row(0).startsWith("$"));
        // the server was told: the pane is now the whole terminal
        tmux.sendLiteral("stty size");
        tmux.sendKeys("Enter");
        waitFor(() -> screen().contains("24 80"));
    }

    /** Whether the server carries out commands itself (the server's command branch is in). */
    private boolean serverRunsCommands() {
        try (MuxClient admin = MuxClient.connect(new ClientOptions(dir.resolve("s.sock"), false, null, WAIT, true),
                "cli")) {
            return admin.runCommand(List.of("display-message", "-p", "#S"), -1).strip().equals("work");
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void commands_at_the_prompt_and_bound_keys_change_the_real_session() {
        Assumptions.assumeTrue(serverRunsCommands(), "this server does not run commands yet");
        tmux.sendKeys("C-b", ":");
        tmux.sendLiteral("split-window -h");
        tmux.sendKeys("Enter");
        // two panes side by side: the border in the middle, the server's status line below
        waitFor(() -> row(5).length() > 40 && row(5).charAt(40) == '│');
        waitFor(() -> lastRow().startsWith("[work] 0:"));
        // the option reaches the client in the server's settings: numbers stay until a key
        tmux.sendKeys("C-b", ":");
        tmux.sendLiteral("set-option -g display-panes-time 100000");
        tmux.sendKeys("Enter");
        waitFor(() -> lastRow().startsWith("[work] 0:"));
        tmux.sendKeys("C-b", "q");
        waitFor(() -> row(0).contains("40x23") && row(0).endsWith("39x23"));
        tmux.sendKeys("0"); // pane 0, the left one, becomes active
        waitFor(() -> !row(0).endsWith("39x23"));
        tmux.sendLiteral("echo left side");
        tmux.sendKeys("Enter");
        waitFor(() -> row(1).startsWith("left side"));
        // prefix x asks first, with the pane number the server expanded
        tmux.sendKeys("C-b", "x");
        waitFor(() -> lastRow().startsWith("kill-pane 0? (y/n)"));
        tmux.sendKeys("y");
        waitFor(() -> row(5).length() < 40 || row(5).charAt(40) != '│');
        assertThat(screen()).doesNotContain("left side");
    }

    @Test
    void display_panes_shows_the_pane_numbers() {
        tmux.sendKeys("C-b", "q");
        // the big "0" in the middle and the pane's size at its top right, in display_panes.active_style
        waitFor(() -> row(0).endsWith("80x23"));
        assertThat(tmux.captureEscapes()).contains("41m"); // the digit's blocks: red background
        // any key ends it (and does not reach the shell)
        tmux.sendKeys("x");
        waitFor(() -> !row(0).endsWith("80x23"));
        assertThat(row(0)).isEqualTo("$");
    }

    @Test
    void command_output_is_shown_in_the_pager() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            keys.append("bind-key -T prefix k").append(i).append(" something\n");
        }
        relay.script = argv -> argv.get(0).equals("list-keys") ? CommandRelay.Answer.output(keys.toString()) : null;
        tmux.sendKeys("C-b", "?");
        waitFor(() -> row(0).startsWith("bind-key -T prefix k0 ") && row(0).endsWith("[37/37]"));
        tmux.sendKeys("G");
        waitFor(() -> row(0).endsWith("[0/37]"));
        assertThat(row(22)).startsWith("bind-key -T prefix k59 ");
        tmux.sendKeys("q");
        waitFor(() -> row(0).startsWith("$"));
    }
}
