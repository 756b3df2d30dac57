package dev.weft.server;

import java.util.List;

/**
 * tmux set-buffer: make an automatic buffer of the data, or set buffer {@code -b NAME};
 * {@code -a} appends to the {@code -b} buffer (without {@code -b} a new automatic buffer is made,
 * as tmux 3.3 does); {@code -n NEW} renames the {@code -b} (else the newest) buffer instead.
 * {@code -w} (also set the clipboard) is accepted: the copying client does OSC 52 itself.
 * Empty data does nothing, as tmux.
 */
final class SetBufferCommand implements Command {
    private static final Spec SPEC = new Spec("set-buffer", List.of("setb"), "ab:t:n:w",
            "[-aw] [-b buffer-name] [-n new-buffer-name] [-t target-client] data", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        PasteBuffers buffers = ctx.mux().buffers();
        String name = args.value('b');
        PasteBuffers.Buffer b = name == null ? null : buffers.get(name);
        if (args.has('n')) {
            if (b == null) {
                if (name != null) {
                    throw new MuxException("no-buffer", "unknown buffer: " + Visible.of(name));
                }
                b = buffers.top();
            }
            if (b == null) {
                throw new MuxException("no-buffer", "no buffer");
            }
            buffers.rename(b.name(), args.value('n'));
            return "";
        }
        String data = args.arg(0);
        if (data == null) {
            throw new MuxException("no-data", "no data specified");
        }
        if (data.isEmpty()) {
            return "";
        }
        if (name != null && name.isEmpty()) {
            throw new MuxException("bad-buffer-name", "empty buffer name");
        }
        String value = b != null && args.has('a') ? b.data() + data : data;
        buffers.set(name, value, ctx.mux().bufferLimit());
        return "";
    }
}
