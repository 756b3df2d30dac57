package dev.weft.cli;

import dev.weft.client.ClientException;
import dev.weft.client.MuxClient;
import dev.weft.protocol.Pdu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code weft new [-s NAME] [-d] [-c DIR] [-x COLS -y ROWS] [-- CMD ARGS…]}. */
@Command(name = "new", aliases = "new-session", description = "Start a new session (attached unless -d).")
final class NewCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    /** Set instead of {@link #parent} when run as bare {@code weft}. */
    GlobalOptions global;

    @Option(names = "-s", paramLabel = "NAME", description = "Session name (default: the next free number).")
    String name = "";

    @Option(names = "-d", description = "Do not attach.")
    boolean detached;

    @Option(names = "-c", paramLabel = "DIR", description = "Working directory of the first pane.")
    Path cwd;

    @Option(names = "-x", paramLabel = "COLS", description = "Width of a detached session (default 80).")
    int cols = 80;

    @Option(names = "-y", paramLabel = "ROWS", description = "Height of a detached session (default 24).")
    int rows = 24;

    @Parameters(paramLabel = "CMD", arity = "0..*", description = "Program to run (default: default_prog, else $SHELL).")
    List<String> command = List.of();

    @Override
    public Integer call() {
        GlobalOptions g = global != null ? global : parent.global;
        String dir = workingDirectory();
        if (name.contains(":") || name.contains(".")) {
            throw new UserError("bad session name \"" + name + "\": it may not contain ':' or '.'", 1);
        }
        if (!detached) {
            TerminalClient.refuseNesting();
            TerminalClient.requireTerminal("weft new -d");
        }
        if (cols < 1 || rows < 1 || cols > 10_000 || rows > 10_000) {
            throw new UserError("bad size " + cols + "x" + rows + ": -x and -y take 1 to 10000", 2);
        }
        ClientSetup setup = ClientSetup.from(g);
        setup.reportConfigProblems(System.err);
        try (MuxClient client = setup.connect()) {
            if (detached) {
                client.newSession(name, dir, command, List.of(), cols, rows);
                return 0;
            }
            return TerminalClient.run(setup, client, (c, r, listener) -> {
                Pdu.SessionCreated created = client.newSession(name, dir, command, List.of(), c, r);
                return client.attach(created.name(), c, r, false, ClientIdentities.current(), listener);
            });
        } catch (ClientException e) {
            throw new UserError(e.getMessage());
        }
    }

    private String workingDirectory() {
        Path dir = cwd != null ? cwd.toAbsolutePath().normalize() : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new UserError("no such directory: " + dir + " (-c takes an existing directory)");
        }
        return dir.toString();
    }
}
