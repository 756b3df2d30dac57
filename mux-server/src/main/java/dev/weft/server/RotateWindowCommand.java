package dev.weft.server;

import java.util.List;

/** tmux rotate-window: every pane of the tab moves one place, up ({@code -U}, default) or down ({@code -D}). */
final class RotateWindowCommand implements Command {
    private static final Spec SPEC = new Spec("rotate-window", List.of("rotatew"), "DUZt:",
            "[-DUZ] [-t target-window]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.WINDOW);
        boolean keepZoom = args.has('Z') && t.tab().zoomed();
        t.tab().rotate(!args.has('D'));
        t.tab().zoomed(keepZoom);
        ctx.mux().changed(t.session());
        return "";
    }
}
