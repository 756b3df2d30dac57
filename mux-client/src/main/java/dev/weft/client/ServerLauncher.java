package dev.weft.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the configured server command (which daemonizes a server and returns). Its output goes to
 * a temporary file, never a pipe: a daemon that keeps a pipe open would block us reading it.
 */
final class ServerLauncher {
    private final List<String> command;
    private final Path output;
    private final Process process;

    private ServerLauncher(List<String> command, Path output, Process process) {
        this.command = command;
        this.output = output;
        this.process = process;
    }

    static ServerLauncher start(List<String> command) throws ClientException {
        if (command == null || command.isEmpty()) {
            throw new ClientException("cannot start a server: no server command is configured (serve_command)");
        }
        Path output = null;
        try {
            output = Files.createTempFile("weft-server-start", ".log");
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            return new ServerLauncher(command, output, p);
        } catch (IOException e) {
            deleteQuietly(output);
            throw new ClientException("cannot start the server with " + String.join(" ", command) + ": "
                    + e.getMessage());
        }
    }

    /** Throws when the command has already failed (exited with a non-zero status). */
    void checkNotFailed() throws ClientException {
        if (process.isAlive() || process.exitValue() == 0) {
            return;
        }
        throw new ClientException("the server command " + String.join(" ", command) + " failed with status "
                + process.exitValue() + lastLine());
    }

    private String lastLine() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return ": " + lines.get(i).strip();
                }
            }
        } catch (IOException ignored) {
            // the status alone must do
        }
        return "";
    }

    void cleanUp() {
        deleteQuietly(output);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
