package dev.weft.server;

import java.util.List;

/**
 * tmux resize-pane: move the pane's edge {@code -L -R -U -D} by the adjustment (default 1),
 * or make it {@code -x} wide / {@code -y} high (N or N% of the tab), or toggle zoom ({@code -Z}).
 */
final class ResizePaneCommand implements Command {
    private static final Spec SPEC = new Spec("resize-pane", List.of("resizep"), "DLRUZt:x:y:",
            "[-DLRUZ] [-x width] [-y height] [-t target-pane] [adjustment]", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        Tab tab = t.tab();
        Session s = t.session();
        if (args.has('Z')) {
            if (tab.zoomed()) {
                tab.zoomed(false);
            } else {
                tab.activate(t.pane());
                tab.zoomed(true);
            }
            ctx.mux().changed(s);
            return "";
        }
        Integer cols = args.value('x') == null ? null : CommandHelpers.size(args.value('x'), s.cols(), SPEC.name());
        Integer rows = args.value('y') == null ? null : CommandHelpers.size(args.value('y'), s.rows(), SPEC.name());
        LayoutTree.Direction d = SelectPaneCommand.direction(args);
        int n = 1;
        if (args.arg(0) != null) {
            Integer parsed = TargetParser.number(args.arg(0));
            if (parsed == null) {
                throw new MuxException("bad-adjustment", "adjustment " + Visible.of(args.arg(0)) + " is invalid");
            }
            n = parsed;
        }
        tab.zoomed(false);
        if (cols != null || rows != null) {
            tab.resizePaneTo(t.pane(), cols, rows);
        }
        if (d != null) {
            tab.resizePane(t.pane(), d, n);
        }
        ctx.mux().changed(s);
        return "";
    }
}
