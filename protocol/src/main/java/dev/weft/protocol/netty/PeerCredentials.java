package dev.weft.protocol.netty;

import io.netty.channel.Channel;
import io.netty.channel.socket.nio.NioChannelOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Who is on the other end of a unix-domain connection, from the kernel's SO_PEERCRED.
 *
 * <p>The JDK gives the peer as a {@link UnixDomainPrincipal} whose user is a
 * {@link UserPrincipal} carrying a name, not the numeric uid. We recover the uid this way:
 * <ol>
 *   <li>if the principal equals the owner of {@code /proc/self} (the JDK's Unix principals
 *       compare by numeric id), it is our own uid, read as {@code unix:uid} of {@code /proc/self};</li>
 *   <li>a uid without a passwd entry is named by its number: parse it;</li>
 *   <li>otherwise look the name up in {@code /etc/passwd};</li>
 *   <li>failing all that, {@link #UNKNOWN}, which never equals a real uid, so a server comparing
 *       against its own uid refuses the connection.</li>
 * </ol>
 * The server's check ("same uid as me") is thus decided by step 1 and is exact.
 */
public final class PeerCredentials {
    public static final long UNKNOWN = -1;
    private static final Path PROC_SELF = Path.of("/proc/self");

    private PeerCredentials() {}

    /** The peer's user principal from SO_PEERCRED. */
    public static UnixDomainPrincipal principal(Channel channel) {
        UnixDomainPrincipal p = channel.config().getOption(NioChannelOption.of(ExtendedSocketOptions.SO_PEERCRED));
        if (p == null) {
            throw new IllegalStateException("no SO_PEERCRED on " + channel + " (not a unix-domain NIO channel?)");
        }
        return p;
    }

    /** The numeric uid of the peer, or {@link #UNKNOWN}. */
    public static long uid(Channel channel) {
        return uidOf(principal(channel).user());
    }

    /** Whether the peer runs as the same user as this process. */
    public static boolean isSameUser(Channel channel) {
        return uid(channel) == processUid();
    }

    /** This process's (effective) uid. */
    public static long processUid() {
        try {
            return ((Number) Files.getAttribute(PROC_SELF, "unix:uid")).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read own uid from " + PROC_SELF, e);
        }
    }

    static long uidOf(UserPrincipal user) {
        try {
            if (user.equals(Files.getOwner(PROC_SELF))) {
                return processUid();
            }
        } catch (IOException ignored) {
            // fall through to the name
        }
        String name = user.getName();
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 12) {
            return Long.parseLong(name);
        }
        return passwdUid(name);
    }

    private static long passwdUid(String name) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/etc/passwd"));
            for (String line : lines) {
                String[] f = line.split(":", -1);
                if (f.length > 2 && f[0].equals(name)) {
                    return Long.parseLong(f[2]);
                }
            }
        } catch (IOException | NumberFormatException ignored) {
            // unknown
        }
        return UNKNOWN;
    }
}
