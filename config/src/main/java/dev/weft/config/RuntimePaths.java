package dev.weft.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where weft keeps its files (PRODUCT.md "Files and environment"), computed from an environment
 * map so tests can pass their own.
 */
public final class RuntimePaths {
    /** {@code $XDG_RUNTIME_DIR/weft}, else {@code /tmp/weft-<uid>}. */
    public static Path socketDir(Map<String, String> env, long uid) {
        throw new UnsupportedOperationException("config in progress");
    }

    /** The socket of a unix domain: {@code socketDir/<domain>.sock}. */
    public static Path socketPath(Map<String, String> env, long uid, String domain) {
        throw new UnsupportedOperationException("config in progress");
    }

    /** {@code $XDG_STATE_HOME/weft}, else {@code ~/.local/state/weft}. */
    public static Path stateDir(Map<String, String> env) {
        throw new UnsupportedOperationException("config in progress");
    }

    /** {@code --config} wins, then {@code WEFT_CONFIG_FILE}, then {@code $XDG_CONFIG_HOME/weft/weft.toml}, else {@code ~/.config/weft/weft.toml}. */
    public static Path configFile(Map<String, String> env, Path commandLineOverride) {
        throw new UnsupportedOperationException("config in progress");
    }

    private RuntimePaths() {}
}
