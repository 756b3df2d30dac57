package dev.weft.server;

import java.util.List;

/**
 * tmux select-layout: arrange the tab's panes in a preset ({@code even-horizontal},
 * {@code even-vertical}, {@code main-horizontal}, {@code main-vertical}, {@code tiled}); without a
 * name the last preset again; {@code -n}/{@code -p} as next-layout/previous-layout. Layout strings
 * ({@code bb62,159x48,0,0{...}}) are not read (yet).
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
            // tmux spreads the pane's siblings evenly; the layout tree has no such operation yet.
            throw new MuxException("unsupported", "select-layout -E (spread out evenly) is not supported yet;"
                    + " select-layout even-horizontal or even-vertical evens out the whole tab");
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
