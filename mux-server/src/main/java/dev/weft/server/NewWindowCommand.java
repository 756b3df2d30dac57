package dev.weft.server;

import java.util.List;

/**
 * tmux new-window: a new tab with one pane. Its index: {@code -t} when that names a free index
 * (an index in use is an error unless {@code -k} kills the tab there), else the first free index
 * after the current tab ({@code -a}: after the target). Selected unless {@code -d}.
 */
final class NewWindowCommand implements Command {
    private static final Spec SPEC = new Spec("new-window", List.of("neww"), "abdkPSc:e:F:n:t:",
            "[-abdkPS] [-c start-directory] [-e environment] [-F format] [-n window-name] [-t target-window] [shell-command]",
            0, -1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String targetText = args.value('t');
        Target t;
        Integer index = null;
        // "-t N" or "-t SESSION:N" naming a free index is where the tab goes.
        if (targetText != null) {
            int colon = targetText.lastIndexOf(':');
            String sessionPart = colon < 0 ? null : targetText.substring(0, colon);
            String indexPart = colon < 0 ? targetText : targetText.substring(colon + 1);
            if (indexPart.startsWith("=")) {
                indexPart = indexPart.substring(1);
            }
            Integer n = TargetParser.number(indexPart);
            if (n != null) {
                t = ctx.resolve(sessionPart == null ? "" : sessionPart + ":", TargetParser.Kind.WINDOW);
                index = n;
            } else {
                t = ctx.resolve(targetText, TargetParser.Kind.WINDOW);
            }
        } else {
            t = ctx.resolve(null, TargetParser.Kind.WINDOW);
        }
        Session s = t.session();
        Mux mux = ctx.mux();
        if (index != null && !args.has('a')) {
            Tab there = s.tabAt(index);
            if (there != null) {
                if (!args.has('k')) {
                    throw new MuxException("index-in-use", "index " + index + " in use");
                }
                CommandHelpers.kill(mux, s, there.panes(), "new-window -k");
                if (s.ended()) {
                    throw new MuxException("no-session", "session " + s.name() + " ended");
                }
            }
        } else {
            int from = index != null ? index : t.tab() != null ? t.tab().index() : mux.baseIndex();
            index = s.freeIndex(Math.max(from + 1, mux.baseIndex()));
        }
        Pane pane = mux.startPane(s, CommandHelpers.startDirectory(ctx, args, t), CommandHelpers.command(args),
                CommandHelpers.environment(args), s.cols(), s.rows());
        Tab tab = mux.newTab(pane, index, s.cols(), s.rows());
        String name = args.value('n');
        if (name != null) {
            tab.name(name);
            tab.automaticRename(false);
        }
        s.addTab(tab);
        if (!args.has('d')) {
            s.activeTab(tab);
        }
        mux.changed(s);
        if (args.has('P')) {
            String f = args.value('F');
            return ctx.expand(f == null ? CommandHelpers.PRINT_FORMAT : f, new Target(s, tab, pane));
        }
        return "";
    }
}
