package dev.weft.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A private tmux server for comparison tests ({@code tmux -L lt-PID-N -f /dev/null}); never the user's. */
final class PrivateTmux implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();

    record Result(int exit, String out, String err) {}

    private static final int TIMEOUT_SECONDS = 20;

    private final String socket = "lt-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet();
    private long serverPid = -1;
    private Path socketPath;

    /** tmux stopped answering; its server has been killed. */
    static final class Hung extends RuntimeException {
        Hung(String message) {
            super(message);
        }
    }

    /** Remembers the server's pid, to end it if it hangs; call once the server runs. */
    void noteServerPid() {
        Result r = run("display-message", "-p", "#{pid} #{socket_path}");
        String[] pidAndPath = r.out().trim().split(" ", 2);
        serverPid = Long.parseLong(pidAndPath[0]);
        socketPath = Path.of(pidAndPath[1]);
    }

    private void killServer() {
        if (serverPid > 0) {
            ProcessHandle.of(serverPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Whether a tmux binary runs here. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One tmux client invocation; {@code args} may hold several commands separated by ";" arguments. */
    Result run(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("TMUX");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                // tmux 3.3a can spin forever on some layouts: end the client and the server.
                p.destroyForcibly();
                killServer();
                throw new Hung("tmux did not answer in " + TIMEOUT_SECONDS + "s: " + String.join(" ", args));
            }
            int exit = p.waitFor();
            return new Result(exit, out.join(), err.join());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run tmux: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running tmux", e);
        }
    }

    Result run(String... args) {
        return run(List.of(args));
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            run("kill-server");
        } catch (Hung e) {
            // already killed
        }
        // tmux leaves its socket file behind.
        if (socketPath != null) {
            try {
                Files.deleteIfExists(socketPath);
            } catch (IOException e) {
                // a stale socket file in the tmux directory is harmless
            }
        }
    }
}
