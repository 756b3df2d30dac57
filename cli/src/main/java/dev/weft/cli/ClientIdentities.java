package dev.weft.cli;

import dev.weft.protocol.Pdu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Who this client is, for the server's list-clients: the terminal on stdin (tmux's client_tty,
 * which is also its client name), {@code $TERM} and our pid.
 */
final class ClientIdentities {
    private static final Path STDIN = Path.of("/proc/self/fd/0");

    private ClientIdentities() {}

    static Pdu.ClientIdentity current() {
        return of(ttyOf(STDIN), System.getenv(), ProcessHandle.current().pid());
    }

    static Pdu.ClientIdentity of(String tty, Map<String, String> env, long pid) {
        String term = env.get("TERM");
        return new Pdu.ClientIdentity(tty == null ? "" : tty, term == null ? "" : term, pid);
    }

    /** The terminal device {@code fd} links to ({@code /dev/pts/3}, {@code /dev/tty1}), else "" (a pipe, a file, no /proc). */
    static String ttyOf(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? target : "";
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "";
        }
    }
}
