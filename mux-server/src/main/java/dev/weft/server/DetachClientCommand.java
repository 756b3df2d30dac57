package dev.weft.server;

import java.util.List;

/**
 * tmux detach-client: detach the calling client; {@code -s}/{@code -t} every client of that
 * session (weft clients have no names; a target names their session); {@code -a} every client
 * of the session but the caller. Each gets {@code Detached(name, "detached")}.
 */
final class DetachClientCommand implements Command {
    private static final Spec SPEC = new Spec("detach-client", List.of("detach"), "aPs:t:",
            "[-aP] [-s target-session] [-t target-client]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String target = args.value('s') != null ? args.value('s') : args.value('t');
        ClientConnection caller = ctx.caller();
        if (target == null && !args.has('a')) {
            if (caller == null || ctx.callerSession() == null) {
                throw new MuxException("no-client", "no current client");
            }
            caller.detachClient();
            return "";
        }
        Target t = ctx.resolve(target, TargetParser.Kind.SESSION);
        for (Attachment a : ctx.mux().attachments(t.session())) {
            if (!(args.has('a') && a == caller)) {
                a.detachClient();
            }
        }
        return "";
    }
}
