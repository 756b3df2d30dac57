package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/** tmux list-windows: one line per tab of the target session ({@code -a}: of every session), format {@code -F}, filter {@code -f}. */
final class ListWindowsCommand implements Command {
    static final String DEFAULT = "#{window_index}: #{window_name}#{window_raw_flags} (#{window_panes} panes)"
            + " [#{window_width}x#{window_height}] [layout #{window_layout}] #{window_id}#{?window_active, (active),}";
    private static final Spec SPEC = new Spec("list-windows", List.of("lsw"), "aF:f:t:",
            "[-a] [-F format] [-f filter] [-t target-session]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String format = args.value('F') != null ? args.value('F') : (args.has('a') ? "#{session_name}:" : "") + DEFAULT;
        List<Session> sessions = args.has('a') ? ctx.mux().sessions()
                : List.of(ctx.target(args, 't', TargetParser.Kind.SESSION).session());
        List<String> lines = new ArrayList<>();
        for (Session s : sessions) {
            for (Tab t : s.tabs()) {
                String line = ListFormats.line(ctx, args, format, new Target(s, t, t.activePane()), ListFormats.WINDOW);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return String.join("\n", lines);
    }
}
