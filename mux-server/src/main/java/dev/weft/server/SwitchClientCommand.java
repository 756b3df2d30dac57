package dev.weft.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * tmux switch-client: move the calling client's attachment to another session: {@code -t}
 * (a session, or a tab/pane target whose tab and pane become current), {@code -n}/{@code -p} the
 * next/previous session by name (wrapping), {@code -l} the client's previous session. The client
 * gets Attached, SessionState and full frames as on attach.
 */
final class SwitchClientCommand implements Command {
    private static final Spec SPEC = new Spec("switch-client", List.of("switchc"), "lnprZc:t:",
            "[-lnpr] [-c target-client] [-t target-session]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        ClientConnection client = ctx.caller();
        Session from = ctx.callerSession();
        if (client == null || from == null) {
            throw new MuxException("no-client", "no current client");
        }
        Target to;
        if (args.has('n') || args.has('p')) {
            List<Session> byName = new ArrayList<>(ctx.mux().sessions());
            byName.sort(Comparator.comparing(Session::name));
            int i = byName.indexOf(from);
            Session s = byName.get(Math.floorMod(i + (args.has('n') ? 1 : -1), byName.size()));
            to = new Target(s, s.activeTab(), s.activeTab().activePane());
        } else if (args.has('l')) {
            Session last = client.lastSession();
            if (last == null || last.ended()) {
                throw new MuxException("no-last-session", "can't find last session");
            }
            to = new Target(last, last.activeTab(), last.activeTab().activePane());
        } else {
            String text = args.value('t');
            to = ctx.resolve(text, text != null && (text.contains(":") || text.startsWith("%"))
                    ? TargetParser.Kind.PANE : TargetParser.Kind.SESSION);
            if (to.tab() != null) {
                CommandHelpers.select(to.session(), to.tab(), to.pane());
            }
        }
        client.switchTo(to.session());
        return "";
    }
}
