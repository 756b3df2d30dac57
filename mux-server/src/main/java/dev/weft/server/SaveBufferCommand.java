package dev.weft.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * tmux save-buffer: write the {@code -b} (else the newest) buffer to a file, {@code -a}
 * appending; path {@code -} makes the data the command's output. The path is resolved as
 * {@link BufferCommands#path} says. Written by the server (it runs as the user, like the
 * client). A failure is one line: {@code save-buffer: cannot write PATH: REASON}.
 */
final class SaveBufferCommand implements Command {
    private static final Spec SPEC = new Spec("save-buffer", List.of("saveb"), "ab:", "[-a] [-b buffer-name] path", 1, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        PasteBuffers.Buffer b = BufferCommands.chosen(ctx, args);
        String arg = args.arg(0);
        if (arg.equals("-")) {
            return b.data();
        }
        Path path = BufferCommands.path(ctx, "save-buffer", arg);
        try {
            Files.write(path, PasteBuffers.bytes(b), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    args.has('a') ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new MuxException("io-error", "save-buffer: cannot write " + Visible.of(path.toString()) + ": "
                    + BufferCommands.reason(e));
        }
        return "";
    }
}
