package dev.weft.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The table of weft's commands, as tmux keeps one: each command's class and the names it answers
 * to. Building picocli's model of a command costs reflection, so {@link #register} builds only the
 * one being run (every one for help and usage errors): it is most of a client command's start-up.
 */
final class CommandTable {
    private record Entry(Supplier<Object> command, List<String> names) {}

    private static final List<Entry> COMMANDS = List.of(
            new Entry(NewCommand::new, List.of("new", "new-session")),
            new Entry(AttachCommand::new, List.of("attach", "a", "attach-session")),
            new Entry(LsCommand::new, List.of("ls", "list-sessions")),
            new Entry(HasSessionCommand::new, List.of("has-session", "has")),
            new Entry(SendKeysCommand::new, List.of("send-keys", "send")),
            new Entry(CapturePaneCommand::new, List.of("capture-pane", "capturep")),
            new Entry(KillSessionCommand::new, List.of("kill-session")),
            new Entry(KillServerCommand::new, List.of("kill-server")),
            new Entry(MuxServerCommand::new, List.of("mux-server")),
            new Entry(HelpCommand::new, List.of("help")));

    /** weft's own options that take a value, so the command name can be found after them. */
    private static final List<String> OPTIONS_WITH_VALUES = List.of("--config", "-L", "-S");

    /** Add the command {@code args} names to {@code top}, or every command when it names none. */
    static void register(CommandLine top, String[] args) {
        String name = commandName(args);
        for (Entry e : COMMANDS) {
            if (name == null || e.names().contains(name)) {
                top.addSubcommand(e.command().get());
            }
        }
        if (name != null && top.getSubcommands().isEmpty()) {
            register(top, new String[0]); // unknown: picocli says so, with every command known
        }
    }

    /** The first argument that is not one of weft's own options (or their values). */
    static String commandName(String[] args) {
        int i = commandIndex(args);
        return i < 0 ? null : args[i];
    }

    /** Where the command name is in {@code args}, or -1. */
    static int commandIndex(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++;
            } else if (a.startsWith("--config=")) {
                continue;
            } else if (!a.startsWith("-")) {
                return i;
            } else if (a.equals("--")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether weft runs this command itself (else the server does: {@link ServerCommand}). */
    static boolean isLocal(String name) {
        for (Entry e : COMMANDS) {
            if (e.names().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private CommandTable() {}
}
