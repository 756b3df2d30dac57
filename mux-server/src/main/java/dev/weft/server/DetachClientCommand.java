package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * tmux detach-client: detach the current client ({@code -t}: the client of that name, see
 * {@link CommandContext#client}); {@code -a}: every OTHER client of that client's session
 * instead; {@code -s}: every client of that session. Each gets {@code Detached(name, "detached")}.
 * {@code -P} (tmux: also hang up the client's parent shell) detaches as without it: the protocol
 * has no such request. {@code -E} (tmux: run a command in the client's place) is refused.
 */
final class DetachClientCommand implements Command {
    private static final Spec SPEC = new Spec("detach-client", List.of("detach"), "aPE:s:t:",
            "[-aP] [-E shell-command] [-s target-session] [-t target-client]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        if (args.value('E') != null) {
            throw new MuxException("unsupported", "detach-client -E is not supported by weft (detach, then run the command)");
        }
        for (Attachment a : targets(ctx, args)) {
            a.detachClient();
        }
        return "";
    }

    /** Who is detached, as tmux's cmd_detach_client_exec chooses. */
    static List<Attachment> targets(CommandContext ctx, Args args) throws MuxException {
        if (args.value('s') != null) {
            Session s = ctx.resolve(args.value('s'), TargetParser.Kind.SESSION).session();
            return ctx.mux().attachments(s);
        }
        ClientConnection target = ctx.client(args.value('t'));
        if (!args.has('a')) {
            return List.of(target);
        }
        List<Attachment> others = new ArrayList<>();
        for (Attachment a : ctx.mux().attachments(target.attachedSession())) {
            if (a != target) {
                others.add(a);
            }
        }
        return others;
    }
}
