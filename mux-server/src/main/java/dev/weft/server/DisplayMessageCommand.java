package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * tmux display-message: expand a format (the argument, or {@code -F}) in the target's context.
 * With {@code -p}, or when no client is attached to the target session (tmux does the same),
 * the text is the command's output; else it is shown in the status line ({@link Pdu.ShowMessage}) of
 * the calling client when it is attached to that session, else of every client attached to it.
 */
final class DisplayMessageCommand implements Command {
    /** tmux's default message. */
    static final String DEFAULT = "[#{session_name}] #{window_index}:#{window_name}, current pane #{pane_index} - (%H:%M %d-%b-%y)";
    private static final Spec SPEC = new Spec("display-message", List.of("display"), "aINpvc:d:F:t:",
            "[-p] [-c target-client] [-d delay] [-F format] [-t target-pane] [message]", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        String format = args.arg(0) != null ? args.arg(0) : args.value('F') != null ? args.value('F') : DEFAULT;
        String text = ctx.expand(format, t);
        List<Attachment> clients = ctx.clientsOf(t.session());
        if (args.has('p') || clients.isEmpty()) {
            return text;
        }
        for (Attachment a : clients) {
            a.showMessage(text);
        }
        return "";
    }
}
