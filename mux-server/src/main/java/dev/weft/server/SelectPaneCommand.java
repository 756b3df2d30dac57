package dev.weft.server;

import java.util.List;

/**
 * tmux select-pane: make the target pane active ({@code -t}), or its neighbour in a direction
 * ({@code -L -R -U -D}, wrapping as tmux), or the tab's last active pane ({@code -l}). The pane's
 * tab becomes current too. Unzooms unless {@code -Z}.
 */
final class SelectPaneCommand implements Command {
    private static final Spec SPEC = new Spec("select-pane", List.of("selectp"), "DLlRUZt:",
            "[-DLlRUZ] [-t target-pane]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        Tab tab = t.tab();
        Pane pane = t.pane();
        if (args.has('l')) {
            pane = tab.lastPane();
            if (pane == null) {
                throw new MuxException("no-last-pane", "no last pane");
            }
        } else {
            LayoutTree.Direction d = direction(args);
            if (d != null) {
                Pane n = tab.neighbour(pane, d);
                if (n == null) {
                    return "";
                }
                pane = n;
            }
        }
        boolean keepZoom = args.has('Z') && tab.zoomed();
        CommandHelpers.select(t.session(), tab, pane);
        tab.zoomed(keepZoom);
        ctx.mux().changed(t.session());
        return "";
    }

    static LayoutTree.Direction direction(Args args) {
        if (args.has('L')) {
            return LayoutTree.Direction.LEFT;
        }
        if (args.has('R')) {
            return LayoutTree.Direction.RIGHT;
        }
        if (args.has('U')) {
            return LayoutTree.Direction.UP;
        }
        if (args.has('D')) {
            return LayoutTree.Direction.DOWN;
        }
        return null;
    }
}
