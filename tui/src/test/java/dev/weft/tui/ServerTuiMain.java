package dev.weft.tui;

import dev.weft.client.ClientOptions;
import dev.weft.client.MuxClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real {@link Tui} attached through the real client to a server socket (the test's relay in
 * front of the real server): {@code ServerTuiMain SOCKET SESSION}. Prints the result line and exits
 * with its code, as the cli does.
 */
public final class ServerTuiMain {
    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]);
        String session = args[1];
        TuiResult result;
        try (MuxClient client = MuxClient.connect(new ClientOptions(socket, false, null, Duration.ofSeconds(10), true),
                "tui")) {
            result = Tui.run(new TuiOptions("C-b", 10, "test-host"),
                    (cols, rows, listener) -> client.attach(session, cols, rows, false, listener));
        }
        System.out.println(result.message());
        System.out.flush();
        System.exit(result.exitCode());
    }

    private ServerTuiMain() {}
}
