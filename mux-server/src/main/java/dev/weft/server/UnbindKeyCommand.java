package dev.weft.server;

import java.util.List;

/**
 * tmux unbind-key: remove a key's binding from table {@code -T} (default {@code prefix};
 * {@code -n} root); {@code -a} removes every binding of the table ({@code -a} without {@code -T}
 * or {@code -n}: the prefix table, as tmux). Unbinding an unbound key is not an error (tmux).
 */
final class UnbindKeyCommand implements Command {
    private static final Spec SPEC = new Spec("unbind-key", List.of("unbind"), "anqT:",
            "[-anq] [-T key-table] key", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String table = args.has('n') ? "root" : args.value('T') != null ? args.value('T') : "prefix";
        try {
            if (args.has('a')) {
                ctx.mux().keyTables().unbindAll(table);
            } else {
                if (args.arg(0) == null) {
                    throw Args.usage(SPEC, "missing key");
                }
                ctx.mux().keyTables().unbind(table, args.arg(0));
            }
        } catch (IllegalArgumentException e) {
            if (args.has('q')) {
                return "";
            }
            throw new MuxException("bad-key", Visible.of(e.getMessage()));
        }
        ctx.mux().settingsChanged();
        return "";
    }
}
