package dev.weft.server;

import java.util.List;

/** tmux rename-window: name the tab; automatic rename stops for it (as tmux). */
final class RenameWindowCommand implements Command {
    private static final Spec SPEC = new Spec("rename-window", List.of("renamew"), "t:",
            "[-t target-window] new-name", 1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.WINDOW);
        t.tab().name(args.arg(0));
        t.tab().automaticRename(false);
        ctx.mux().changed(t.session());
        return "";
    }
}
