package dev.weft.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of weft itself, given before the command as tmux's -L/-S/-f (so capture-pane keeps its own -S). */
final class GlobalOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default $WEFT_CONFIG_FILE, else $XDG_CONFIG_HOME/weft/weft.toml).")
    Path config;

    @Option(names = "-L", paramLabel = "DOMAIN",
            description = "Unix domain (socket name) to use; default \"default\".")
    String domain;

    @Option(names = "-S", paramLabel = "SOCKET",
            description = "Server socket path; overrides -L.")
    Path socket;

    @Option(names = "--no-auto-start",
            description = "Do not start a server when none answers.")
    boolean noAutoStart;
}
