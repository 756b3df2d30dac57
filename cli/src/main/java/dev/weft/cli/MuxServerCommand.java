package dev.weft.cli;

import dev.weft.server.MuxServer;
import dev.weft.server.ServerLogging;
import dev.weft.server.ServerOptions;
import dev.weft.server.ServerStartException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code weft mux-server [--daemonize]}. With --daemonize the server runs detached from this
 * terminal (own session, stdio to the log) and this command returns once it answers.
 */
@Command(name = "mux-server", description = "Run a mux server (normally started for you).")
final class MuxServerCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Option(names = "--daemonize", description = "Run in the background, detached from the terminal.")
    boolean daemonize;

    @Override
    public Integer call() throws InterruptedException {
        ClientSetup setup = ClientSetup.from(parent.global);
        Path log = Logging.serverLog();
        if (daemonize) {
            return Daemon.start(setup, log);
        }
        ServerLogging.configure(log);
        MuxServer server;
        try {
            server = MuxServer.start(new ServerOptions(setup.socketPath, setup.domain.skipPermissionsCheck(),
                    setup.config));
        } catch (ServerStartException e) {
            throw new UserError(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "weft-server-shutdown"));
        server.awaitTermination();
        return 0;
    }
}
