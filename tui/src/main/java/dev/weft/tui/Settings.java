package dev.weft.tui;

import dev.weft.config.Options;
import dev.weft.config.Style;
import dev.weft.keymaps.Binding;
import dev.weft.keymaps.KeyEvent;
import dev.weft.keymaps.KeyNames;
import dev.weft.keymaps.KeyTables;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live options and key tables as the server last sent them ({@link Pdu.ClientSettings});
 * {@link Options#defaults()} and {@link KeyTables#defaults()} until the first arrives. Swapped
 * whole (one volatile snapshot), so a reader never sees half an update. A value the client cannot
 * read (a newer server's option, a bad style) keeps its default and is logged, never shown.
 */
final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    /** One consistent view: options, tables, and the values read from them. */
    record Snapshot(Options options, KeyTables keys, KeyEvent prefix) {
        int millis(String name) {
            try {
                return options.getInt(name);
            } catch (RuntimeException e) {
                return 0;
            }
        }

        boolean bool(String name) {
            try {
                return options.getBool(name);
            } catch (RuntimeException e) {
                return false;
            }
        }

        String text(String name) {
            try {
                return options.get(name);
            } catch (RuntimeException e) {
                return "";
            }
        }

        /** An option's style, {@link Style#NONE} when unreadable. */
        Style style(String name) {
            try {
                return Style.parse(options.get(name));
            } catch (RuntimeException e) {
                return Style.NONE;
            }
        }

        boolean statusOn() {
            return bool("status");
        }

        boolean statusTop() {
            return "top".equals(text("status.position"));
        }
    }

    private volatile Snapshot current;

    Settings() {
        this(Options.defaults(), KeyTables.defaults());
    }

    Settings(Options options, KeyTables keys) {
        current = snapshot(options, keys);
    }

    Snapshot get() {
        return current;
    }

    /** Take the server's settings; returns the new snapshot. */
    Snapshot apply(Pdu.ClientSettings settings) {
        Options options = Options.defaults();
        for (Pdu.OptionValue v : settings.options()) {
            try {
                options = options.with(v.name(), v.value());
            } catch (RuntimeException e) {
                LOG.info("option {} = {} from the server kept its default: {}", v.name(), v.value(), e.getMessage());
            }
        }
        KeyTables keys = new KeyTables();
        List<Binding> bindings = new ArrayList<>();
        for (Pdu.KeyBinding b : settings.bindings()) {
            bindings.add(new Binding(b.table(), b.key(), b.repeat(), b.command()));
        }
        try {
            keys.replaceAll(bindings);
        } catch (RuntimeException e) {
            LOG.info("key bindings from the server: {}; binding one by one", e.getMessage());
            keys = new KeyTables();
            for (Binding b : bindings) {
                try {
                    keys.bind(b.table(), b.key(), b.repeat(), b.command());
                } catch (RuntimeException bad) {
                    LOG.info("binding {} {} from the server skipped: {}", b.table(), b.key(), bad.getMessage());
                }
            }
        }
        Snapshot next = snapshot(options, keys);
        current = next;
        return next;
    }

    private static Snapshot snapshot(Options options, KeyTables keys) {
        KeyEvent prefix;
        try {
            prefix = KeyNames.parse(options.get("prefix"));
        } catch (RuntimeException e) {
            LOG.info("prefix {} is not a key; using C-b", options.get("prefix"));
            prefix = KeyEvent.ofChar('b', KeyEvent.CTRL);
        }
        return new Snapshot(options, keys, prefix);
    }
}
