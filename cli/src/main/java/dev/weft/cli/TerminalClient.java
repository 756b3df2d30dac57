package dev.weft.cli;

import dev.weft.client.MuxClient;
import dev.weft.tui.Attacher;
import dev.weft.tui.Tui;
import dev.weft.tui.TuiOptions;
import dev.weft.tui.TuiResult;
import java.net.InetAddress;

/** Runs the TUI for {@code weft}, {@code weft new} and {@code weft attach}, then prints its exit line. */
final class TerminalClient {

    /** Refuse to attach from inside a pane of a weft, as tmux does for $TMUX. */
    static void refuseNesting() {
        String pane = System.getenv("WEFT_PANE");
        if (pane != null && !pane.isEmpty()) {
            throw new UserError("sessions should be nested with care, unset WEFT_PANE to force");
        }
    }

    static void requireTerminal(String alternative) {
        if (System.console() == null) {
            throw new UserError("weft needs a terminal: run it in one, or use " + alternative);
        }
    }

    static int run(ClientSetup setup, MuxClient client, Attacher attacher) {
        return run(setup, client, false, attacher);
    }

    /** As {@link #run(ClientSetup, MuxClient, Attacher)}; {@code readOnly}: attached with {@code -r}. */
    static int run(ClientSetup setup, MuxClient client, boolean readOnly, Attacher attacher) {
        TuiOptions options = new TuiOptions(setup.config.prefix(), setup.config.escapeTimeMs(), hostName(), readOnly);
        TuiResult result = Tui.run(options, attacher);
        if (result.message() != null && !result.message().isEmpty()) {
            if (result.exitCode() == 0) {
                System.out.println(result.message());
            } else {
                System.err.println(result.message());
            }
        }
        return result.exitCode();
    }

    private static String hostName() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isEmpty()) {
            return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }

    private TerminalClient() {}
}
