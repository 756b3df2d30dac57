package dev.weft.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A private tmux server for comparison tests ({@code tmux -L lt-PID-N -f /dev/null}); never the user's. */
final class PrivateTmux implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();

    record Result(int exit, String out, String err) {}

    private final String socket = "lt-" + ProcessHandle.current().pid() + "-" + SERVERS.incrementAndGet();

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
            String out = read(p.getInputStream());
            int exit = p.waitFor();
            return new Result(exit, out, err.join());
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
        run("kill-server");
    }
}
