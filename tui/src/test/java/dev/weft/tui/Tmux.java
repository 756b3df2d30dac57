package dev.weft.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A private tmux server (its own socket, no config) holding one session, for driving a TUI. */
final class Tmux implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final String socket = "weft-tui-test-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Start the server with one 80x24 session running {@code sh -c script}. */
    Tmux start(String script) {
        run("-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "80", "-y", "24", "sh", "-c", script);
        return this;
    }

    void sendKeys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(new String[0]));
    }

    void sendLiteral(String text) {
        run("send-keys", "-t", "t", "-l", text);
    }

    String capture() {
        return run("capture-pane", "-p", "-t", "t");
    }

    /** The pane with its colours and attributes as escape sequences. */
    String captureEscapes() {
        return run("capture-pane", "-p", "-e", "-t", "t");
    }

    /** A tmux format for the pane, e.g. {@code #{alternate_on}}. */
    String display(String format) {
        return run("display-message", "-p", "-t", "t", format).strip();
    }

    void resize(int cols, int rows) {
        run("resize-window", "-t", "t", "-x", Integer.toString(cols), "-y", Integer.toString(rows));
    }

    String run(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tmux " + String.join(" ", args) + " hung");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("tmux " + String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        run("kill-server");
    }
}
