package dev.weft.server;

import dev.weft.config.WeftConfig;
import java.nio.file.Path;

/**
 * How to run a server.
 *
 * @param socketPath where to listen; its directory is created 0700 and checked
 * @param skipPermissionsCheck the unix domain's {@code skip_permissions_check}
 * @param config default_prog, term, scrollback for panes (null: defaults)
 */
public record ServerOptions(Path socketPath, boolean skipPermissionsCheck, WeftConfig config) {}
