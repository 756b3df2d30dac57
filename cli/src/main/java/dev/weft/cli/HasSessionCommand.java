package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/** {@code weft has-session -t NAME}: exit 0 when it exists, else 1 with a message (as tmux). */
@Command(name = "has-session", aliases = "has", description = "Exit 0 if the session exists.")
final class HasSessionCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Option(names = "-t", paramLabel = "TARGET", required = true, description = "Session name or target.")
    String target;

    @Override
    public Integer call() {
        return ClientSetup.withClient(parent.global, client -> {
            if (!client.hasSession(target)) {
                throw new UserError("no session named \"" + target + "\" (weft ls lists them)");
            }
            return 0;
        });
    }
}
