package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * tmux list-panes: one line per pane of the target tab ({@code -s}: of its session, {@code -a}:
 * of every session), format {@code -F}, only panes for which the filter {@code -f} is true.
 */
final class ListPanesCommand implements Command {
    static final String DEFAULT = "#{pane_index}: [#{pane_width}x#{pane_height}] [history #{history_size}] #{pane_id}#{?pane_active, (active),}";
    private static final Spec SPEC = new Spec("list-panes", List.of("lsp"), "asF:f:t:",
            "[-as] [-F format] [-f filter] [-t target-window]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String prefix = args.has('a') ? "#{session_name}:#{window_index}." : args.has('s') ? "#{window_index}." : "";
        String format = args.value('F') != null ? args.value('F') : prefix + DEFAULT;
        List<String> lines = new ArrayList<>();
        if (args.has('a')) {
            for (Session s : ctx.mux().sessions()) {
                for (Tab t : s.tabs()) {
                    list(ctx, args, format, s, t, lines);
                }
            }
        } else {
            Target target = ctx.target(args, 't', args.has('s') ? TargetParser.Kind.SESSION : TargetParser.Kind.WINDOW);
            if (args.has('s')) {
                for (Tab t : target.session().tabs()) {
                    list(ctx, args, format, target.session(), t, lines);
                }
            } else {
                list(ctx, args, format, target.session(), target.tab(), lines);
            }
        }
        return String.join("\n", lines);
    }

    private static void list(CommandContext ctx, Args args, String format, Session s, Tab t, List<String> lines) {
        for (Pane p : t.panes()) {
            String line = ListFormats.line(ctx, args, format, new Target(s, t, p), ListFormats.PANE);
            if (line != null) {
                lines.add(line);
            }
        }
    }
}
