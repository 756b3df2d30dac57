package dev.weft.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a new pane runs, where, and with which environment; resolved and checked before a PTY is
 * opened so a missing program or directory is a clear error instead of a pane that dies at once.
 *
 * <p>Program choice as tmux: the client's command, else {@code default_prog}, else {@code $SHELL}
 * as a login shell ({@code -l}; pty4j cannot set argv[0] to "-sh" as tmux does), else /bin/sh -l.
 */
record PaneLaunch(List<String> argv, Path cwd, Map<String, String> env) {

    /** Environment-independent inputs of a launch. */
    record Request(List<String> command, String cwd, List<String> clientEnv, int paneId,
                   String sessionName) {}

    static PaneLaunch resolve(Request request, List<String> defaultProg, String term,
                              Path socketPath, Map<String, String> serverEnv) throws PaneStartException {
        Map<String, String> env = new LinkedHashMap<>(serverEnv);
        for (String entry : request.clientEnv()) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        // Variables a pane must not inherit from whatever started the server.
        env.remove("COLUMNS");
        env.remove("LINES");
        env.put("TERM", term == null || term.isEmpty() ? "xterm-256color" : term);
        env.put("COLORTERM", "truecolor");
        env.put("TERM_PROGRAM", "weft");
        env.put("TERM_PROGRAM_VERSION", ServerVersion.VERSION);
        env.put("WEFT_PANE", Integer.toString(request.paneId()));
        env.put("WEFT_UNIX_SOCKET", socketPath == null ? "" : socketPath.toString());
        env.put("WEFT_SESSION", request.sessionName());

        List<String> argv = chooseProgram(request.command(), defaultProg, env);
        String program = argv.get(0);
        Path resolved = findExecutable(program, env.get("PATH"));
        if (resolved == null) {
            throw new PaneStartException("cannot run \"" + program + "\": no such file or directory");
        }
        if (!Files.isExecutable(resolved) || Files.isDirectory(resolved)) {
            throw new PaneStartException("cannot run \"" + program + "\": permission denied");
        }
        List<String> finalArgv = new ArrayList<>(argv);
        finalArgv.set(0, resolved.toString());

        Path dir = chooseDirectory(request.cwd(), env);
        return new PaneLaunch(List.copyOf(finalArgv), dir, Map.copyOf(env));
    }

    private static List<String> chooseProgram(List<String> command, List<String> defaultProg,
                                              Map<String, String> env) {
        if (command != null && !command.isEmpty() && !command.get(0).isEmpty()) {
            return command;
        }
        if (defaultProg != null && !defaultProg.isEmpty() && !defaultProg.get(0).isEmpty()) {
            return defaultProg;
        }
        String shell = env.get("SHELL");
        if (shell != null && !shell.isEmpty() && Files.isExecutable(Path.of(shell))) {
            return List.of(shell, "-l");
        }
        return List.of("/bin/sh", "-l");
    }

    private static Path chooseDirectory(String cwd, Map<String, String> env) throws PaneStartException {
        if (cwd == null || cwd.isEmpty()) {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            Path h = Path.of(home);
            return Files.isDirectory(h) ? h : Path.of("/");
        }
        Path dir = Path.of(cwd);
        if (!Files.isDirectory(dir)) {
            throw new PaneStartException("cannot use directory \"" + cwd + "\": no such directory");
        }
        return dir;
    }

    /** {@code program} itself when it contains a slash, else the first match on PATH; null if none. */
    static Path findExecutable(String program, String path) {
        if (program.contains("/")) {
            Path p = Path.of(program);
            return Files.exists(p) ? p : null;
        }
        String search = path == null || path.isEmpty() ? "/usr/bin:/bin" : path;
        for (String dir : search.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
