package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * The session commands a person may type at the command prompt (the cli runs its own
 * {@code weft new}, {@code ls}, {@code kill-session} and {@code has-session} through their PDUs):
 * new-session, kill-session, has-session, list-sessions.
 */
final class SessionCommands {

    /**
     * tmux new-session: a session of the caller's size (else {@code -x}/{@code -y}, else 80x24);
     * an attached caller switches to it unless {@code -d}.
     */
    static final class NewSession implements Command {
        private static final Spec SPEC = new Spec("new-session", List.of("new"), "dPc:F:n:s:x:y:",
                "[-dP] [-c start-directory] [-F format] [-n window-name] [-s session-name] [-x width] [-y height] [shell-command]",
                0, -1);

        @Override
        public Spec spec() {
            return SPEC;
        }

        @Override
        public String run(CommandContext ctx, Args args) throws MuxException {
            Session callerSession = ctx.callerSession();
            int cols = size(args.value('x'), callerSession == null ? 80 : callerSession.cols());
            int rows = size(args.value('y'), callerSession == null ? 24 : callerSession.rows());
            String cwd = args.value('c');
            Session s = ctx.mux().newSession(args.value('s'), cwd, CommandHelpers.command(args), List.of(), cols, rows);
            Tab tab = s.activeTab();
            if (args.value('n') != null) {
                tab.name(args.value('n'));
                tab.automaticRename(false);
            }
            if (!args.has('d') && ctx.caller() != null && callerSession != null) {
                ctx.caller().switchTo(s);
            }
            if (args.has('P')) {
                String f = args.value('F');
                return ctx.expand(f == null ? "#{session_name}:" : f, new Target(s, tab, tab.activePane()));
            }
            return "";
        }

        private static int size(String text, int otherwise) throws MuxException {
            if (text == null) {
                return otherwise;
            }
            Integer n = TargetParser.number(text);
            if (n == null || n < 1 || n > 10_000) {
                throw new MuxException("bad-size", "new-session: invalid size \"" + text + "\"");
            }
            return n;
        }
    }

    /** tmux kill-session: end the target session ({@code -a}: every other session). */
    static final class KillSession implements Command {
        private static final Spec SPEC = new Spec("kill-session", List.of(), "aCt:", "[-a] [-t target-session]", 0, 0);

        @Override
        public Spec spec() {
            return SPEC;
        }

        @Override
        public String run(CommandContext ctx, Args args) throws MuxException {
            Target t = ctx.target(args, 't', TargetParser.Kind.SESSION);
            List<Session> doomed = new ArrayList<>();
            for (Session s : ctx.mux().sessions()) {
                if (args.has('a') ? s != t.session() : s == t.session()) {
                    doomed.add(s);
                }
            }
            for (Session s : doomed) {
                ctx.mux().killSession(s);
            }
            return "";
        }
    }

    /** tmux has-session: nothing when the target session exists, else its error. */
    static final class HasSession implements Command {
        private static final Spec SPEC = new Spec("has-session", List.of("has"), "t:", "[-t target-session]", 0, 0);

        @Override
        public Spec spec() {
            return SPEC;
        }

        @Override
        public String run(CommandContext ctx, Args args) throws MuxException {
            ctx.target(args, 't', TargetParser.Kind.SESSION);
            return "";
        }
    }

    /** tmux list-sessions: one line per session, format {@code -F}, filter {@code -f}. */
    static final class ListSessions implements Command {
        static final String DEFAULT = "#{session_name}: #{session_windows} windows#{?session_attached, (attached),}";
        private static final Spec SPEC = new Spec("list-sessions", List.of("ls"), "F:f:", "[-F format] [-f filter]", 0, 0);

        @Override
        public Spec spec() {
            return SPEC;
        }

        @Override
        public String run(CommandContext ctx, Args args) throws MuxException {
            String format = args.value('F') != null ? args.value('F') : DEFAULT;
            List<String> lines = new ArrayList<>();
            for (Session s : ctx.mux().sessions()) {
                Tab t = s.activeTab();
                String line = ListFormats.line(ctx, args, format, new Target(s, t, t == null ? null : t.activePane()),
                        ListFormats.SESSION);
                if (line != null) {
                    lines.add(line);
                }
            }
            return String.join("\n", lines);
        }
    }

    private SessionCommands() {}
}
