package dev.weft.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code [[unix_domains]]} entry.
 *
 * @param socketPath explicit socket path, or null for {@link RuntimePaths#socketPath}
 * @param proxyCommand argv to connect through (its stdio instead of the socket); empty for none
 * @param serveCommand argv that starts the server instead of {@code weft mux-server}; empty for none
 * @param localEchoThresholdMs round trip above which predictive echo starts; null to use the
 *     global setting
 * @param connectAutomatically attach to this domain when the client starts
 */
public record UnixDomainConfig(String name, String socketPath, boolean noServeAutomatically,
                               boolean skipPermissionsCheck, List<String> proxyCommand,
                               List<String> serveCommand, Integer localEchoThresholdMs,
                               boolean connectAutomatically) {
    public static final UnixDomainConfig DEFAULT = new UnixDomainConfig("default", null, false, false);

    /** The original four settings; the others are unset. */
    public UnixDomainConfig(String name, String socketPath, boolean noServeAutomatically,
                            boolean skipPermissionsCheck) {
        this(name, socketPath, noServeAutomatically, skipPermissionsCheck, List.of(), List.of(), null, false);
    }

    /** {@link #socketPath} if set, else the domain's socket in the runtime directory. */
    public Path resolveSocketPath(Map<String, String> env, long uid) {
        return socketPath != null ? Path.of(socketPath) : RuntimePaths.socketPath(env, uid, name);
    }
}
