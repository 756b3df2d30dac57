package dev.weft.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of server commands: by tmux name, alias ({@code splitw}) or, as tmux allows,
 * a unique prefix of a name ({@code split} for split-window). {@link #run} parses the flags
 * and runs the command under the mux lock.
 */
final class Commands {
    private static final Map<String, Command> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, Command> BY_ALIAS = new LinkedHashMap<>();

    static {
        List<Command> all = List.of(
                new NewWindowCommand(), new SplitWindowCommand(), new SelectPaneCommand(),
                new LastPaneCommand(), new ResizePaneCommand(), new SwapPaneCommand(),
                new RotateWindowCommand(), new BreakPaneCommand(), new JoinPaneCommand(),
                new KillPaneCommand(), new KillWindowCommand(), new SelectLayoutCommand(),
                new NextLayoutCommand(true), new NextLayoutCommand(false),
                new SelectWindowCommand(), new NextWindowCommand(true), new NextWindowCommand(false),
                new LastWindowCommand(), new RenameWindowCommand(), new RenameSessionCommand(),
                new SwitchClientCommand(), new DisplayMessageCommand(), new ListKeysCommand(),
                new BindKeyCommand(), new UnbindKeyCommand(), new SetOptionCommand(),
                new ShowOptionsCommand(), new SourceFileCommand(), new DetachClientCommand(),
                new ListWindowsCommand(), new ListPanesCommand(),
                ClientSideCommand.displayPanes(), ClientSideCommand.clockMode(),
                ClientSideCommand.commandPrompt(), ClientSideCommand.confirmBefore(),
                ClientSideCommand.copyMode(), ClientSideCommand.chooseTree(),
                ClientSideCommand.chooseClient(), ClientSideCommand.chooseBuffer(),
                ClientSideCommand.sendPrefix(), new SessionCommands.NewSession(), new SessionCommands.KillSession(),
                new SessionCommands.HasSession(), new SessionCommands.ListSessions(), new SendKeysCommand(),
                new SetBufferCommand(), new DeleteBufferCommand(), new ListBuffersCommand(),
                new ShowBufferCommand(), new SaveBufferCommand(), new LoadBufferCommand(),
                new PasteBufferCommand());
        for (Command c : all) {
            BY_NAME.put(c.spec().name(), c);
            for (String alias : c.spec().aliases()) {
                BY_ALIAS.put(alias, c);
            }
        }
    }

    /** The command called {@code name}; MuxException {@code unknown command: NAME} when none. */
    static Command find(String name) throws MuxException {
        Command c = BY_NAME.get(name);
        if (c == null) {
            c = BY_ALIAS.get(name);
        }
        if (c != null) {
            return c;
        }
        List<String> prefixed = new ArrayList<>();
        for (String n : BY_NAME.keySet()) {
            if (!name.isEmpty() && n.startsWith(name)) {
                prefixed.add(n);
            }
        }
        if (prefixed.size() == 1) {
            return BY_NAME.get(prefixed.get(0));
        }
        if (prefixed.size() > 1) {
            throw new MuxException("ambiguous-command",
                    "ambiguous command: " + Visible.of(name) + ", could be: " + String.join(", ", prefixed));
        }
        throw new MuxException("unknown-command", "unknown command: " + Visible.of(name));
    }

    /**
     * Like {@link #find}, also accepting the client-only commands a key binding may name
     * ({@code send-prefix}, {@code command-prompt} ... are in the registry; this is the place for
     * any further ones the TUI knows).
     */
    static void findAny(String name) throws MuxException {
        if (!ELSEWHERE.contains(name)) {
            find(name);
        }
    }

    /**
     * tmux commands that are carried out elsewhere (the TUI or the cli) but may be bound to keys:
     * a binding naming them is fine.
     */
    private static final java.util.Set<String> ELSEWHERE = java.util.Set.of(
            "kill-server",
            "capture-pane", "capturep", "attach-session", "attach", "choose-window",
            "choose-session", "refresh-client", "refresh", "customize-mode", "show-messages", "showmsgs",
            "if-shell", "if", "run-shell", "run", "suspend-client", "suspendc");

    /** Every command name, in registry order. */
    static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** Run one command ({@code argv[0]} its name); returns its output. */
    static String run(CommandContext ctx, List<String> argv) throws MuxException {
        if (argv.isEmpty() || argv.get(0).isEmpty()) {
            throw new MuxException("unknown-command", "no command given");
        }
        Command c = find(argv.get(0));
        Args args = Args.parse(c.spec(), argv.subList(1, argv.size()));
        synchronized (ctx.mux()) {
            try {
                return c.run(ctx, args);
            } catch (IllegalArgumentException e) {
                // A value the model refuses (a layout size it cannot give): the caller's mistake, one line.
                throw new MuxException("invalid", c.spec().name() + ": " + Visible.of(e.getMessage()));
            }
        }
    }

    private Commands() {}
}
