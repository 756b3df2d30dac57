package dev.weft.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlTable;

/**
 * Reads the options of weft.toml: top-level keys ({@code mouse = false}) and the option tables
 * ({@code [status]}, {@code [border]}, {@code [display_panes]}, {@code [clock_mode]}), whose keys
 * are the part of the option's name after the dot. TOML booleans for on/off options, integers for
 * numbers, strings otherwise. A value that does not fit is reported at the value and the option
 * keeps its default. {@code status} is both an option ({@code status = false}) and a table; in
 * the table it is {@code enabled}.
 */
final class OptionsReader {
    /** In {@code [status]}, the key for the {@code status} option itself (TOML cannot have both). */
    static final String STATUS_ENABLED = "enabled";

    /** Top-level option keys and, for each option table, its keys, from {@link OptionTable}. */
    static final List<String> TOP_LEVEL;
    static final Map<String, List<String>> TABLES;

    static {
        List<String> top = new ArrayList<>();
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (OptionSpec s : OptionTable.all()) {
            int dot = s.name().indexOf('.');
            if (dot < 0) {
                top.add(s.name());
            } else {
                tables.computeIfAbsent(s.name().substring(0, dot), k -> new ArrayList<>()).add(s.name().substring(dot + 1));
            }
        }
        tables.get("status").add(0, STATUS_ENABLED);
        tables.replaceAll((k, v) -> List.copyOf(v));
        TOP_LEVEL = List.copyOf(top);
        TABLES = Map.copyOf(tables);
    }

    private final TomlSource src;
    private final TomlValues values;
    private final ConfigLoader.KeyNameCheck keyNames;
    private Options options;

    OptionsReader(TomlSource src, TomlValues values, ConfigLoader.KeyNameCheck keyNames, Options start) {
        this.src = src;
        this.values = values;
        this.keyNames = keyNames;
        this.options = start;
    }

    Options options() {
        return options;
    }

    /** Whether {@code key} at the top level is an option or an option table this reader takes. */
    static boolean handles(String key) {
        return TOP_LEVEL.contains(key) || TABLES.containsKey(key);
    }

    void readTopLevel(TomlTable root, String key) {
        Object v = root.get(List.of(key));
        if (TABLES.containsKey(key) && (v instanceof TomlTable || !TOP_LEVEL.contains(key))) {
            if (!(v instanceof TomlTable table)) {
                src.problem(TomlSource.keyPosition(root, key), key + " must be a table: write [" + key + "] and its keys"
                        + " below it, got " + TomlSource.describe(v));
                return;
            }
            readTable(key, table);
            return;
        }
        if (key.equals("status") && !(v instanceof Boolean)) {
            src.problem(src.valuePosition(root, key), "status must be true or false, or a [status] table, got "
                    + TomlSource.describe(v));
            return;
        }
        read(root, key, OptionTable.find(key), key);
    }

    private void readTable(String tableName, TomlTable table) {
        List<String> known = TABLES.get(tableName);
        for (String key : table.keySet()) {
            if (tableName.equals("status") && key.equals(STATUS_ENABLED)) {
                read(table, key, OptionTable.find("status"), "status." + STATUS_ENABLED);
            } else if (known.contains(key)) {
                read(table, key, OptionTable.find(tableName + "." + key), tableName + "." + key);
            } else {
                values.unknownKey(table, key, " in [" + tableName + "]", known);
            }
        }
    }

    /** One option's value from {@code t.key}; {@code label} names it in messages. */
    private void read(TomlTable t, String key, OptionSpec spec, String label) {
        String text = switch (spec.kind()) {
            case BOOL -> {
                Boolean b = values.bool(t, key, label);
                yield b == null ? null : b ? "on" : "off";
            }
            case INT -> {
                Integer n = values.integer(t, key, label, spec.min(), spec.max(), expectedInt(spec));
                yield n == null ? null : Integer.toString(n);
            }
            case ARGV -> {
                List<String> argv = values.argv(t, key, label);
                yield argv == null ? null : OptionValues.argvText(argv);
            }
            case STRING -> values.string(t, key, label, OptionValues.expected(spec), OptionValues::validTerm);
            case KEY -> key(t, key, label, spec);
            case CHOICE, FORMAT, STYLE -> values.string(t, key, label, OptionValues.expected(spec), s -> true);
        };
        if (text == null) {
            return;
        }
        try {
            options = options.with(spec.name(), text);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            // Options names the option by what it was given; say it as the file does
            if (m.startsWith(spec.name())) {
                m = label + m.substring(spec.name().length());
            }
            src.problem(src.valuePosition(t, key), m);
        }
    }

    private String key(TomlTable t, String key, String label, OptionSpec spec) {
        String v = values.string(t, key, label, OptionValues.expected(spec), s -> true);
        if (v == null) {
            return null;
        }
        String why = ConfigLoader.check(keyNames, v);
        if (why != null) {
            src.problem(src.valuePosition(t, key), label + " " + TomlSource.quote(v) + ": " + why + "; keeping "
                    + TomlSource.quote(options.get(spec.name())));
            return null;
        }
        return v;
    }

    /** The words weft has always used for its first two numbers; the table's for the rest. */
    private static String expectedInt(OptionSpec spec) {
        return switch (spec.name()) {
            case "scrollback_lines" -> "a positive integer";
            case "escape_time" -> "a whole number of milliseconds, 0 or more";
            default -> OptionValues.expected(spec);
        };
    }
}
