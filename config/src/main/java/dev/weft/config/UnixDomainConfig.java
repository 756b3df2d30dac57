package dev.weft.config;

/**
 * One {@code [[unix_domains]]} entry.
 *
 * @param socketPath explicit socket path, or null for {@link RuntimePaths#socketPath}
 */
public record UnixDomainConfig(String name, String socketPath, boolean noServeAutomatically,
                               boolean skipPermissionsCheck) {
    public static final UnixDomainConfig DEFAULT = new UnixDomainConfig("default", null, false, false);
}
