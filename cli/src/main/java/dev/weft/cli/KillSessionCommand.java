package dev.weft.cli;

import dev.weft.client.ClientException;
import dev.weft.client.MuxClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/** {@code weft kill-session -t NAME}. */
@Command(name = "kill-session", description = "End a session and the programs in its panes.")
final class KillSessionCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Option(names = "-t", paramLabel = "TARGET", required = true, description = "Session name or target.")
    String target;

    @Override
    public Integer call() {
        try (MuxClient client = ClientSetup.from(parent.global).connect()) {
            client.killSession(target);
            return 0;
        } catch (ClientException e) {
            throw new UserError(e.getMessage());
        }
    }
}
