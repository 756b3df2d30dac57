package dev.weft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code weft kill-server}: end the server and every session (never starts one to kill it). */
@Command(name = "kill-server", description = "End the server and all its sessions.")
final class KillServerCommand implements Callable<Integer> {
    @ParentCommand
    WeftCommand parent;

    @Override
    public Integer call() {
        parent.global.noAutoStart = true;
        return ClientSetup.withClient(parent.global, client -> {
            client.killServer();
            return 0;
        });
    }
}
