package dev.weft.server;

import java.util.List;

/** tmux rename-session: ':' and '.' become '_'; a name in use is refused ({@code duplicate session: NAME}). */
final class RenameSessionCommand implements Command {
    private static final Spec SPEC = new Spec("rename-session", List.of("rename"), "t:",
            "[-t target-session] new-name", 1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.SESSION);
        String name = Mux.sanitize(args.arg(0));
        if (name.isEmpty()) {
            throw new MuxException("bad-name", "session name may not be empty");
        }
        Session other = ctx.mux().byName(name);
        if (other != null && other != t.session()) {
            throw new MuxException("duplicate-session", "duplicate session: " + Visible.of(name));
        }
        t.session().name(name);
        ctx.mux().changed(t.session());
        return "";
    }
}
