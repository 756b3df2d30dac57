package dev.weft.config;

import java.util.List;

/** Every option weft has, in one table: the only place an option is declared. */
public final class OptionTable {
    private OptionTable() {}

    /** All options, in the order show-options prints them. */
    public static List<OptionSpec> all() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The option with this weft name or tmux name ({@code status.left}, {@code status-left}), or null. */
    public static OptionSpec find(String name) {
        throw new UnsupportedOperationException("not built yet");
    }
}
