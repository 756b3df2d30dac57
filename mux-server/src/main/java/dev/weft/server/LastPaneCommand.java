package dev.weft.server;

import java.util.List;

/** tmux last-pane: the target tab's previously active pane becomes active ({@code no last pane} when none). */
final class LastPaneCommand implements Command {
    private static final Spec SPEC = new Spec("last-pane", List.of("lastp"), "Zt:", "[-Z] [-t target-window]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.WINDOW);
        Pane last = t.tab().lastPane();
        if (last == null) {
            throw new MuxException("no-last-pane", "no last pane");
        }
        boolean keepZoom = args.has('Z') && t.tab().zoomed();
        t.tab().activate(last);
        t.tab().zoomed(keepZoom);
        ctx.mux().changed(t.session());
        return "";
    }
}
