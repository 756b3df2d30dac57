package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * tmux kill-pane: end the target pane ({@code -a}: every other pane of its tab). The pane leaves
 * the model at once; its process gets SIGHUP (SIGKILL half a second later). The last pane ends
 * its tab, the last tab its session.
 */
final class KillPaneCommand implements Command {
    private static final Spec SPEC = new Spec("kill-pane", List.of("killp"), "at:", "[-a] [-t target-pane]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        List<Pane> doomed = new ArrayList<>();
        if (args.has('a')) {
            for (Pane p : t.tab().panes()) {
                if (p != t.pane()) {
                    doomed.add(p);
                }
            }
        } else {
            doomed.add(t.pane());
        }
        CommandHelpers.kill(ctx.mux(), t.session(), doomed, "kill-pane");
        return "";
    }
}
