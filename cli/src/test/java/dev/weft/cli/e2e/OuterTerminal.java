package dev.weft.cli.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real outer terminal for end-to-end tests: a private tmux server ({@code tmux -L NAME -f
 * /dev/null}) whose one pane runs a plain bash, in which a test types commands as a person would
 * and reads the screen back with capture-pane. Every weft started from it gets its own runtime,
 * state and config directories under {@code home}, so nothing touches a user's sessions.
 */
final class OuterTerminal implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    final Path home;
    final Path runtimeDir;
    final Path stateDir;
    final Path configFile;
    /** Both shells (the outer one and the panes') read only this: a plain "$ " prompt. */
    final Path bashrc;
    private final String socketName;
    private final Map<String, String> env = new HashMap<>();

    OuterTerminal(Path home, int cols, int rows) throws IOException {
        this.home = home;
        this.runtimeDir = Files.createDirectories(home.resolve("run"));
        Files.setPosixFilePermissions(runtimeDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        this.stateDir = home.resolve("state");
        this.configFile = home.resolve("config/weft/weft.toml");
        Files.createDirectories(configFile.getParent());
        this.bashrc = home.resolve("bashrc");
        Files.writeString(bashrc, "PS1='$ '\nunset HISTFILE\n");
        writeConfig("");
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path weft = bin.resolve("weft");
        Files.writeString(weft, "#!/bin/sh\nexec /bin/sh " + Dist.launcher() + " \"$@\"\n");
        weft.toFile().setExecutable(true);
        this.socketName = "weft-e2e-" + ProcessHandle.current().pid() + "-" + home.getFileName();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", runtimeDir.toString());
        env.put("XDG_STATE_HOME", stateDir.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("PS1", "$ ");
        env.put("TERM", "xterm-256color");
        env.put("SHELL", "/bin/bash");
        env.put("LANG", "C.UTF-8");
        env.remove("WEFT_PANE");
        tmux("new-session", "-d", "-s", "outer", "-x", Integer.toString(cols), "-y", Integer.toString(rows),
                "/bin/bash --rcfile " + bashrc + " --noprofile");
        awaitScreen("the outer shell's prompt", s -> s.contains("$"));
    }

    /**
     * A second outer terminal window of {@code cols x rows} (its own private tmux server) whose
     * shell shares this one's HOME and XDG directories, so the weft it starts talks to the same
     * weft server: two clients of one session, as two terminal windows of one person.
     */
    OuterTerminal another(int cols, int rows) {
        return new OuterTerminal(this, cols, rows);
    }

    private OuterTerminal(OuterTerminal first, int cols, int rows) {
        this.home = first.home;
        this.runtimeDir = first.runtimeDir;
        this.stateDir = first.stateDir;
        this.configFile = first.configFile;
        this.bashrc = first.bashrc;
        this.socketName = first.socketName + "-" + cols + "x" + rows;
        env.putAll(first.env);
        tmux("new-session", "-d", "-s", "outer", "-x", Integer.toString(cols), "-y", Integer.toString(rows),
                "/bin/bash --rcfile " + bashrc + " --noprofile");
        awaitScreen("the outer shell's prompt", s -> s.contains("$"));
    }

    /** weft.toml: the panes run the plain bash, plus {@code more}. */
    void writeConfig(String more) throws IOException {
        Files.writeString(configFile, "default_prog = [\"/bin/bash\", \"--rcfile\", \"" + bashrc
                + "\", \"--noprofile\"]\n" + more);
    }

    Map<String, String> env() {
        return env;
    }

    /** The socket weft uses by default under this terminal's runtime directory. */
    Path defaultSocket() {
        return runtimeDir.resolve("weft/default.sock");
    }

    /** Type a line into the outer shell and press Enter. */
    void typeLine(String line) {
        tmux("send-keys", "-t", "outer", "-l", line);
        tmux("send-keys", "-t", "outer", "Enter");
    }

    /** Press keys by tmux name (C-b, d, Enter...). */
    void press(String... keys) {
        List<String> argv = new ArrayList<>(List.of("send-keys", "-t", "outer"));
        argv.addAll(List.of(keys));
        tmux(argv.toArray(String[]::new));
    }

    /** What the outer terminal shows now, one line per row. */
    String screen() {
        return tmux("capture-pane", "-p", "-t", "outer");
    }

    List<String> rows() {
        return List.of(screen().split("\n", -1));
    }

    String awaitScreen(String what, Predicate<String> condition) {
        String[] last = {""};
        try {
            await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
                last[0] = screen();
                return condition.test(last[0]);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + screen()
                    + logTail("client.log") + logTail("server.log"), e);
        }
        return last[0];
    }

    /** The end of a weft log under this terminal's state directory, to explain a failure. */
    private String logTail(String name) {
        Path log = stateDir.resolve("weft").resolve(name);
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "\n--- no " + log;
        }
    }

    void resize(int cols, int rows) {
        tmux("resize-window", "-t", "outer", "-x", Integer.toString(cols), "-y", Integer.toString(rows));
    }

    /** The pid of the program the outer shell is running in the foreground (e.g. the weft client). */
    long foregroundPid() {
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", "outer", "#{pane_pid}").strip());
        return ProcessHandle.of(shell).orElseThrow().children().findFirst()
                .map(ProcessHandle::pid).orElseThrow(() -> new AssertionError("no foreground program in the outer shell"));
    }

    /** Run weft directly (not through the outer terminal), for exit codes and stderr. */
    Result weft(String... args) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", Dist.launcher().toString()));
        argv.addAll(List.of(args));
        return run(argv);
    }

    Result run(List<String> argv) {
        try {
            ProcessBuilder pb = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            pb.environment().remove("WEFT_PANE");
            pb.environment().remove("WEFT_UNIX_SOCKET");
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + argv);
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Result(int exitCode, String stdout, String stderr) {}

    String tmux(String... args) {
        return Tmux.run(socketName, env, args);
    }

    @Override
    public void close() {
        try {
            weft("kill-server");
            // The server writes its log under home until it has exited: wait for that, so the
            // temporary directory can be removed.
            await("the weft server to exit").atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                    .until(() -> !Files.exists(defaultSocket()));
        } catch (AssertionError | RuntimeException e) {
            // the server may be gone already
        }
        try {
            long tmuxServer = Long.parseLong(tmux("display-message", "-p", "#{pid}").strip());
            tmux("kill-server");
            await("the outer tmux to exit").atMost(PATIENCE).pollInterval(Duration.ofMillis(50))
                    .until(() -> ProcessHandle.of(tmuxServer).map(p -> !p.isAlive()).orElse(true));
        } catch (AssertionError | RuntimeException e) {
            // already gone
        }
    }
}
