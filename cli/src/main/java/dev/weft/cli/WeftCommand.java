package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code weft} alone: a new session in the default domain, attached (as bare {@code tmux}). Its
 * commands come from {@link CommandTable}.
 */
@Command(name = "weft", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A terminal multiplexer: split panes, a status line, sessions that outlive the terminal.",
        footer = {"", "Every other tmux command is run by the server, with tmux's flags: weft split-window -h,",
                "weft select-pane -L, weft new-window, weft display-message -p '#S:#I.#P', weft set-option,",
                "weft bind-key, weft list-keys, weft source-file FILE... Inside a pane they act on that pane."})
final class WeftCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        NewCommand attached = new NewCommand();
        attached.global = global;
        return attached.call();
    }
}
