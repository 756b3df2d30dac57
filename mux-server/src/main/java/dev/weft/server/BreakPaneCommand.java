package dev.weft.server;

import java.util.List;

/**
 * tmux break-pane: move the pane ({@code -s}, default current) out of its tab into a new tab of
 * its own (at {@code -t}'s index if free, else the first free one after the current), current
 * unless {@code -d}. A tab's only pane cannot be broken out (tmux says the same).
 */
final class BreakPaneCommand implements Command {
    private static final Spec SPEC = new Spec("break-pane", List.of("breakp"), "adPF:n:s:t:",
            "[-adP] [-F format] [-n window-name] [-s src-pane] [-t dst-window]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target src = ctx.target(args, 's', TargetParser.Kind.PANE);
        Session s = src.session();
        Tab from = src.tab();
        if (from.paneCount() < 2) {
            throw new MuxException("only-pane", "can't break with only one pane");
        }
        Mux mux = ctx.mux();
        int index;
        Integer wanted = args.value('t') == null ? null : TargetParser.number(args.value('t').replaceFirst("^.*:=?", ""));
        if (wanted != null && s.tabAt(wanted) == null) {
            index = wanted;
        } else {
            index = s.freeIndex(Math.max(s.activeTab().index() + 1, mux.baseIndex()));
        }
        from.remove(src.pane());
        Tab tab = mux.newTab(src.pane(), index, s.cols(), s.rows());
        String name = args.value('n');
        if (name != null) {
            tab.name(name);
            tab.automaticRename(false);
        } else {
            String fg = ProcessInfo.command(src.pane().foregroundPid());
            tab.name(fg == null ? src.pane().program() : fg);
        }
        s.addTab(tab);
        if (!args.has('d')) {
            s.activeTab(tab);
        }
        mux.changed(s);
        if (args.has('P')) {
            String f = args.value('F');
            return ctx.expand(f == null ? CommandHelpers.PRINT_FORMAT : f, new Target(s, tab, src.pane()));
        }
        return "";
    }
}
