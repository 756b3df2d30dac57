package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code weft capture-pane -p -t TARGET [-e] [-J] [-S START] [-E END]}, as tmux: line 0 is the
 * first visible row, negative numbers reach into history, {@code -S -} is the start of history
 * and {@code -E -} the last visible row.
 */
@Command(name = "capture-pane", aliases = "capturep", description = "Print a pane's text.")
final class CapturePaneCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Option(names = "-p", description = "Print to standard output (required: paste buffers come later).")
    boolean print;

    @Option(names = "-t", paramLabel = "TARGET", description = "Pane target (default: this pane, else the most recent session's).")
    String target;

    @Option(names = "-e", description = "Keep colours and attributes as escape sequences.")
    boolean escapes;

    @Option(names = "-J", description = "Join wrapped lines and keep trailing spaces.")
    boolean join;

    @Option(names = "-S", paramLabel = "START", description = "First line (- for the start of history).")
    String start;

    @Option(names = "-E", paramLabel = "END", description = "Last line (- for the last visible row).")
    String end;

    @Override
    public Integer call() {
        if (!print) {
            throw new UserError("capture-pane needs -p (paste buffers are not there yet)", 2);
        }
        int first = line("-S", start, 0, Integer.MIN_VALUE);
        int last = line("-E", end, Integer.MAX_VALUE, Integer.MAX_VALUE);
        return ClientSetup.withClient(parent.global, client -> {
            System.out.print(client.capturePane(Targets.paneOrCurrent(target), first, last, escapes, join));
            System.out.flush();
            return 0;
        });
    }

    private static int line(String option, String value, int unset, int dash) {
        if (value == null) {
            return unset;
        }
        if (value.equals("-")) {
            return dash;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UserError("capture-pane " + option + " takes a line number or -, got \"" + value + "\"", 2);
        }
    }
}
