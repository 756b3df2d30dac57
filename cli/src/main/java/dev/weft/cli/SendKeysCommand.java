package dev.weft.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code weft send-keys -t TARGET [-l] KEYS…}: tmux key names, or text with -l. */
@Command(name = "send-keys", aliases = "send", description = "Type keys into a pane (tmux key names: Enter, C-c, M-x, Up...).")
final class SendKeysCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Option(names = "-t", paramLabel = "TARGET", description = "Pane: NAME, NAME:TAB, NAME:TAB.PANE or %ID (default: this pane, else the most recent session's).")
    String target;

    @Option(names = "-l", description = "Send the arguments as literal text.")
    boolean literal;

    @Parameters(paramLabel = "KEYS", arity = "0..*")
    List<String> keys = List.of();

    @Override
    public Integer call() {
        return ClientSetup.withClient(parent.global, client -> {
            client.sendKeys(Targets.paneOrCurrent(target), keys, literal);
            return 0;
        });
    }
}
