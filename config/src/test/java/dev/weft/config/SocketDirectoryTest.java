package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketDirectoryTest {
    private static final long ME = RuntimePaths.currentUid();

    @TempDir
    Path tmp;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void createsMissingDirectoryAndParentsWith0700() throws Exception {
        Path dir = tmp.resolve("a/b/weft");
        SocketDirectory.ensure(dir, ME, false);
        assertThat(dir).isDirectory();
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(tmp.resolve("a"))).isEqualTo("rwx------");
        // A second call accepts what the first created.
        SocketDirectory.ensure(dir, ME, false);
    }

    @Test
    void acceptsOwnDirectoryWithoutGroupOrOtherWrite() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("ok"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        SocketDirectory.ensure(dir, ME, false);
        assertThat(mode(dir)).as("an existing directory is never changed").isEqualTo("rwxr-xr-x");
    }

    @Test
    void refusesWorldWritableDirectoryNamingPathOwnerAndMode() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> SocketDirectory.ensure(dir, ME, false))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessage("unsafe socket directory " + dir + ": owned by uid " + ME + " with mode 0777"
                        + " (must be a directory of uid " + ME + ", not a symlink, not writable by group or"
                        + " others; fix it, or set skip_permissions_check = true in [[unix_domains]])");
    }

    @Test
    void refusesGroupWritableDirectory() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("group"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));
        assertThatThrownBy(() -> SocketDirectory.ensure(dir, ME, false))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessageContaining("mode 0770")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesDirectoryOwnedBySomeoneElse() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("theirs"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        // Pretending to be another uid works whoever runs the test.
        long other = ME + 1;
        assertThatThrownBy(() -> SocketDirectory.ensure(dir, other, false))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessageContaining("owned by uid " + ME)
                .hasMessageContaining("skip_permissions_check");
    }

    @Test
    void refusesDirectoryChownedToNobody() throws Exception {
        assumeTrue(ME == 0, "chown to another user needs root; covered by the other-uid test otherwise");
        Path dir = Files.createDirectory(tmp.resolve("nobody"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        UserPrincipal nobody = tmp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(dir, nobody);
        long nobodyUid = ((Number) Files.getAttribute(dir, "unix:uid")).longValue();
        assertThat(nobodyUid).isNotEqualTo(ME);
        assertThatThrownBy(() -> SocketDirectory.ensure(dir, ME, false))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessageContaining("owned by uid " + nobodyUid + " with mode 0700");
    }

    @Test
    void refusesSymlinkEvenToAGoodDirectory() throws Exception {
        Path target = Files.createDirectory(tmp.resolve("real"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);
        assertThatThrownBy(() -> SocketDirectory.ensure(link, ME, false))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessageStartingWith("unsafe socket directory " + link + ": a symbolic link to " + target);
    }

    @Test
    void refusesAFileWhereTheDirectoryShouldBe() throws Exception {
        Path file = Files.createFile(tmp.resolve("file"));
        assertThatThrownBy(() -> SocketDirectory.ensure(file, ME, false))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessageContaining("not a directory");
        assertThatThrownBy(() -> SocketDirectory.ensure(file, ME, true))
                .isInstanceOf(UnsafeSocketDirectoryException.class)
                .hasMessageContaining("not a directory");
    }

    @Test
    void skipCheckAcceptsAnUnsafeDirectoryAndStillCreates() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        SocketDirectory.ensure(dir, ME + 1, true);
        assertThat(mode(dir)).isEqualTo("rwxrwxrwx");

        Path fresh = tmp.resolve("fresh/weft");
        SocketDirectory.ensure(fresh, ME, true);
        assertThat(mode(fresh)).isEqualTo("rwx------");
    }
}
