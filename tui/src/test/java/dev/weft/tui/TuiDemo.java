package dev.weft.tui;

import dev.weft.client.ClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the real {@link Tui} on this terminal against an {@link EchoSession}; used by
 * {@link TuiInTmuxTest} (and by hand). Prints the result line and exits with its code. With a
 * first argument, writes the process id to that file once the terminal is set up; with a second
 * argument {@code fail}, the attach fails as a missing session would.
 */
public final class TuiDemo {
    public static void main(String[] args) throws IOException {
        Path pidFile = args.length > 0 ? Path.of(args[0]) : null;
        boolean fail = args.length > 1 && args[1].equals("fail");
        TuiResult result = Tui.run(new TuiOptions("C-b", 10, "demo-host"), (cols, rows, listener) -> {
            if (fail) {
                throw new ClientException("no session named \"nope\" (weft ls lists them)");
            }
            EchoSession echo = new EchoSession(cols, rows, listener);
            if (pidFile != null) {
                try {
                    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return echo.session;
        });
        System.out.println(result.message());
        System.out.flush();
        // like the cli, which closes its connection before it exits: the user may type meanwhile
        // and that input belongs to the shell, not to a reader the TUI left behind
        long until = System.nanoTime() + 1_500_000_000L;
        while (System.nanoTime() < until) {
            java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
        }
        System.exit(result.exitCode());
    }

    private TuiDemo() {}
}
