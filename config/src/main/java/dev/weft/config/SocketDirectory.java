package dev.weft.config;

import java.io.IOException;
import java.nio.file.Path;

/** Creates and checks the socket directory as tmux does: ours, 0700, not a symlink. */
public final class SocketDirectory {
    /**
     * Create {@code dir} (and parents) with mode 0700 if missing; otherwise refuse a directory
     * that is a symlink, owned by another uid, or writable by group or others, with a
     * {@link UnsafeSocketDirectoryException} whose message names the path, owner and mode and
     * mentions {@code skip_permissions_check}. With {@code skipCheck} only creation happens.
     */
    public static void ensure(Path dir, long uid, boolean skipCheck) throws IOException {
        throw new UnsupportedOperationException("config in progress");
    }

    private SocketDirectory() {}
}
