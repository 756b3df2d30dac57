package dev.weft.server;

import dev.weft.keymaps.Binding;
import dev.weft.keymaps.KeyTables;
import java.util.ArrayList;
import java.util.List;

/** tmux list-keys: every binding as a bind-key line ({@code -T}: one table; a key: only its binding). */
final class ListKeysCommand implements Command {
    private static final Spec SPEC = new Spec("list-keys", List.of("lsk"), "1aNP:T:",
            "[-1aN] [-P prefix-string] [-T key-table] [key]", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String table = args.value('T');
        String key = args.arg(0);
        List<String> lines = new ArrayList<>();
        for (Binding b : ctx.mux().keyTables().list()) {
            if ((table == null || b.table().equals(table)) && (key == null || b.key().equals(key))) {
                lines.add(KeyTables.listKeysLine(b));
            }
        }
        if (lines.isEmpty() && table != null && ctx.mux().keyTables().list().stream().noneMatch(b -> b.table().equals(table))) {
            throw new MuxException("no-table", "table " + table + " doesn't exist");
        }
        if (args.has('1') && !lines.isEmpty()) {
            return lines.get(0);
        }
        return String.join("\n", lines);
    }
}
