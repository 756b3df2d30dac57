package dev.weft.cli;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a server detached from the caller's terminal: a new session (setsid), stdin from
 * /dev/null, stdout and stderr appended to the server log. Java cannot fork, so the server is a
 * second JVM; this one returns once the socket answers, so the caller can connect at once.
 */
final class Daemon {
    private static final long START_TIMEOUT_MILLIS = 15_000;
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    static int start(ClientSetup setup, Path log) throws InterruptedException {
        Path socket = setup.socketPath;
        if (answers(socket)) {
            throw new UserError("a server is already running on " + socket);
        }
        List<String> argv = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            argv.add(SETSID.toString());
        }
        argv.addAll(SelfCommand.argv());
        argv.add("-S");
        argv.add(socket.toString());
        if (setup.configFile != null) {
            argv.add("--config");
            argv.add(setup.configFile.toString());
        }
        argv.add("mux-server");
        Process server;
        try {
            Files.createDirectories(log.getParent());
            server = new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new UserError("cannot start the server: " + e.getMessage() + " (see " + log + ")");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_TIMEOUT_MILLIS);
        while (System.nanoTime() < deadline) {
            if (answers(socket)) {
                return 0;
            }
            if (server.waitFor(20, TimeUnit.MILLISECONDS)) {
                throw new UserError("the server did not start: " + lastLine(log) + " (see " + log + ")");
            }
        }
        throw new UserError("the server did not answer on " + socket + " within "
                + START_TIMEOUT_MILLIS / 1000 + " s (see " + log + ")");
    }

    /** Someone accepts connections on this socket. */
    static boolean answers(Path socket) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "no message";
    }

    private Daemon() {}
}
