package dev.weft.cli;

import dev.weft.protocol.Pdu;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code weft ls}: one line per session, as tmux list-sessions with tab, pane and client counts. */
@Command(name = "ls", aliases = "list-sessions", description = "List sessions.")
final class LsCommand implements Callable<Integer> {
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ROOT);

    @ParentCommand
    WeftCommand parent;

    @Override
    public Integer call() {
        return ClientSetup.withClient(parent.global, client -> {
            List<Pdu.SessionInfo> sessions = client.listSessions();
            if (sessions.isEmpty()) {
                throw new UserError("no sessions (weft new starts one)");
            }
            StringBuilder out = new StringBuilder();
            for (Pdu.SessionInfo s : sessions) {
                out.append(format(s)).append('\n');
            }
            System.out.print(out);
            return 0;
        });
    }

    static String format(Pdu.SessionInfo s) {
        String created = CREATED.format(Instant.ofEpochMilli(s.createdEpochMillis()).atZone(ZoneId.systemDefault()));
        return s.name() + ": " + count(s.tabs(), "tab") + ", " + count(s.panes(), "pane") + ", "
                + count(s.clients(), "client") + " (created " + created + ") [" + s.cols() + "x" + s.rows() + "]"
                + (s.clients() > 0 ? " (attached)" : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
