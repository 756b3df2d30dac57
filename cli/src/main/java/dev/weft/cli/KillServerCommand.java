package dev.weft.cli;

import dev.weft.client.ClientException;
import dev.weft.client.MuxClient;
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
        try (MuxClient client = ClientSetup.from(parent.global).connect()) {
            client.killServer();
            return 0;
        } catch (ClientException e) {
            throw new UserError(e.getMessage());
        }
    }
}
