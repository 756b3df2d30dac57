package dev.weft.server;

import java.util.List;

/**
 * tmux swap-pane: exchange the places of {@code -s} (default: the current pane) and {@code -t};
 * with {@code -U}/{@code -D} the target and the pane before/after it. Panes may be in different
 * tabs. Without {@code -d} the active pane stays where it was, now showing the other pane (tmux).
 */
final class SwapPaneCommand implements Command {
    private static final Spec SPEC = new Spec("swap-pane", List.of("swapp"), "dDUZs:t:",
            "[-dDUZ] [-s src-pane] [-t dst-pane]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target dst = ctx.target(args, 't', TargetParser.Kind.PANE);
        Target src;
        if (args.has('U') || args.has('D')) {
            List<Pane> panes = dst.tab().panes();
            int i = panes.indexOf(dst.pane());
            int j = Math.floorMod(i + (args.has('U') ? -1 : 1), panes.size());
            src = new Target(dst.session(), dst.tab(), panes.get(j));
        } else {
            src = ctx.target(args, 's', TargetParser.Kind.PANE);
        }
        if (src.pane() == dst.pane()) {
            return "";
        }
        boolean keepZoom = args.has('Z') && dst.tab().zoomed();
        Tab.swap(src.tab(), src.pane(), dst.tab(), dst.pane());
        src.tab().zoomed(false);
        dst.tab().zoomed(false);
        if (!args.has('d')) {
            // tmux: the destination pane (now at the source's place) becomes active there.
            if (src.tab() == dst.tab()) {
                dst.tab().activate(dst.pane());
            } else {
                src.tab().activate(dst.pane());
                dst.tab().activate(src.pane());
            }
        } else if (src.tab() == dst.tab()) {
            // -d: the active place stays active, whichever pane is now in it.
            Tab tab = dst.tab();
            if (tab.activePane() == src.pane()) {
                tab.activate(dst.pane());
            } else if (tab.activePane() == dst.pane()) {
                tab.activate(src.pane());
            }
        }
        dst.tab().zoomed(keepZoom);
        ctx.mux().changed(src.session());
        if (dst.session() != src.session()) {
            ctx.mux().changed(dst.session());
        }
        return "";
    }
}
