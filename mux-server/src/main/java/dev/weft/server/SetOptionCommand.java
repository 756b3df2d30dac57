package dev.weft.server;

import dev.weft.config.OptionKind;
import dev.weft.config.OptionSpec;
import dev.weft.config.OptionTable;
import dev.weft.config.Options;
import java.util.List;

/**
 * tmux set-option (alias set): set an option by its weft name ({@code status.left}) or tmux name
 * ({@code status-left}); {@code -u} back to the default, {@code -a} append to the value, {@code -F}
 * expand the value as a format first, {@code -o} refuse when already set, a boolean
 * without a value toggles, {@code -q} keeps quiet about unknown options. weft's options are all
 * server-wide: {@code -g}, {@code -s} and {@code -w} are accepted and mean the same. Every
 * attached client gets the new settings and status line.
 */
final class SetOptionCommand implements Command {
    private static final Spec SPEC = new Spec("set-option", List.of("set"), "agqsuwFopt:",
            "[-aFgoqsuw] [-t target-pane] option [value]", 1, 2);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String name = args.arg(0);
        String value = args.arg(1);
        if (value != null && args.has('F')) {
            // -F: the value is a format, expanded in the current context first (tmux).
            Target t = ctx.current();
            value = t == null ? value : ctx.expand(value, t);
        }
        Options current = ctx.mux().options();
        OptionSpec spec = OptionTable.find(name);
        if (spec == null) {
            if (args.has('q')) {
                return "";
            }
            try {
                current.with(name, value == null ? "" : value); // for its "did you mean" message
            } catch (IllegalArgumentException e) {
                throw new MuxException("bad-option", Visible.of(e.getMessage()));
            }
            throw new MuxException("bad-option", "invalid option: " + Visible.of(name));
        }
        if (args.has('o') && !current.get(name).equals(spec.defaultValue())) {
            throw new MuxException("already-set", "already set: " + Visible.of(name));
        }
        Options next;
        try {
            if (args.has('u')) {
                next = current.reset(name);
            } else if (value == null) {
                if (spec.kind() != OptionKind.BOOL) {
                    throw new MuxException("no-value", "option " + Visible.of(name) + " needs a value");
                }
                next = current.with(name, current.getBool(name) ? "off" : "on");
            } else if (args.has('a')) {
                next = current.with(name, current.get(name) + value);
            } else {
                next = current.with(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw new MuxException("bad-value", Visible.of(e.getMessage()));
        }
        ctx.mux().options(next);
        return "";
    }
}
