package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code weft} alone: a new session in the default domain, attached (as bare {@code tmux}). */
@Command(name = "weft", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A terminal multiplexer: split panes, a status line, sessions that outlive the terminal.",
        subcommands = {NewCommand.class, AttachCommand.class, LsCommand.class, HasSessionCommand.class,
                SendKeysCommand.class, CapturePaneCommand.class, KillSessionCommand.class,
                KillServerCommand.class, MuxServerCommand.class, HelpCommand.class})
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
