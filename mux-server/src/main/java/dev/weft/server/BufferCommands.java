package dev.weft.server;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** What the paste buffer commands share: choosing a buffer, resolving a path, naming an I/O error. */
final class BufferCommands {

    /**
     * The {@code -b} buffer ("no buffer NAME" when there is none), else the newest one ("no
     * buffers"), with tmux's words for show-buffer, save-buffer and paste-buffer.
     */
    static PasteBuffers.Buffer chosen(CommandContext ctx, Args args) throws MuxException {
        PasteBuffers buffers = ctx.mux().buffers();
        String name = args.value('b');
        if (name != null) {
            PasteBuffers.Buffer b = buffers.get(name);
            if (b == null) {
                throw new MuxException("no-buffer", "no buffer " + Visible.of(name));
            }
            return b;
        }
        PasteBuffers.Buffer top = buffers.top();
        if (top == null) {
            throw new MuxException("no-buffer", "no buffers");
        }
        return top;
    }

    /**
     * A path argument of save-buffer or load-buffer: expanded as a format (as tmux does), and a
     * relative one resolved against the current pane's directory (pane_current_path), else the
     * server's working directory.
     */
    static Path path(CommandContext ctx, String command, String arg) throws MuxException {
        Target t = ctx.current();
        String expanded = t == null || t.session() == null ? arg : ctx.expand(arg, t);
        try {
            Path p = Path.of(expanded);
            if (p.isAbsolute()) {
                return p;
            }
            String base = null;
            if (t != null && t.tab() != null && t.pane() != null) {
                base = new FormatContext(ctx.mux(), t.session(), t.tab(), t.pane()).apply("pane_current_path");
            }
            return (base == null || base.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(base)).resolve(p);
        } catch (InvalidPathException e) {
            throw new MuxException("bad-path", command + ": invalid path " + Visible.of(expanded) + ": " + Visible.of(e.getReason()));
        }
    }

    /** An I/O error in strerror's words ("No such file or directory"), one line. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return why == null || why.isBlank() ? e.getClass().getSimpleName() : Visible.of(why);
    }

    private BufferCommands() {}
}
