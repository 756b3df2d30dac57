package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * tmux split-window: a new pane beside ({@code -h}) or below ({@code -v}, the default) the target
 * pane, {@code -l N|N%} cells of it (default half), {@code -b} left/above, {@code -f} spanning the
 * whole tab, {@code -d} without selecting it, in {@code -c DIR} (else the session's directory).
 */
final class SplitWindowCommand implements Command {
    private static final Spec SPEC = new Spec("split-window", List.of("splitw"), "bdfhIPvZc:e:F:l:p:t:",
            "[-bdfhPvZ] [-c start-directory] [-e environment] [-F format] [-l size] [-t target-pane] [shell-command]",
            0, -1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        Session s = t.session();
        Tab tab = t.tab();
        boolean horizontal = args.has('h');
        boolean full = args.has('f');
        int size = -1;
        String l = args.value('l') != null ? args.value('l') : args.value('p') != null ? args.value('p') + "%" : null;
        if (l != null) {
            Pdu.PaneGeometry g = tab.geometry(t.pane());
            int whole = full || g == null ? (horizontal ? s.cols() : s.rows()) : (horizontal ? g.cols() : g.rows());
            size = CommandHelpers.size(l, whole, SPEC.name());
        }
        int slot = ctx.mux().nextSlot();
        if (!tab.reservePlace(t.pane(), slot, horizontal, size, args.has('b'), full)) {
            throw new MuxException("no-space", "no space for new pane");
        }
        Pdu.PaneGeometry place = tab.placeGeometry(slot);
        Pane pane;
        try {
            pane = ctx.mux().startPane(s, CommandHelpers.startDirectory(ctx, args, t), CommandHelpers.command(args),
                    CommandHelpers.environment(args), place.cols(), place.rows());
        } catch (MuxException e) {
            tab.dropPlace(slot);
            ctx.mux().changed(s);
            throw e;
        }
        tab.fill(slot, pane);
        if (!args.has('d')) {
            tab.activate(pane);
        }
        ctx.mux().changed(s);
        if (args.has('P')) {
            String f = args.value('F');
            return ctx.expand(f == null ? CommandHelpers.PRINT_FORMAT : f, new Target(s, tab, pane));
        }
        return "";
    }
}
