package dev.weft.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates and checks the socket directory as tmux does: ours, 0700, not a symlink.
 *
 * <p>What is refused (decision): the directory itself being a symlink, being owned by a uid other
 * than ours, or having the group-write or other-write bit (mode &amp; 0022). Those are the cases in
 * which someone else could replace our socket or plant one for us to connect to. tmux is stricter
 * (it refuses any "other" access bit); we follow PRODUCT.md, which names write access, because a
 * readable directory leaks only socket names and connecting additionally needs write permission
 * on the socket and passes the server's SO_PEERCRED check. A directory we create is always 0700.
 * Missing parents are created 0700 too, but only the last component is checked: parents such as
 * {@code /run/user/1000} or {@code /tmp} legitimately belong to others or are world-writable.
 */
public final class SocketDirectory {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final int GROUP_OR_OTHER_WRITE = 0022;

    /**
     * Create {@code dir} (and parents) with mode 0700 if missing; otherwise refuse a directory
     * that is a symlink, owned by another uid, or writable by group or others, with a
     * {@link UnsafeSocketDirectoryException} whose message names the path, owner and mode and
     * mentions {@code skip_permissions_check}. With {@code skipCheck} only creation happens.
     */
    public static void ensure(Path dir, long uid, boolean skipCheck) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            create(dir);
        }
        if (skipCheck) {
            if (!Files.isDirectory(dir)) {
                throw new UnsafeSocketDirectoryException("socket directory " + dir
                        + " exists but is not a directory (remove it or choose another socket_path)");
            }
            return;
        }
        check(dir, uid);
    }

    private static void create(Path dir) throws IOException {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            Files.createDirectories(parent, ownerOnly);
        }
        try {
            Files.createDirectory(dir, ownerOnly);
            // The umask can only remove bits, but be explicit in case the filesystem ignores the
            // creation attribute.
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        } catch (FileAlreadyExistsException raced) {
            // Someone created it between our look and our mkdir: the check below judges it.
        }
    }

    private static void check(Path dir, long uid) throws IOException {
        boolean symlink = Files.isSymbolicLink(dir);
        long owner = ((Number) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        int mode = ((Number) Files.getAttribute(dir, "unix:mode", LinkOption.NOFOLLOW_LINKS)).intValue();
        String what;
        if (symlink) {
            what = "a symbolic link to " + Files.readSymbolicLink(dir) + ",";
        } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            what = "not a directory,";
        } else if (owner != uid || (mode & GROUP_OR_OTHER_WRITE) != 0) {
            what = "";
        } else {
            return;
        }
        throw new UnsafeSocketDirectoryException(String.format(
                "unsafe socket directory %s: %sowned by uid %d with mode %04o (must be a directory of "
                        + "uid %d, not a symlink, not writable by group or others; fix it, or set "
                        + "skip_permissions_check = true in [[unix_domains]])",
                dir, what.isEmpty() ? "" : what + " ", owner, mode & 07777, uid));
    }

    private SocketDirectory() {}
}
