package dev.weft.server;

import java.util.List;

/**
 * tmux select-layout: arrange the tab's panes in a preset ({@code even-horizontal},
 * {@code even-vertical}, {@code main-horizontal}, {@code main-vertical}, {@code tiled}); without a
 * name the last preset again; {@code -n}/{@code -p} as next-layout/previous-layout; {@code -E}
 * spreads the pane and its siblings out evenly; a layout string as {@code list-windows} shows it
 * ({@code d463,159x48,0,0{79x48,0,0,0,79x48,80,0,1}}) restores that arrangement.
 */
final class SelectLayoutCommand implements Command {
    private static final Spec SPEC = new Spec("select-layout", List.of("selectl"), "Enpt:",
            "[-Enp] [-t target-pane] [layout-name]", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        if (args.has('E')) {
            t.tab().spreadOut(t.pane());
            ctx.mux().changed(t.session());
            return "";
        }
        if (args.has('n') || args.has('p')) {
            return NextLayoutCommand.cycle(ctx, t, args.has('n'));
        }
        String name = args.arg(0);
        LayoutTree.Preset preset;
        if (name == null) {
            int last = t.tab().presetIndex();
            preset = LayoutTree.Preset.values()[Math.max(0, last)];
        } else {
            preset = LayoutTree.Preset.of(name);
            if (preset == null && name.indexOf(',') > 0) {
                try {
                    t.tab().selectLayout(name); // a layout string, as list-windows shows it
                } catch (IllegalArgumentException e) {
                    throw new MuxException("bad-layout", "can't set layout: " + Visible.of(name) + ": " + e.getMessage());
                }
                ctx.mux().changed(t.session());
                return "";
            }
            if (preset == null) {
                throw new MuxException("bad-layout", "can't set layout: " + Visible.of(name)
                        + " (even-horizontal, even-vertical, main-horizontal, main-vertical or tiled)");
            }
        }
        t.tab().select(preset);
        ctx.mux().changed(t.session());
        return "";
    }
}
