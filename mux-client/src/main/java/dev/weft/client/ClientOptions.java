package dev.weft.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach a unix-domain server.
 *
 * @param socketPath the server's socket
 * @param autoStart start the server when nobody answers on the socket
 * @param serverCommand argv that starts a server in the background (e.g. {@code [weft, mux-server, --daemonize]});
 *                      it must return once the server is starting; the client then waits for the socket
 * @param connectTimeout how long to wait for the socket (including a server start)
 * @param skipPermissionsCheck passed to the socket directory check
 */
public record ClientOptions(Path socketPath, boolean autoStart, List<String> serverCommand,
                            Duration connectTimeout, boolean skipPermissionsCheck) {}
