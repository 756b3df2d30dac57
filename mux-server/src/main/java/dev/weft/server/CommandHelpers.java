package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/** What several commands share: start directories, sizes, new panes, selecting. Under the mux lock. */
final class CommandHelpers {

    /**
     * The directory a new pane starts in: {@code -c DIR} (a format, so
     * {@code -c "#{pane_current_path}"} works), else the session's start directory (tmux 3.3).
     */
    static String startDirectory(CommandContext ctx, Args args, Target t) {
        String c = args.value('c');
        if (c != null && !c.isEmpty()) {
            return ctx.expand(c, t);
        }
        return t.session().startDirectory();
    }

    /** The shell command of a new pane: the arguments (one word: run by the shell, as tmux). */
    static List<String> command(Args args) {
        List<String> words = args.positional();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() == 1) {
            String w = words.get(0);
            return w.isBlank() ? List.of() : List.of("/bin/sh", "-c", w);
        }
        return words;
    }

    /** {@code -e VAR=value} (one; tmux allows several, our flag parser keeps the last). */
    static List<String> environment(Args args) {
        String e = args.value('e');
        return e == null ? List.of() : List.of(e);
    }

    /**
     * A size as tmux's {@code -l}: N cells or N% of {@code whole}. MuxException for anything else.
     */
    static int size(String spec, int whole, String command) throws MuxException {
        String s = spec.strip();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        Integer n = TargetParser.number(s);
        if (n == null || (percent && n > 100) || (!percent && n < 1)) {
            throw new MuxException("bad-size", command + ": invalid size \"" + Visible.of(spec) + "\" (N cells or N%)");
        }
        return percent ? Math.max(1, whole * n / 100) : n;
    }

    /** Make {@code tab} current in its session and {@code pane} its active pane. */
    static void select(Session s, Tab tab, Pane pane) {
        s.activeTab(tab);
        if (pane != null) {
            tab.activate(pane);
        }
    }

    /** Kill panes' processes after taking them out of the model (killing is off-thread). */
    static void kill(Mux mux, Session s, List<Pane> panes, String why) {
        for (Pane p : new ArrayList<>(panes)) {
            Session holder = mux.sessionOf(p);
            if (holder != null) {
                mux.removePane(holder, p);
            }
        }
        Mux.killInBackground(panes, why);
    }

    /** The default format of -P (print the new pane's target). */
    static final String PRINT_FORMAT = "#{session_name}:#{window_index}.#{pane_index}";

    private CommandHelpers() {}
}
