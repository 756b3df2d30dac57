package dev.weft.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What tmux shows as {@code pane_current_command} and {@code pane_current_path}: the name and
 * working directory of a process (the PTY's foreground process group leader), from /proc on
 * Linux, else from {@link ProcessHandle} (name only).
 */
final class ProcessInfo {
    private static final Path PROC = Path.of("/proc");

    /** The process's name ({@code /proc/PID/comm}), or null when it is gone. */
    static String command(long pid) {
        if (pid <= 0) {
            return null;
        }
        Path comm = PROC.resolve(Long.toString(pid)).resolve("comm");
        try {
            if (Files.isReadable(comm)) {
                return new String(Files.readAllBytes(comm), StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            return null; // exited meanwhile
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().command())
                .map(c -> c.substring(c.lastIndexOf('/') + 1)).orElse(null);
    }

    /** The process's working directory ({@code /proc/PID/cwd}), or null when unknown. */
    static String cwd(long pid) {
        if (pid <= 0) {
            return null;
        }
        try {
            return Files.readSymbolicLink(PROC.resolve(Long.toString(pid)).resolve("cwd")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private ProcessInfo() {}
}
