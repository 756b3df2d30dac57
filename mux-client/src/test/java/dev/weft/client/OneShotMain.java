package dev.weft.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code weft ls} does, as a process of its own so a test can watch which classes it loads:
 * connect (autostarting the server command given after the socket), list, ask, kill the server.
 * Prints {@code ok <sessions> <hasSession>}.
 */
public final class OneShotMain {
    private OneShotMain() {}

    public static void main(String[] args) throws Exception {
        List<String> command = List.of(args).subList(1, args.length);
        try (MuxClient client = MuxClient.connect(new ClientOptions(Path.of(args[0]), true, command,
                Duration.ofSeconds(20), false), "test")) {
            int sessions = client.listSessions().size();
            boolean has = client.hasSession("nope");
            client.killServer();
            System.out.println("ok " + sessions + " " + has);
        }
    }
}
