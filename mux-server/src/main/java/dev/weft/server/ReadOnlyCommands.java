package dev.weft.server;

import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.Set;

/**
 * What a read-only client ({@code weft attach -r}) may run: tmux's {@code CMD_READONLY} idea, the
 * commands that change nothing but the client itself. Everything else answers
 * {@code client is read-only}.
 */
final class ReadOnlyCommands {
    /** By tmux name; aliases and unique prefixes are resolved through {@link Commands#find} first. */
    private static final Set<String> ALLOWED = Set.of(
            "detach-client", "has-session", "display-message",
            "list-clients", "list-sessions", "list-windows", "list-panes", "list-keys", "list-buffers",
            "list-commands", "show-options", "show-buffer", "show-messages", "show-environment", "show-hooks");

    private ReadOnlyCommands() {}

    /**
     * Whether a read-only client may send {@code pdu}: a command it may run, or any request that
     * changes nothing (input is dropped elsewhere, silently, as tmux ignores a read-only client's keys).
     */
    static boolean allowed(Pdu pdu) {
        if (pdu instanceof Pdu.RunCommand r) {
            return allowed(r.argv());
        }
        return !(pdu instanceof Pdu.SendKeys || pdu instanceof Pdu.KillSession
                || pdu instanceof Pdu.KillServer || pdu instanceof Pdu.NewSession);
    }

    /** Whether a read-only client may run {@code argv} (its first word names the command). */
    static boolean allowed(List<String> argv) {
        if (argv.isEmpty()) {
            return true; // Commands.run gives its own error
        }
        String name = argv.get(0);
        if (ALLOWED.contains(name)) {
            return true;
        }
        try {
            return ALLOWED.contains(Commands.find(name).spec().name());
        } catch (MuxException e) {
            return true; // no such command: let Commands.run say so
        }
    }
}
