package dev.weft.cli;

import dev.weft.client.ClientException;
import dev.weft.client.ClientOptions;
import dev.weft.client.MuxClient;
import dev.weft.config.ConfigLoader;
import dev.weft.config.ConfigProblem;
import dev.weft.config.RuntimePaths;
import dev.weft.config.UnixDomainConfig;
import dev.weft.config.WeftConfig;
import dev.weft.keymaps.CommandParser;
import dev.weft.keymaps.KeyNames;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a client command needs before it talks to a server: the config, the domain, the
 * socket path and how to start a server there.
 */
final class ClientSetup {
    static final String DEFAULT_DOMAIN = "default";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    final WeftConfig config;
    final List<ConfigProblem> configProblems;
    final UnixDomainConfig domain;
    final Path socketPath;
    final Path configFile;
    private final boolean autoStart;

    private ClientSetup(GlobalOptions global, Map<String, String> env) {
        configFile = RuntimePaths.configFile(env, global.config);
        ConfigLoader.Result loaded = ConfigLoader.load(configFile, ClientSetup::keyNameProblem,
                ClientSetup::commandProblem);
        config = loaded.config();
        configProblems = loaded.problems();
        String domainName = global.domain != null ? global.domain : DEFAULT_DOMAIN;
        domain = config.unixDomain(domainName);
        socketPath = socketPath(global, env, domain);
        autoStart = !global.noAutoStart && !domain.noServeAutomatically();
    }

    /** Key names in the config (the prefix) are checked by the same parser the TUI uses. */
    private static String keyNameProblem(String name) {
        try {
            KeyNames.parse(name);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Bound commands in the config are split by the same parser the TUI and server use. */
    private static String commandProblem(String text) {
        try {
            if (CommandParser.parse(text).isEmpty()) {
                return "must be a command such as \"split-window -h\"";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static ClientSetup from(GlobalOptions global) {
        return new ClientSetup(global, System.getenv());
    }

    /** -S wins; then -L or a configured socket_path; inside a pane, that pane's server; else the default. */
    private static Path socketPath(GlobalOptions global, Map<String, String> env, UnixDomainConfig domain) {
        if (global.socket != null) {
            return global.socket.toAbsolutePath();
        }
        if (domain.socketPath() != null) {
            return Path.of(domain.socketPath()).toAbsolutePath();
        }
        String inPane = env.get("WEFT_UNIX_SOCKET");
        if (global.domain == null && inPane != null && !inPane.isEmpty()) {
            return Path.of(inPane);
        }
        return RuntimePaths.socketPath(env, RuntimePaths.currentUid(), domain.name());
    }

    /** What a command does with a connected client; its result is the exit status. */
    interface ClientAction {
        int run(MuxClient client) throws ClientException;
    }

    /**
     * Connect (reporting config problems first), run {@code action}, close; a failure the server
     * or the connection reports becomes the command's one-line error.
     */
    static int withClient(GlobalOptions global, ClientAction action) {
        ClientSetup setup = from(global);
        setup.reportConfigProblems(System.err);
        try (MuxClient client = setup.connect()) {
            return action.run(client);
        } catch (ClientException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Config problems are reported, one line each; the command goes on with defaults for them. */
    void reportConfigProblems(PrintStream err) {
        for (ConfigProblem p : configProblems) {
            err.println("weft: " + p);
        }
    }

    MuxClient connect() {
        try {
            return MuxClient.connect(new ClientOptions(socketPath, autoStart, serverCommand(),
                    CONNECT_TIMEOUT, domain.skipPermissionsCheck()));
        } catch (ClientException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The command that daemonizes a server on our socket with our config. */
    List<String> serverCommand() {
        List<String> cmd = new ArrayList<>(SelfCommand.argv());
        cmd.add("-S");
        cmd.add(socketPath.toString());
        if (configFile != null) {
            cmd.add("--config");
            cmd.add(configFile.toString());
        }
        cmd.add("mux-server");
        cmd.add("--daemonize");
        return cmd;
    }
}
