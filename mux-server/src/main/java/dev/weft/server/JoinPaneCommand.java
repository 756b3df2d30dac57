package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * tmux join-pane: move the pane {@code -s} (default current) into the tab of {@code -t} (default
 * current), split beside ({@code -h}) or below it as split-window does ({@code -l -b -f}). The
 * source tab ends with its last pane, and the source session with its last tab.
 */
final class JoinPaneCommand implements Command {
    private static final Spec SPEC = new Spec("join-pane", List.of("joinp"), "bdfhvl:p:s:t:",
            "[-bdfhv] [-l size] [-s src-pane] [-t dst-pane]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target src = ctx.target(args, 's', TargetParser.Kind.PANE);
        Target dst = ctx.target(args, 't', TargetParser.Kind.PANE);
        if (src.pane() == dst.pane()) {
            throw new MuxException("same-pane", "source and target panes must be different");
        }
        Tab tab = dst.tab();
        boolean horizontal = args.has('h');
        boolean full = args.has('f');
        int size = -1;
        String l = args.value('l') != null ? args.value('l') : args.value('p') != null ? args.value('p') + "%" : null;
        if (l != null) {
            Pdu.PaneGeometry g = tab.geometry(dst.pane());
            Session ds = dst.session();
            int whole = full || g == null ? (horizontal ? ds.cols() : ds.rows()) : (horizontal ? g.cols() : g.rows());
            size = CommandHelpers.size(l, whole, SPEC.name());
        }
        Mux mux = ctx.mux();
        int slot = mux.nextSlot();
        if (!tab.reservePlace(dst.pane(), slot, horizontal, size, args.has('b'), full)) {
            throw new MuxException("no-space", "no space for new pane");
        }
        Session fromSession = src.session();
        Tab from = src.tab();
        from.remove(src.pane());
        if (from.isEmpty()) {
            fromSession.removeTab(from);
        }
        tab.fill(slot, src.pane());
        if (!args.has('d')) {
            CommandHelpers.select(dst.session(), tab, src.pane());
        }
        if (fromSession != dst.session()) {
            if (fromSession.isEmpty()) {
                mux.endSession(fromSession);
            } else {
                mux.changed(fromSession);
            }
        }
        mux.changed(dst.session());
        return "";
    }
}
