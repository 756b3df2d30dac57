package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the same layout ops on a new window of a private tmux and on a {@link LayoutTree}, and
 * reports the first step where window size, layout string or any pane's rectangle differ.
 * tmux commands are batched with ";" so a few hundred ops cost one client run; a split the tree
 * refuses runs alone, since tmux abandons the rest of a batch after an error.
 */
final class TmuxLayoutRun {
    /** Gives the next op for the tree's current state, or null when the script is done. */
    interface OpSource {
        LayoutScript.Op next(LayoutTree tree, int nextPane, int step);
    }

    private record Step(LayoutScript.Op op, boolean ok, String state) {}

    private TmuxLayoutRun() {}

    /** A further check on the final state, run against the still-open tmux window. */
    interface FinalCheck {
        /** Null when tmux agrees, else what differs. */
        String check(PrivateTmux tmux, String window, LayoutTree tree);
    }

    /** Null when tmux and the tree agree at every step, else a report of the first difference. */
    static String compare(PrivateTmux tmux, String session, int cols, int rows, OpSource source) {
        return compare(tmux, session, cols, rows, source, null);
    }

    static String compare(PrivateTmux tmux, String session, int cols, int rows, OpSource source, FinalCheck last) {
        // resize-window to the same size makes the window's size manual: tmux then keeps fitting it
        // to that size, as weft fits a tab to its client, instead of leaving it as large as it grew.
        PrivateTmux.Result created = tmux.run("new-session", "-d", "-s", session, "-x", Integer.toString(cols),
                "-y", Integer.toString(rows), "-P", "-F", "#{pane_id}", ";", "resize-window", "-t", session + ":",
                "-x", Integer.toString(cols), "-y", Integer.toString(rows));
        if (created.exit() != 0) {
            throw new IllegalStateException("tmux new-session failed: " + created.err());
        }
        int first = Integer.parseInt(created.out().trim().substring(1));
        String window = session + ":";
        LayoutTree tree = new LayoutTree(first, cols, rows);
        List<Step> steps = new ArrayList<>();
        int nextPane = first + 1;
        String before = LayoutScript.state(tree);
        for (int i = 0; ; i++) {
            LayoutScript.Op op = source.next(tree, nextPane, i);
            if (op == null) {
                break;
            }
            LayoutScript.Outcome outcome = op.apply(tree);
            if (outcome == LayoutScript.Outcome.WEFT_REFUSED) {
                continue;
            }
            boolean ok = outcome == LayoutScript.Outcome.DONE;
            String state = LayoutScript.state(tree);
            if (!ok && !state.equals(before)) {
                return "refused op changed the tree: " + op + "\nbefore:\n" + before + "after:\n" + state;
            }
            if (ok && op instanceof LayoutScript.Split) {
                nextPane++;
            }
            if (!ok) {
                // The refused op ends its tmux batch; the exiting client makes tmux refit the window.
                tree.refit();
                state = LayoutScript.state(tree);
            }
            steps.add(new Step(op, ok, state));
            before = state;
        }
        try {
            String diff = check(tmux, window, cols, rows, steps);
            if (diff == null && last != null) {
                tree.refit(); // the last batch's client has exited: tmux refits the window
                diff = last.check(tmux, window, tree);
            }
            return diff;
        } finally {
            try {
                tmux.run("kill-session", "-t", session);
            } catch (PrivateTmux.Hung e) {
                // the server is gone; the caller starts another
            }
        }
    }

    /**
     * Runs the steps in batches that end at each refused split: tmux abandons the rest of a batch
     * after an error, and a batch ends with its client exiting, when tmux refits the window.
     */
    private static String check(PrivateTmux tmux, String window, int cols, int rows, List<Step> steps) {
        int start = 0;
        while (start < steps.size()) {
            List<String> batch = new ArrayList<>();
            int end = start;
            while (end < steps.size()) {
                Step step = steps.get(end++);
                batch.addAll(step.op.tmux(window));
                batch.add(";");
                if (!step.ok) {
                    break;
                }
                batch.addAll(LayoutScript.stateCommands(window));
                batch.add(";");
            }
            PrivateTmux.Result r;
            try {
                r = tmux.run(batch);
            } catch (PrivateTmux.Hung e) {
                throw new TmuxCrashed(report(cols, rows, steps, end - 1, "", "(tmux hung)\n", window));
            }
            if (r.err().contains("server exited unexpectedly")) {
                throw new TmuxCrashed(report(cols, rows, steps, end - 1, "", "(tmux crashed)\n", window));
            }
            List<String> states = parse(r.out());
            for (int k = start; k < end; k++) {
                Step step = steps.get(k);
                String actual = k - start < states.size() ? states.get(k - start)
                        : "(no output: exit " + r.exit() + ", " + r.err().trim() + ")\n";
                String expected = step.ok ? step.state : "(no output: exit 1, " + step.op.refusal() + ")\n";
                if (!step.ok && k - start >= states.size() && r.exit() == 1 && r.err().contains(step.op.refusal())) {
                    actual = expected;
                }
                if (!actual.equals(expected)) {
                    return report(cols, rows, steps, k, expected, actual, window);
                }
            }
            start = end;
        }
        return null;
    }

    /** tmux itself died or hung during a run (tmux 3.3a has crashes and loops of its own in layout code). */
    static final class TmuxCrashed extends RuntimeException {
        TmuxCrashed(String message) {
            super(message);
        }
    }

    private static List<String> parse(String out) {
        List<String> states = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("@@")) {
                if (cur != null) {
                    states.add(cur.toString());
                }
                cur = new StringBuilder(line.substring(2)).append('\n');
            } else if (cur != null && !line.isEmpty()) {
                cur.append(line).append('\n');
            }
        }
        if (cur != null) {
            states.add(cur.toString());
        }
        return states;
    }

    private static String report(int cols, int rows, List<Step> steps, int at, String expected, String actual,
            String window) {
        StringBuilder sb = new StringBuilder("tmux and LayoutTree differ on a ").append(cols).append('x').append(rows)
                .append(" window after op ").append(at).append(":\n");
        for (int k = 0; k <= at; k++) {
            sb.append(k == at ? " -> " : "    ").append(String.join(" ", steps.get(k).op.tmux(window)))
                    .append(steps.get(k).ok ? "" : "   (refused)").append('\n');
        }
        sb.append("LayoutTree:\n").append(expected).append("tmux:\n").append(actual);
        if (at > 0) {
            sb.append("before:\n").append(steps.get(at - 1).state);
        }
        return sb.toString();
    }
}
