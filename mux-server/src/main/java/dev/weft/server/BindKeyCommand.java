package dev.weft.server;

import dev.weft.keymaps.CommandParser;
import java.util.ArrayList;
import java.util.List;

/**
 * tmux bind-key: bind a key in table {@code -T} (default {@code prefix}; {@code -n} is
 * {@code -T root}) to a command line, repeatable with {@code -r}. The command is the remaining
 * words ({@code ;} words separate commands, as {@code \;} in a config line) or one word holding a
 * whole command line ({@code bind x 'split-window -h'}, as tmux 3.2+). Each command's name must
 * be known. Every attached client gets the new tables.
 */
final class BindKeyCommand implements Command {
    private static final Spec SPEC = new Spec("bind-key", List.of("bind"), "nrN:T:",
            "[-nr] [-T key-table] [-N note] key command [arguments]", 2, -1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String table = args.has('n') ? "root" : args.value('T') != null ? args.value('T') : "prefix";
        String key = args.arg(0);
        List<String> words = args.positional().subList(1, args.positional().size());
        String line = commandLine(words);
        try {
            ctx.mux().keyTables().bind(table, key, args.has('r'), line);
        } catch (IllegalArgumentException e) {
            throw new MuxException("bad-key", Visible.of(e.getMessage()));
        }
        ctx.mux().settingsChanged();
        return "";
    }

    /** The command line a binding runs, checked: it parses and names known commands. */
    static String commandLine(List<String> words) throws MuxException {
        String line;
        if (words.size() == 1) {
            line = words.get(0);
        } else {
            List<String> parts = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (String w : words) {
                if (w.equals(";")) {
                    if (!current.isEmpty()) {
                        parts.add(CommandParser.quote(current));
                    }
                    current = new ArrayList<>();
                } else {
                    current.add(w);
                }
            }
            if (!current.isEmpty()) {
                parts.add(CommandParser.quote(current));
            }
            line = String.join(" ; ", parts);
        }
        List<List<String>> commands;
        try {
            commands = CommandParser.parse(line);
        } catch (IllegalArgumentException e) {
            throw new MuxException("syntax", Visible.of(e.getMessage()));
        }
        if (commands.isEmpty()) {
            throw new MuxException("usage", "command bind-key: no command given (" + SPEC.usageLine() + ")");
        }
        for (List<String> argv : commands) {
            if (!argv.isEmpty()) {
                Commands.findAny(argv.get(0));
            }
        }
        return line;
    }
}
