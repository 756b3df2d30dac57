package dev.weft.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * tmux load-buffer: a file's contents become the {@code -b} buffer, else a new automatic one
 * (an empty file makes none). The path is resolved as {@link BufferCommands#path} says; {@code -}
 * (the client's standard input) is refused for now. Invalid UTF-8 is replaced (U+FFFD): buffers
 * hold text. {@code -w}/{@code -t} (also set a client's clipboard) are accepted and do nothing more.
 */
final class LoadBufferCommand implements Command {
    private static final Spec SPEC = new Spec("load-buffer", List.of("loadb"), "b:t:w",
            "[-b buffer-name] [-t target-client] path", 1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String arg = args.arg(0);
        if (arg.equals("-")) {
            throw new MuxException("unsupported", "load-buffer: reading stdin is not supported; give a file");
        }
        String name = args.value('b');
        if (name != null && name.isEmpty()) {
            throw new MuxException("bad-buffer-name", "empty buffer name");
        }
        Path path = BufferCommands.path(ctx, "load-buffer", arg);
        byte[] data;
        try {
            if (Files.isDirectory(path)) {
                throw new MuxException("io-error", "load-buffer: cannot read " + Visible.of(path.toString()) + ": Is a directory");
            }
            long size = Files.size(path);
            if (size > PasteBuffers.MAX_BYTES) {
                throw new MuxException("buffer-too-big", "load-buffer: " + Visible.of(path.toString()) + " is too big ("
                        + size + " bytes; a buffer holds at most " + PasteBuffers.MAX_BYTES + ")");
            }
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new MuxException("io-error", "load-buffer: cannot read " + Visible.of(path.toString()) + ": "
                    + BufferCommands.reason(e));
        }
        ctx.mux().buffers().set(name, new String(data, StandardCharsets.UTF_8), ctx.mux().bufferLimit());
        return "";
    }
}
