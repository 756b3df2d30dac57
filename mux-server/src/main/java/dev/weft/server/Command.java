package dev.weft.server;

import java.util.List;

/**
 * One tmux-style command run by the server ({@code split-window}, {@code set-option} ...). The
 * {@link Commands} registry finds it by name, alias or unique prefix, parses its flags with
 * {@link Args} against its {@link Spec} and runs it under the mux lock.
 */
interface Command {

    /**
     * What the command is called and takes.
     *
     * @param name tmux's name
     * @param aliases tmux's short names ({@code splitw})
     * @param flags getopt letters, ':' after one that takes a value ({@code "bdfhvc:l:t:"})
     * @param usage the flags and arguments as tmux's usage line shows them
     * @param minArgs fewest arguments after the flags
     * @param maxArgs most arguments after the flags, -1 for any number
     */
    record Spec(String name, List<String> aliases, String flags, String usage, int minArgs, int maxArgs) {
        String usageLine() {
            return "usage: " + name + (usage.isEmpty() ? "" : " " + usage);
        }
    }

    Spec spec();

    /** Run; returns what the command prints (empty for nothing). Called under the mux lock. */
    String run(CommandContext ctx, Args args) throws MuxException;
}
