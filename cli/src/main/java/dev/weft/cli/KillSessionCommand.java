package dev.weft.cli;

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
        return ClientSetup.withClient(parent.global, client -> {
            client.killSession(target);
            return 0;
        });
    }
}
