package dev.weft.server;

import java.util.ArrayList;
import java.util.List;

/**
 * A command only a client can carry out (display-panes, clock-mode, command-prompt,
 * confirm-before, copy-mode, choose-*, send-prefix). The TUI runs these itself from its key
 * bindings and prompt; when one reaches the server (typed on the command line), the calling client
 * (when attached to the target session) or else every client attached to that session gets it as
 * {@code ClientCommand(argv)}. None attached: {@code no client attached}.
 */
final class ClientSideCommand implements Command {
    private final Spec spec;

    private ClientSideCommand(Spec spec) {
        this.spec = spec;
    }

    static ClientSideCommand displayPanes() {
        return new ClientSideCommand(new Spec("display-panes", List.of("displayp"), "bNd:t:",
                "[-bN] [-d duration] [-t target-client] [template]", 0, 1));
    }

    static ClientSideCommand clockMode() {
        return new ClientSideCommand(new Spec("clock-mode", List.of(), "t:", "[-t target-pane]", 0, 0));
    }

    static ClientSideCommand commandPrompt() {
        return new ClientSideCommand(new Spec("command-prompt", List.of(), "1bFkiNI:p:t:T:",
                "[-1bFkiN] [-I inputs] [-p prompts] [-t target-client] [-T type] [template]", 0, 1));
    }

    static ClientSideCommand confirmBefore() {
        return new ClientSideCommand(new Spec("confirm-before", List.of("confirm"), "bp:t:",
                "[-b] [-p prompt] [-t target-client] command", 1, 1));
    }

    static ClientSideCommand copyMode() {
        return new ClientSideCommand(new Spec("copy-mode", List.of(), "eHMuqs:t:",
                "[-eHMuq] [-s src-pane] [-t target-pane]", 0, 0));
    }

    static ClientSideCommand chooseTree() {
        return new ClientSideCommand(new Spec("choose-tree", List.of(), "GNrswZF:f:K:O:t:",
                "[-GNrswZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]", 0, 1));
    }

    static ClientSideCommand chooseClient() {
        return new ClientSideCommand(new Spec("choose-client", List.of(), "NrZF:f:K:O:t:",
                "[-NrZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]", 0, 1));
    }

    static ClientSideCommand chooseBuffer() {
        return new ClientSideCommand(new Spec("choose-buffer", List.of(), "NrZF:f:K:O:t:",
                "[-NrZ] [-F format] [-f filter] [-K key-format] [-O sort-order] [-t target-pane] [template]", 0, 1));
    }

    static ClientSideCommand sendPrefix() {
        return new ClientSideCommand(new Spec("send-prefix", List.of(), "2t:", "[-2] [-t target-pane]", 0, 0));
    }

    @Override
    public Spec spec() {
        return spec;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        // -t of these names a client or pane; either way its session's clients carry it out.
        Target t = ctx.resolve(args.value('t'), TargetParser.Kind.PANE);
        List<Attachment> clients = ctx.clientsOf(t.session());
        if (clients.isEmpty()) {
            throw new MuxException("no-client", "no client attached");
        }
        List<String> argv = new ArrayList<>();
        argv.add(spec.name());
        argv.addAll(args.original());
        for (Attachment a : clients) {
            a.clientCommand(List.copyOf(argv));
        }
        return "";
    }
}
