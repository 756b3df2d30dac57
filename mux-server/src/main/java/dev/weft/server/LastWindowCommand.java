package dev.weft.server;

import java.util.List;

/** tmux last-window: the previously current tab of the session ({@code no last window} when none). */
final class LastWindowCommand implements Command {
    private static final Spec SPEC = new Spec("last-window", List.of("last"), "t:", "[-t target-session]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        return last(ctx, ctx.target(args, 't', TargetParser.Kind.SESSION));
    }

    static String last(CommandContext ctx, Target t) throws MuxException {
        Session s = t.session();
        Tab last = s.lastTab();
        if (last == null) {
            throw new MuxException("no-last-window", "no last window");
        }
        s.activeTab(last);
        ctx.mux().changed(s);
        return "";
    }
}
