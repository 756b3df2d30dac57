package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.keymaps.Binding;
import dev.weft.keymaps.CommandParser;
import dev.weft.keymaps.KeyTables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every default key binding names commands the server knows, with flags they take. */
class DefaultBindingsTest {
    @Test
    void everyDefaultBindingParsesAgainstTheRegistry() {
        List<String> problems = new ArrayList<>();
        List<Binding> all = KeyTables.defaults().list();
        assertThat(all).isNotEmpty();
        for (Binding b : all) {
            for (List<String> argv : CommandParser.parse(b.command())) {
                try {
                    Commands.findAny(argv.get(0));
                    if (Commands.names().contains(argv.get(0)) || isAlias(argv.get(0))) {
                        Args.parse(Commands.find(argv.get(0)).spec(), argv.subList(1, argv.size()));
                    }
                } catch (MuxException e) {
                    problems.add(b.table() + " " + b.key() + ": " + b.command() + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isAlias(String name) {
        try {
            Commands.find(name);
            return true;
        } catch (MuxException e) {
            return false;
        }
    }
}
