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
    /** Commands whose output is data, printed without a newline added. */
    private static final List<String> RAW_OUTPUT = List.of("show-buffer", "showb", "save-buffer", "saveb");
    /** Commands whose last argument is a file: a relative one is the caller's, as tmux resolves it in the client. */
    private static final List<String> PATH_LAST = List.of("save-buffer", "saveb", "load-buffer", "loadb");

    private ServerCommand() {}

    /** save-buffer/load-buffer FILE: a relative FILE is made absolute here, where the user typed it. */
    static void absolutePathArgument(List<String> argv) {
        if (argv.size() < 2 || !PATH_LAST.contains(argv.get(0))) {
            return;
        }
        String last = argv.get(argv.size() - 1);
        String before = argv.get(argv.size() - 2);
        boolean isFlagValue = before.equals("-b");
        if (isFlagValue || last.equals("-") || last.startsWith("-") || last.contains("#")
                || last.startsWith("/") || last.startsWith("~")) {
            return;
        }
        argv.set(argv.size() - 1, java.nio.file.Path.of(last).toAbsolutePath().normalize().toString());
    }

    /** Run {@code args[commandIndex..]} on the server with weft's own options before it. */
    static int run(String[] args, int commandIndex, PrintStream out) {
        WeftCommand top = new WeftCommand();
        try {
            new CommandLine(top).parseArgs(Arrays.copyOfRange(args, 0, commandIndex));
        } catch (CommandLine.ParameterException e) {
            throw new UserError("weft: " + e.getMessage() + " (weft help shows usage)", 2);
        }
        List<String> argv = new ArrayList<>(Arrays.asList(args).subList(commandIndex, args.length));
        absolutePathArgument(argv);
        boolean ownServer = top.global.domain == null && top.global.socket == null;
        int context = ownServer ? contextPane() : -1;
        return ClientSetup.withClient(top.global, client -> {
            String output = client.runCommand(argv, context);
            if (!output.isEmpty()) {
                // a buffer's data is printed as it is (tmux); other output is lines
                out.print(output.endsWith("\n") || RAW_OUTPUT.contains(argv.get(0)) ? output : output + "\n");
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
