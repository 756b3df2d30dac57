package dev.weft.server;

import java.util.List;

/** tmux next-window / previous-window: the tab after/before the current one by index, wrapping. */
final class NextWindowCommand implements Command {
    private final boolean next;
    private final Spec spec;

    NextWindowCommand(boolean next) {
        this.next = next;
        this.spec = next
                ? new Spec("next-window", List.of("next"), "at:", "[-a] [-t target-session]", 0, 0)
                : new Spec("previous-window", List.of("prev"), "at:", "[-a] [-t target-session]", 0, 0);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        return step(ctx, ctx.target(args, 't', TargetParser.Kind.SESSION), next);
    }

    static String step(CommandContext ctx, Target t, boolean next) {
        Session s = t.session();
        List<Tab> tabs = s.tabs();
        int i = Math.max(0, tabs.indexOf(s.activeTab()));
        s.activeTab(tabs.get(Math.floorMod(i + (next ? 1 : -1), tabs.size())));
        ctx.mux().changed(s);
        return "";
    }
}
