package dev.weft.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Every command weft does not run itself goes to the server as it was typed, as tmux's client
 * sends its argv: {@code weft split-window -h -t work}, {@code weft display-message -p '#S:#I.#P'}.
 * The server parses the flags (so the usage lines are tmux's and live in one place), runs the
 * command and answers with what it prints. Inside a pane the command runs in that pane's context
 * ({@code $WEFT_PANE}), as tmux uses {@code $TMUX}.
 */
final class ServerCommand {
    private ServerCommand() {}

    /** Run {@code args[commandIndex..]} on the server with weft's own options before it. */
    static int run(String[] args, int commandIndex, PrintStream out) {
        WeftCommand top = new WeftCommand();
        try {
            new CommandLine(top).parseArgs(Arrays.copyOfRange(args, 0, commandIndex));
        } catch (CommandLine.ParameterException e) {
            throw new UserError("weft: " + e.getMessage() + " (weft help shows usage)", 2);
        }
        List<String> argv = new ArrayList<>(Arrays.asList(args).subList(commandIndex, args.length));
        boolean ownServer = top.global.domain == null && top.global.socket == null;
        int context = ownServer ? contextPane() : -1;
        return ClientSetup.withClient(top.global, client -> {
            String output = client.runCommand(argv, context);
            if (!output.isEmpty()) {
                out.print(output.endsWith("\n") ? output : output + "\n");
                out.flush();
            }
            return 0;
        });
    }

    /** The pane this command was typed in, or -1. */
    static int contextPane() {
        String pane = System.getenv("WEFT_PANE");
        if (pane == null || pane.isEmpty()) {
            return -1;
        }
        try {
            return Integer.parseInt(pane.startsWith("%") ? pane.substring(1) : pane);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
