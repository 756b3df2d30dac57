package dev.weft.server;

import java.util.List;

/** tmux show-buffer: the {@code -b} (else the newest) buffer's data as the command's output. */
final class ShowBufferCommand implements Command {
    private static final Spec SPEC = new Spec("show-buffer", List.of("showb"), "b:", "[-b buffer-name]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        return BufferCommands.chosen(ctx, args).data();
    }
}
