package dev.weft.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code weft} entry point. Exit status as PRODUCT.md: 0 success, 1 a user error (one line on
 * stderr), 2 bad usage. No stack trace reaches the user; details go to the log.
 */
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            Logging.chooseProvider(args);
            int at = CommandTable.commandIndex(args);
            if (at >= 0 && !CommandTable.isLocal(args[at])) {
                return runOnServer(args, at);
            }
            return commandLine(args).execute(args);
        } catch (RuntimeException | Error e) {
            // Anything picocli did not route to our handlers: still one line, details in the log.
            Logging.logUnexpected(e);
            System.err.println("weft: unexpected error: " + e + " (details in " + Logging.clientLog() + ")");
            return 1;
        }
    }

    private static int runOnServer(String[] args, int at) {
        try {
            return ServerCommand.run(args, at, System.out);
        } catch (UserError e) {
            System.err.println(e.getMessage());
            return e.exitCode();
        }
    }

    /** weft with every command (for help and tests). */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /** weft with the command {@code args} names (building the others' models would cost start-up time). */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new WeftCommand());
        CommandTable.register(cl, args);
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        return cl;
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof UserError u) {
            err.println(u.getMessage());
            err.flush();
            return u.exitCode();
        }
        Logging.logUnexpected(e);
        err.println("weft: unexpected error: " + e + " (details in " + Logging.clientLog() + ")");
        err.flush();
        return 1;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("weft: " + e.getMessage() + " (" + ("weft help " + commandName(cl)).strip() + " shows usage)");
        err.flush();
        return 2;
    }

    private static String commandName(CommandLine cl) {
        String name = cl.getCommandName();
        return "weft".equals(name) ? "" : name;
    }

    private Main() {}
}
