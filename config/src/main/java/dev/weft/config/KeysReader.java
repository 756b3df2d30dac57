package dev.weft.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads {@code [keys.TABLE]}: each key is a tmux key name, each value a command line, or
 * {@code { command = "...", repeat = true }}; an empty command unbinds. Key names go through the
 * {@link ConfigLoader.KeyNameCheck}, commands through the {@link ConfigLoader.CommandCheck}; a
 * binding with a problem is reported (at the key, or at the command) and left out, the others
 * kept. Table names are free (tmux's {@code bind -T mytable}) but must be a plain word.
 */
final class KeysReader {
    static final List<String> BINDING_KEYS = List.of("command", "repeat");

    private final TomlSource src;
    private final TomlValues values;
    private final ConfigLoader.KeyNameCheck keyNames;
    private final ConfigLoader.CommandCheck commands;

    KeysReader(TomlSource src, TomlValues values, ConfigLoader.KeyNameCheck keyNames,
               ConfigLoader.CommandCheck commands) {
        this.src = src;
        this.values = values;
        this.keyNames = keyNames;
        this.commands = commands;
    }

    /** The bindings in file order. */
    List<KeyBindingConfig> read(TomlTable root, String key) {
        List<KeyBindingConfig> out = new ArrayList<>();
        Object v = root.get(List.of(key));
        if (!(v instanceof TomlTable tables)) {
            src.problem(TomlSource.keyPosition(root, key), "keys must hold tables of bindings such as [keys.prefix],"
                    + " got " + TomlSource.describe(v));
            return out;
        }
        for (String table : tables.keySet()) {
            Object t = tables.get(List.of(table));
            TomlPosition at = TomlSource.keyPosition(tables, table);
            if (!(t instanceof TomlTable bindings)) {
                src.problem(at, "keys." + table + " must be a table of bindings: write [keys." + table
                        + "] with lines such as \"|\" = \"split-window -h\", got " + TomlSource.describe(t));
                continue;
            }
            if (!validTableName(table)) {
                src.problem(at, "key table name " + TomlSource.quote(table)
                        + " must be letters, digits, '-' or '_' (such as prefix, root or copy-mode-vi)");
                continue;
            }
            for (String k : bindings.keySet()) {
                KeyBindingConfig b = binding(table, bindings, k);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        out.sort(Comparator.comparingInt(KeyBindingConfig::line).thenComparingInt(KeyBindingConfig::column));
        return List.copyOf(out);
    }

    private KeyBindingConfig binding(String table, TomlTable bindings, String key) {
        TomlPosition at = TomlSource.keyPosition(bindings, key);
        String where = "binding " + TomlSource.quote(key) + " in [keys." + table + "]";
        String why = ConfigLoader.check(keyNames, key);
        if (why != null) {
            src.problem(at, where + ": " + why + "; binding ignored");
            return null;
        }
        Object v = bindings.get(List.of(key));
        String command = null;
        boolean repeat = false;
        TomlTable commandAt = bindings;
        String commandKey = key;
        if (v instanceof String s) {
            command = s;
        } else if (v instanceof TomlTable t) {
            boolean bad = false;
            for (String field : t.keySet()) {
                switch (field) {
                    case "command" -> {
                        command = values.string(t, field, "command", "a command such as \"split-window -h\"", s -> true);
                        bad |= command == null;
                        commandAt = t;
                        commandKey = field;
                    }
                    case "repeat" -> {
                        Boolean r = values.bool(t, field, "repeat");
                        bad |= r == null;
                        repeat = r != null && r;
                    }
                    default -> values.unknownKey(t, field, " in " + where, BINDING_KEYS);
                }
            }
            if (bad) {
                return null;
            }
            if (command == null) {
                src.problem(at, where + " needs command = \"...\"; binding ignored");
                return null;
            }
        } else {
            src.problem(src.valuePosition(bindings, key), where + " must be a command such as \"split-window -h\","
                    + " or { command = \"...\", repeat = true }, got " + TomlSource.describe(v));
            return null;
        }
        String text = command.strip();
        if (!text.isEmpty()) {
            String problem = check(text);
            if (problem != null) {
                src.problem(src.valuePosition(commandAt, commandKey), where + ": " + problem + "; binding ignored");
                return null;
            }
        }
        int line = at == null ? 1 : Math.max(1, at.line());
        int column = at == null ? 1 : Math.max(1, at.column());
        return new KeyBindingConfig(table, key, repeat, text, src.fileName(), line, column);
    }

    private String check(String command) {
        try {
            return commands.problem(command);
        } catch (RuntimeException e) {
            return e.getMessage() == null ? "not a command" : e.getMessage();
        }
    }

    static boolean validTableName(String s) {
        return !s.isEmpty() && s.length() <= 64 && s.chars().allMatch(c -> (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
