package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.keymaps.CommandParser;
import dev.weft.keymaps.KeyEncoder;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs command lines from key bindings, the prompt and the server's {@link Pdu.ClientCommand}: the
 * commands only a client can carry out are done here, everything else goes to the server with
 * {@link AttachedSession#runCommand} in the context of the active pane. Commands of one line run
 * in order, each after the previous one finished; the first error stops the rest (tmux) and is
 * shown in the status line. Output of a server command, when there is any, is shown in the pager.
 */
final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    /** Issue 5's commands: accepted, but only a message for now. */
    static final List<String> NOT_YET = List.of("suspend-client");

    /**
     * The commands the prompt completes (tmux's names of issue 4's commands and the client's own).
     * Static: the server has no list-commands yet.
     */
    static final List<String> COMMAND_NAMES = List.of(
            "bind-key", "break-pane", "capture-pane", "choose-buffer", "choose-client", "choose-tree", "clock-mode",
            "command-prompt", "confirm-before", "copy-mode", "delete-buffer", "detach-client", "display-message",
            "display-panes", "join-pane", "kill-pane", "kill-server", "kill-session", "kill-window",
            "last-pane", "last-window", "list-buffers", "list-clients", "list-keys", "list-panes", "list-windows",
            "load-buffer", "new-window",
            "next-layout", "next-window", "paste-buffer", "previous-layout", "previous-window",
            "rename-session", "rename-window", "resize-pane", "rotate-window", "save-buffer", "select-layout",
            "select-pane", "select-window", "send-keys", "send-prefix", "set-buffer", "set-option", "show-buffer",
            "show-options", "source-file",
            "split-window", "suspend-client", "swap-pane", "switch-client", "unbind-key");

    private final AttachedSession session;
    private final SessionView view;
    private final Settings settings;
    private final ClientUi ui;
    private final Runnable detach;
    private final List<String> history = Collections.synchronizedList(new ArrayList<>());
    private volatile CopyModes copyModes;
    private volatile Choosers choosers;

    CommandRunner(AttachedSession session, SessionView view, Settings settings, ClientUi ui, Runnable detach) {
        this.session = session;
        this.view = view;
        this.settings = settings;
        this.ui = ui;
        this.detach = detach;
    }

    /** Copy mode and the choosers (made after this runner, which they use). */
    void modes(CopyModes copyModes, Choosers choosers) {
        this.copyModes = copyModes;
        this.choosers = choosers;
    }

    List<String> history() {
        return history;
    }

    /** Run a command line (several commands separated by ';'); completes when all have run. */
    CompletableFuture<Void> runLine(String line) {
        List<List<String>> commands;
        try {
            commands = CommandParser.parse(line);
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return runAll(commands);
    }

    /** Run one command given as an argv (the server's ClientCommand). */
    CompletableFuture<Void> run(List<String> argv) {
        return runAll(List.of(argv));
    }

    private CompletableFuture<Void> runAll(List<List<String>> commands) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (List<String> argv : commands) {
            chain = chain.thenCompose(x -> runOne(argv));
        }
        return chain.exceptionally(e -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            LOG.debug("command failed", cause);
            error(cause.getMessage() == null || cause.getMessage().isBlank()
                    ? "command failed (details in the client log)" : cause.getMessage());
            return null;
        });
    }

    private CompletableFuture<Void> runOne(List<String> argv) {
        if (argv.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        try {
            String name = argv.get(0);
            switch (name) {
                case "send-prefix":
                    sendPrefix();
                    return done();
                case "detach-client":
                case "detach":
                    if (argv.size() == 1) {
                        detach.run();
                        return done();
                    }
                    return server(argv);
                case "command-prompt":
                    return commandPrompt(argv);
                case "confirm-before":
                case "confirm":
                    return confirmBefore(argv);
                case "display-panes":
                case "displayp":
                    return displayPanes(argv);
                case "clock-mode":
                    clockMode();
                    return done();
                case "copy-mode":
                    return copyModes == null ? server(argv) : copyModes.copyMode(argv, view.activePaneId());
                case "send-keys":
                case "send":
                    if (copyModes != null && copyModes.takesSendKeys(argv, view.activePaneId())) {
                        return copyModes.sendKeysX(argv, view.activePaneId());
                    }
                    return server(argv);
                case "choose-tree":
                case "choose-buffer":
                case "choose-client":
                    return choosers == null ? server(argv) : choosers.run(argv);
                default:
                    if (NOT_YET.contains(name)) {
                        ui.message(name + ": not available yet", displayTime());
                        return done();
                    }
                    return server(argv);
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> server(List<String> argv) {
        return session.runCommand(argv, view.activePaneId()).thenAccept(output -> {
            if (output != null && !output.isEmpty()) {
                ui.overlay(new Overlay.Pager(output), 0, 0);
            }
        });
    }

    private void sendPrefix() {
        int pane = view.activePaneId();
        if (pane >= 0) {
            byte[] bytes = KeyEncoder.encode(settings.get().prefix(), InputRouter.modes(session, pane));
            if (bytes.length > 0) {
                session.sendInput(pane, bytes);
            }
        }
    }

    /** command-prompt [-1ikNT] [-I inputs] [-p prompts] [-t target-client] [template] */
    private CompletableFuture<Void> commandPrompt(List<String> argv) {
        Args a = Args.parse(argv, "1bkiNT:I:p:t:F",
                "command-prompt [-1bFiklN] [-I inputs] [-p prompts] [-t target-client] [-T type] [template]");
        String template = a.rest().isEmpty() ? null : String.join(" ", a.rest());
        List<String> prompts = new ArrayList<>();
        if (a.has('p')) {
            for (String p : a.get('p').split(",", -1)) {
                prompts.add(p + " ");
            }
        } else if (template != null) {
            prompts.add("(" + template.strip().split("\\s+")[0] + ") ");
        } else {
            prompts.add(":");
        }
        List<String> inputs = a.has('I') ? List.of(a.get('I').split(",", -1)) : List.of();
        CopyModes copy = copyModes;
        if (copy != null) {
            // copy mode's formats (#{pane_search_string}) are the client's: fill them in first
            inputs = inputs.stream().map(i -> copy.expand(i, view.activePaneId())).toList();
        }
        Prompt.Kind kind = a.has('1') ? Prompt.Kind.SINGLE_KEY : a.has('N') ? Prompt.Kind.NUMERIC
                : a.has('i') ? Prompt.Kind.INCREMENTAL : Prompt.Kind.LINE;
        return expandAll(prompts).thenCombine(expandAll(inputs), (p, in) -> {
            ui.prompt(Prompt.command(kind, p, in, template, history, line -> runLine(line)));
            return null;
        });
    }

    /** confirm-before [-p prompt] [-t target-client] command */
    private CompletableFuture<Void> confirmBefore(List<String> argv) {
        Args a = Args.parse(argv, "byp:t:c:", "confirm-before [-by] [-c confirm-key] [-p prompt] [-t target-client] command");
        if (a.rest().isEmpty()) {
            throw new IllegalArgumentException("usage: confirm-before [-by] [-c confirm-key] [-p prompt] [-t target-client] command");
        }
        String command = a.rest().size() == 1 ? a.rest().get(0) : CommandParser.quote(a.rest());
        String prompt = a.has('p') ? a.get('p') + " "
                : "Confirm '" + a.rest().get(0).strip().split("\\s+")[0] + "'? (y/n) ";
        return expandAll(List.of(prompt)).thenAccept(p ->
                ui.prompt(Prompt.confirm(p.get(0), command, line -> runLine(line))));
    }

    /** display-panes [-bN] [-d duration] [-t target-client] [template] */
    private CompletableFuture<Void> displayPanes(List<String> argv) {
        Args a = Args.parse(argv, "bNd:t:", "display-panes [-bN] [-d duration] [-t target-client] [template]");
        int millis = settings.get().millis("display_panes_time");
        if (a.has('d')) {
            try {
                millis = Integer.parseInt(a.get('d'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("display-panes: bad duration: " + a.get('d'));
            }
        }
        String template = a.rest().isEmpty() ? "select-pane -t '%%'" : String.join(" ", a.rest());
        Pdu.TabInfo tab = view.activeTab();
        if (tab == null) {
            return done();
        }
        ui.overlay(numbers(tab, settings.get().millis("pane_base_index"), template), millis, 0);
        return done();
    }

    static Overlay.PaneNumbers numbers(Pdu.TabInfo tab, int base, String template) {
        List<Overlay.Numbered> numbered = new ArrayList<>();
        int i = 0;
        for (Pdu.PaneGeometry g : tab.panes()) {
            numbered.add(new Overlay.Numbered(base + i++, g));
        }
        return new Overlay.PaneNumbers(numbered, tab.activePaneId(), template);
    }

    /** A digit was pressed while display-panes shows: run its template for that pane. */
    void paneNumberPicked(Overlay.PaneNumbers numbers, int number) {
        Overlay.Numbered n = numbers.find(number);
        if (n != null) {
            runLine(Prompt.fill(numbers.template(), List.of("%" + n.place().paneId())));
        }
    }

    private void clockMode() {
        int pane = view.activePaneId();
        if (pane >= 0) {
            ui.overlay(new Overlay.Clock(pane), 0, 1000);
        }
    }

    /**
     * Formats ({@code #W}, {@code #P}) in prompt texts are the server's: each text holding a '#'
     * is expanded with {@code display-message -p}; one that cannot be expanded stays as written.
     */
    private CompletableFuture<List<String>> expandAll(List<String> texts) {
        List<CompletableFuture<String>> parts = new ArrayList<>();
        for (String t : texts) {
            if (t.indexOf('#') < 0) {
                parts.add(CompletableFuture.completedFuture(t));
                continue;
            }
            parts.add(session.runCommand(List.of("display-message", "-p", t), view.activePaneId())
                    .thenApply(CommandRunner::oneLine)
                    .exceptionally(e -> {
                        LOG.debug("cannot expand {}: {}", t, e.getMessage());
                        return t;
                    }));
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture[0]))
                .thenApply(x -> parts.stream().map(CompletableFuture::join).toList());
    }

    private static String oneLine(String output) {
        String s = output == null ? "" : output;
        while (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private void error(String text) {
        ui.message(text, displayTime());
    }

    private int displayTime() {
        return settings.get().millis("display_time");
    }
}
