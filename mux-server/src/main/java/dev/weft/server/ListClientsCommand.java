package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * tmux list-clients: one line per attached client, in the order they connected; {@code -t}: only
 * the clients of that session; {@code -F}: a format with the client_* variables (and the session's).
 * The default is tmux 3.3's without the user part (weft refuses clients of another uid):
 * {@code /dev/pts/3: work [80x24 xterm-256color] (attached,focused,UTF-8)}.
 */
final class ListClientsCommand implements Command {
    static final String DEFAULT = "#{client_name}: #{session_name} [#{client_width}x#{client_height} "
            + "#{client_termname}] #{?client_flags,(,}#{client_flags}#{?client_flags,),}";
    private static final Spec SPEC = new Spec("list-clients", List.of("lsc"), "F:f:t:",
            "[-F format] [-f filter] [-t target-session]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String format = args.value('F') != null ? args.value('F') : DEFAULT;
        Session only = args.value('t') == null ? null
                : ctx.resolve(args.value('t'), TargetParser.Kind.SESSION).session();
        List<String> lines = new ArrayList<>();
        for (ClientConnection c : ctx.clients()) {
            Session s = c.attachedSession();
            if (s == null || (only != null && s != only)) {
                continue;
            }
            Tab t = s.activeTab();
            Target target = new Target(s, t, t == null ? null : t.activePane());
            if (args.value('f') != null && !ListFormats.truthy(ctx.expand(args.value('f'), target, c))) {
                continue; // -f: only the clients the filter is true for (tmux)
            }
            lines.add(ctx.expand(format, target, c));
        }
        return String.join("\n", lines);
    }
}
