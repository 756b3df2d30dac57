package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/** tmux kill-window: end the target tab and its panes ({@code -a}: every other tab of the session). */
final class KillWindowCommand implements Command {
    private static final Spec SPEC = new Spec("kill-window", List.of("killw"), "at:", "[-a] [-t target-window]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.WINDOW);
        List<Pane> doomed = new ArrayList<>();
        for (Tab tab : t.session().tabs()) {
            if (args.has('a') ? tab != t.tab() : tab == t.tab()) {
                doomed.addAll(tab.panes());
            }
        }
        CommandHelpers.kill(ctx.mux(), t.session(), doomed, "kill-window");
        return "";
    }
}
