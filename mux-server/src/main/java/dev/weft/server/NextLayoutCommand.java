package dev.weft.server;

import java.util.List;

/** tmux next-layout / previous-layout: the next/previous preset in tmux's order, wrapping. */
final class NextLayoutCommand implements Command {
    private final boolean next;
    private final Spec spec;

    NextLayoutCommand(boolean next) {
        this.next = next;
        this.spec = next
                ? new Spec("next-layout", List.of("nextl"), "t:", "[-t target-window]", 0, 0)
                : new Spec("previous-layout", List.of("prevl"), "t:", "[-t target-window]", 0, 0);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        return cycle(ctx, ctx.target(args, 't', TargetParser.Kind.WINDOW), next);
    }

    static String cycle(CommandContext ctx, Target t, boolean next) {
        LayoutTree.Preset[] all = LayoutTree.Preset.values();
        int current = t.tab().presetIndex();
        int i = current < 0 ? (next ? 0 : all.length - 1) : Math.floorMod(current + (next ? 1 : -1), all.length);
        t.tab().select(all[i]);
        ctx.mux().changed(t.session());
        return "";
    }
}
