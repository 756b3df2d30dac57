package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code weft help [COMMAND]}. */
@Command(name = "help", description = "Show usage of weft or of one command.")
final class HelpCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "COMMAND")
    String command;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine top = spec.parent().commandLine();
        if (command == null) {
            top.usage(top.getOut());
            return 0;
        }
        CommandLine sub = top.getSubcommands().get(command);
        if (sub == null) {
            throw new UserError("unknown command \"" + command + "\" (weft help lists them)", 2);
        }
        sub.usage(top.getOut());
        return 0;
    }
}
