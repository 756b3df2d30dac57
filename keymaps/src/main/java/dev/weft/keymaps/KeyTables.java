package dev.weft.keymaps;

import java.util.List;

/**
 * The key tables: named tables of {@link Binding}s. Thread-safe. {@link #defaults} holds every
 * default binding of PRODUCT.md (tmux's defaults) in {@code prefix} and {@code root}.
 */
public final class KeyTables {
    public KeyTables() {}

    public static KeyTables defaults() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Bind (replacing); IllegalArgumentException when the key name is not a key. */
    public void bind(String table, String keyName, boolean repeat, String command) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Remove a binding; false when there was none. IllegalArgumentException for a bad key name. */
    public boolean unbind(String table, String keyName) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** {@code unbind-key -a [-T table]}: remove all bindings of a table (every table when null). */
    public void unbindAll(String table) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The binding of a key read from the terminal, or null (keys compare by {@link KeyEvent#canonical}). */
    public Binding lookup(String table, KeyEvent key) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Every binding, tables in name order, keys in tmux's list-keys order. */
    public List<Binding> list() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Replace all bindings with these (used by clients receiving the server's tables). */
    public void replaceAll(List<Binding> bindings) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** As tmux list-keys prints it: {@code bind-key -r -T prefix C-Up resize-pane -U}. */
    public static String listKeysLine(Binding b) {
        throw new UnsupportedOperationException("not built yet");
    }
}
