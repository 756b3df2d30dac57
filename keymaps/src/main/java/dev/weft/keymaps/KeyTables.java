package dev.weft.keymaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The key tables: named tables of {@link Binding}s. Thread-safe. {@link #defaults} holds every
 * default binding of PRODUCT.md (tmux's defaults) in {@code prefix} and {@code root}.
 *
 * <p>A binding is stored under its key's {@link KeyEvent#canonical canonical} form, so a key
 * written {@code C-m} and one read as Enter are the same binding, and {@link Binding#key} is the
 * canonical key's tmux name ({@code PageUp} is kept as {@code PPage}). A table with no bindings
 * left is dropped, as tmux does.
 */
public final class KeyTables {
    /** table name -> canonical key -> binding. */
    private final Map<String, Map<KeyEvent, Binding>> tables = new TreeMap<>();

    public KeyTables() {}

    public static KeyTables defaults() {
        KeyTables t = new KeyTables();
        DefaultBindings.addTo(t);
        return t;
    }

    /** Bind (replacing); IllegalArgumentException when the key name is not a key. */
    public void bind(String table, String keyName, boolean repeat, String command) {
        KeyEvent key = canonicalKey(keyName);
        Binding b = binding(table, key, repeat, command);
        synchronized (tables) {
            tables.computeIfAbsent(table, n -> new HashMap<>()).put(key, b);
        }
    }

    /** Remove a binding; false when there was none. IllegalArgumentException for a bad key name. */
    public boolean unbind(String table, String keyName) {
        KeyEvent key = canonicalKey(keyName);
        synchronized (tables) {
            Map<KeyEvent, Binding> t = tables.get(table);
            if (t == null || t.remove(key) == null) {
                return false;
            }
            if (t.isEmpty()) {
                tables.remove(table);
            }
            return true;
        }
    }

    /** {@code unbind-key -a [-T table]}: remove all bindings of a table (every table when null). */
    public void unbindAll(String table) {
        synchronized (tables) {
            if (table == null) {
                tables.clear();
            } else {
                tables.remove(table);
            }
        }
    }

    /** The binding of a key read from the terminal, or null (keys compare by {@link KeyEvent#canonical}). */
    public Binding lookup(String table, KeyEvent key) {
        KeyEvent canonical = key.canonical();
        synchronized (tables) {
            Map<KeyEvent, Binding> t = tables.get(table);
            return t == null ? null : t.get(canonical);
        }
    }

    /** Every binding, tables in name order, keys in tmux's list-keys order (see {@link KeyOrder}). */
    public List<Binding> list() {
        List<Binding> out = new ArrayList<>();
        synchronized (tables) {
            for (Map<KeyEvent, Binding> t : tables.values()) {
                t.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(KeyOrder.TMUX))
                        .forEach(e -> out.add(e.getValue()));
            }
        }
        return out;
    }

    /** The bindings of one table in list-keys order; empty when there is no such table. */
    public List<Binding> list(String table) {
        return list().stream().filter(b -> b.table().equals(table)).toList();
    }

    /** The names of the tables that hold bindings, in name order. */
    public List<String> tableNames() {
        synchronized (tables) {
            return List.copyOf(tables.keySet());
        }
    }

    /**
     * Replace all bindings with these (used by clients receiving the server's tables). All or
     * nothing: a bad key name throws IllegalArgumentException and leaves the tables as they were.
     */
    public void replaceAll(List<Binding> bindings) {
        Map<String, Map<KeyEvent, Binding>> fresh = new TreeMap<>();
        for (Binding given : bindings) {
            KeyEvent key = canonicalKey(given.key());
            Binding b = binding(given.table(), key, given.repeat(), given.command());
            fresh.computeIfAbsent(b.table(), n -> new HashMap<>()).put(key, b);
        }
        synchronized (tables) {
            tables.clear();
            tables.putAll(fresh);
        }
    }

    /**
     * As tmux list-keys prints it, one space between fields:
     * {@code bind-key -r -T prefix C-Up resize-pane -U}, {@code bind-key -T prefix \% split-window -h}.
     * The key is escaped as tmux does ({@code \;} {@code \"} {@code \#} {@code "M-{"}), so the line
     * parses back with {@link CommandParser}; the command is printed as it was given.
     */
    public static String listKeysLine(Binding b) {
        StringBuilder line = new StringBuilder("bind-key ");
        if (b.repeat()) {
            line.append("-r ");
        }
        line.append("-T ").append(b.table()).append(' ').append(TmuxEscape.arg(b.key()));
        if (!b.command().isEmpty()) {
            line.append(' ').append(b.command());
        }
        return line.toString();
    }

    private static KeyEvent canonicalKey(String keyName) {
        return KeyNames.parse(keyName).canonical();
    }

    private static Binding binding(String table, KeyEvent key, boolean repeat, String command) {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("empty key table name (use prefix, root or another name)");
        }
        Objects.requireNonNull(command, "command");
        return new Binding(table, KeyNames.format(key), repeat, command);
    }
}
