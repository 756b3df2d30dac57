package dev.weft.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where weft keeps its files (PRODUCT.md "Files and environment"), computed from an environment
 * map so tests can pass their own.
 *
 * <p>As the XDG base directory specification says, an {@code XDG_*} variable that is empty or
 * holds a relative path counts as unset. {@code HOME} missing or empty falls back to the JVM's
 * {@code user.home}.
 */
public final class RuntimePaths {
    /** File name of the config inside {@code $XDG_CONFIG_HOME/weft/}. */
    public static final String CONFIG_FILE_NAME = "weft.toml";

    /** {@code $XDG_RUNTIME_DIR/weft}, else {@code /tmp/weft-<uid>}. */
    public static Path socketDir(Map<String, String> env, long uid) {
        String runtime = xdg(env, "XDG_RUNTIME_DIR");
        if (runtime != null) {
            return Path.of(runtime, "weft");
        }
        return Path.of("/tmp", "weft-" + uid);
    }

    /** The socket of a unix domain: {@code socketDir/<domain>.sock}. */
    public static Path socketPath(Map<String, String> env, long uid, String domain) {
        return socketDir(env, uid).resolve(domain + ".sock");
    }

    /** {@code $XDG_STATE_HOME/weft}, else {@code ~/.local/state/weft}. */
    public static Path stateDir(Map<String, String> env) {
        String state = xdg(env, "XDG_STATE_HOME");
        if (state != null) {
            return Path.of(state, "weft");
        }
        return home(env).resolve(".local").resolve("state").resolve("weft");
    }

    /** {@code --config} wins, then {@code WEFT_CONFIG_FILE}, then {@code $XDG_CONFIG_HOME/weft/weft.toml}, else {@code ~/.config/weft/weft.toml}. */
    public static Path configFile(Map<String, String> env, Path commandLineOverride) {
        if (commandLineOverride != null) {
            return commandLineOverride;
        }
        String explicit = nonEmpty(env, "WEFT_CONFIG_FILE");
        if (explicit != null) {
            return Path.of(explicit);
        }
        String config = xdg(env, "XDG_CONFIG_HOME");
        if (config != null) {
            return Path.of(config, "weft", CONFIG_FILE_NAME);
        }
        return home(env).resolve(".config").resolve("weft").resolve(CONFIG_FILE_NAME);
    }

    /**
     * The real (owning) uid of this process, without native code: the owner of
     * {@code /proc/self} on Linux; elsewhere the owner of a freshly created temporary file
     * (which is the effective uid).
     *
     * @throws IllegalStateException if neither works (no unix file attributes on this system)
     */
    public static long currentUid() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not Linux, or /proc not mounted: fall through
        }
        Path probe = null;
        try {
            probe = Files.createTempFile("weft-uid", ".probe");
            return ((Number) Files.getAttribute(probe, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot determine the current uid: " + e.getMessage(), e);
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a leftover empty temp file is harmless
                }
            }
        }
    }

    private static Path home(Map<String, String> env) {
        String home = nonEmpty(env, "HOME");
        return Path.of(home != null ? home : System.getProperty("user.home"));
    }

    private static String xdg(Map<String, String> env, String name) {
        String v = nonEmpty(env, name);
        return v != null && v.startsWith("/") ? v : null;
    }

    private static String nonEmpty(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    private RuntimePaths() {}
}
