package dev.weft.server;

import java.util.List;

/** tmux delete-buffer: the {@code -b} buffer, else the newest one. */
final class DeleteBufferCommand implements Command {
    private static final Spec SPEC = new Spec("delete-buffer", List.of("deleteb"), "b:", "[-b buffer-name]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        PasteBuffers buffers = ctx.mux().buffers();
        String name = args.value('b');
        if (name != null) {
            if (!buffers.delete(name)) {
                throw new MuxException("no-buffer", "unknown buffer: " + Visible.of(name));
            }
            return "";
        }
        PasteBuffers.Buffer top = buffers.top();
        if (top == null) {
            throw new MuxException("no-buffer", "no buffer");
        }
        buffers.deleteIfSame(top);
        return "";
    }
}
