package dev.weft.server;

import java.util.List;

/**
 * tmux select-window: make the target tab current; {@code -l} last, {@code -n} next,
 * {@code -p} previous; {@code -T} goes to the last tab when the target is already current.
 */
final class SelectWindowCommand implements Command {
    private static final Spec SPEC = new Spec("select-window", List.of("selectw"), "lnpTt:",
            "[-lnpT] [-t target-window]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        if (args.has('l')) {
            return LastWindowCommand.last(ctx, ctx.target(args, 't', TargetParser.Kind.SESSION));
        }
        if (args.has('n') || args.has('p')) {
            return NextWindowCommand.step(ctx, ctx.target(args, 't', TargetParser.Kind.SESSION), args.has('n'));
        }
        Target t = ctx.target(args, 't', TargetParser.Kind.WINDOW);
        Session s = t.session();
        if (args.has('T') && s.activeTab() == t.tab() && s.lastTab() != null) {
            s.activeTab(s.lastTab());
        } else {
            s.activeTab(t.tab());
        }
        s.touch();
        ctx.mux().changed(s);
        return "";
    }
}
