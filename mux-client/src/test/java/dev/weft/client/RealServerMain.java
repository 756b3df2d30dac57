package dev.weft.client;

import dev.weft.server.MuxServer;
import dev.weft.server.ServerOptions;
import java.nio.file.Path;

/**
 * Starts the real mux server on args[0] and runs until it exits (kill-server, last session
 * ended, or its idle timeout). Stands in for {@code weft mux-server --daemonize} in autostart
 * tests until the CLI exists.
 */
public final class RealServerMain {
    private RealServerMain() {}

    public static void main(String[] args) throws Exception {
        MuxServer server = MuxServer.start(new ServerOptions(Path.of(args[0]), false, null));
        server.awaitTermination();
        System.exit(0);
    }
}
