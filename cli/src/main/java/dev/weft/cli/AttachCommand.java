package dev.weft.cli;

import dev.weft.client.ClientException;
import dev.weft.client.MuxClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code weft attach [-t TARGET] [-r]}: the most recent session without -t. */
@Command(name = "attach", aliases = {"a", "attach-session"}, description = "Attach to a session.")
final class AttachCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Option(names = "-t", paramLabel = "TARGET", description = "Session to attach (default: the most recent).")
    String target = "";

    @Option(names = "-r", description = "Read-only: keys are ignored except detach.")
    boolean readOnly;

    @Override
    public Integer call() {
        TerminalClient.refuseNesting();
        TerminalClient.requireTerminal("weft capture-pane -p to read a session");
        ClientSetup setup = ClientSetup.from(parent.global);
        setup.reportConfigProblems(System.err);
        try (MuxClient client = setup.connect()) {
            if (!client.hasSession(target)) {
                throw new UserError(target.isEmpty() ? "no sessions (weft new starts one)"
                        : "no session named \"" + target + "\" (weft ls lists them)");
            }
            return TerminalClient.run(setup, client, readOnly, (cols, rows, listener) ->
                    client.attach(target, cols, rows, readOnly, ClientIdentities.current(), listener));
        } catch (ClientException e) {
            throw new UserError(e.getMessage());
        }
    }
}
