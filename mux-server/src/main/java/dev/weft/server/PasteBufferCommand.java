package dev.weft.server;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * tmux paste-buffer: write the {@code -b} (else the newest) buffer to the target pane's PTY.
 * Each line feed becomes the separator: {@code -s SEP}, else {@code \n} with {@code -r}, else
 * {@code \r} (what Enter sends). {@code -p} wraps the data in {@code ESC[200~ ... ESC[201~} when
 * the pane's program turned bracketed paste on; {@code -d} deletes the buffer afterwards. With no
 * buffer at all this is an error ({@code no buffers}; tmux silently does nothing).
 */
final class PasteBufferCommand implements Command {
    private static final Spec SPEC = new Spec("paste-buffer", List.of("pasteb"), "db:prs:t:",
            "[-dpr] [-s separator] [-b buffer-name] [-t target-pane]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        PasteBuffers.Buffer b = BufferCommands.chosen(ctx, args);
        String separator = args.value('s') != null ? args.value('s') : args.has('r') ? "\n" : "\r";
        Pane pane = t.pane();
        boolean bracket = args.has('p') && pane.screen().read(term -> term.modes().bracketedPaste());
        String text = b.data().replace("\n", separator);
        if (bracket) {
            text = "\u001b[200~" + text + "\u001b[201~";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            pane.write(bytes, 0, null);
        }
        if (args.has('d')) {
            ctx.mux().buffers().deleteIfSame(b);
        }
        return "";
    }
}
