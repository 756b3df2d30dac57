package dev.weft.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Option values, immutable: every option of {@link OptionTable} has a value (its default until
 * set). Values are kept as validated text; typed getters read them.
 *
 * <p>Besides the values an Options remembers which options were set explicitly
 * ({@link #changed}), so a sourced file can be laid over live options with {@link #overlay}
 * without resetting what it does not mention. Defaults may depend on the environment
 * ({@code mode_keys}, as tmux decides it from {@code $VISUAL}/{@code $EDITOR}); they are fixed
 * when the Options is made and {@link #reset} returns to them.
 */
public final class Options {
    private final Map<String, String> defaults;
    private final Map<String, String> values;
    private final Set<String> changed;

    private Options(Map<String, String> defaults, Map<String, String> values, Set<String> changed) {
        this.defaults = defaults;
        this.values = values;
        this.changed = changed;
    }

    /** The defaults for this process's environment. */
    public static Options defaults() {
        return defaults(System.getenv());
    }

    /** The defaults for {@code env} (only {@code VISUAL} and {@code EDITOR} are read). */
    public static Options defaults(Map<String, String> env) {
        Map<String, String> d = new LinkedHashMap<>();
        for (OptionSpec s : OptionTable.all()) {
            d.put(s.name(), s.defaultValue());
        }
        d.put("mode_keys", modeKeysFor(env == null ? Map.of() : env));
        Map<String, String> frozen = Collections.unmodifiableMap(d);
        return new Options(frozen, frozen, Set.of());
    }

    /**
     * tmux's rule: {@code $VISUAL} if set, else {@code $EDITOR}; its last path component containing
     * "vi" means vi keys, anything else emacs.
     */
    static String modeKeysFor(Map<String, String> env) {
        String editor = env.get("VISUAL");
        if (editor == null) {
            editor = env.get("EDITOR");
        }
        if (editor == null) {
            return "emacs";
        }
        String base = editor.substring(editor.lastIndexOf('/') + 1);
        return base.contains("vi") ? "vi" : "emacs";
    }

    /** The value of an option by weft or tmux name; IllegalArgumentException when there is no such option. */
    public String get(String name) {
        OptionSpec spec = spec(name);
        String v = values.get(spec.name());
        if (OptionTable.colourAlias(name)) {
            return colourOf(v);
        }
        return v;
    }

    public int getInt(String name) {
        OptionSpec spec = spec(name);
        if (spec.kind() != OptionKind.INT) {
            throw new IllegalArgumentException(spec.name() + " is not a number option");
        }
        return Integer.parseInt(values.get(spec.name()));
    }

    public boolean getBool(String name) {
        OptionSpec spec = spec(name);
        if (spec.kind() != OptionKind.BOOL) {
            throw new IllegalArgumentException(spec.name() + " is not an on/off option");
        }
        return values.get(spec.name()).equals("on");
    }

    /** An ARGV option as a list ({@code default_prog}); empty for {@code []}. */
    public List<String> getArgv(String name) {
        OptionSpec spec = spec(name);
        if (spec.kind() != OptionKind.ARGV) {
            throw new IllegalArgumentException(spec.name() + " is not a command option");
        }
        return OptionValues.argv(values.get(spec.name()));
    }

    /** A STYLE option parsed ({@code status.style}). */
    public Style getStyle(String name) {
        OptionSpec spec = spec(name);
        if (spec.kind() != OptionKind.STYLE) {
            throw new IllegalArgumentException(spec.name() + " is not a style option");
        }
        return Style.parse(values.get(spec.name()));
    }

    /**
     * A copy with one option set. IllegalArgumentException with a one-line reason naming the option
     * and what it takes ({@code status.position must be "top" or "bottom", got "left"}), or
     * {@code unknown option: status-lft (did you mean status-left?)}.
     */
    public Options with(String name, String value) {
        OptionSpec spec = spec(name);
        String v = OptionTable.colourAlias(name)
                ? "fg=" + StyleParser.colourName(colour(name, value))
                : OptionValues.normalise(spec, name, value);
        return set(spec.name(), v);
    }

    /** A copy with one option back at its default. */
    public Options reset(String name) {
        OptionSpec spec = spec(name);
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(spec.name(), defaults.get(spec.name()));
        Set<String> c = new LinkedHashSet<>(changed);
        c.remove(spec.name());
        return new Options(defaults, Collections.unmodifiableMap(v), Collections.unmodifiableSet(c));
    }

    /** weft name to value, in {@link OptionTable#all} order. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The weft names of the options set explicitly (by {@link #with}), in table order. */
    public Set<String> changed() {
        Set<String> ordered = new LinkedHashSet<>();
        for (OptionSpec s : OptionTable.all()) {
            if (changed.contains(s.name())) {
                ordered.add(s.name());
            }
        }
        return Collections.unmodifiableSet(ordered);
    }

    /** A copy with every option {@code top} set explicitly laid over this one (source-file). */
    public Options overlay(Options top) {
        Options out = this;
        for (String name : top.changed()) {
            out = out.set(name, top.values.get(name));
        }
        return out;
    }

    /** The default of an option here (the environment's, for {@code mode_keys}). */
    public String defaultValue(String name) {
        return defaults.get(spec(name).name());
    }

    /**
     * One line about an option for help and show-options: {@code status.position (status-position):
     * where the status line is; "top" or "bottom", default "bottom"}.
     */
    public String describe(String name) {
        OptionSpec s = spec(name);
        String tmux = s.tmuxNames().isEmpty() || s.tmuxNames().equals(List.of(s.name())) ? ""
                : " (" + String.join(", ", s.tmuxNames()) + ")";
        return s.name() + tmux + ": " + s.description() + "; " + OptionValues.expected(s)
                + ", default " + TomlSource.quote(defaults.get(s.name()));
    }

    Options set(String weftName, String value) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(weftName, value);
        Set<String> c = new LinkedHashSet<>(changed);
        c.add(weftName);
        return new Options(defaults, Collections.unmodifiableMap(v), Collections.unmodifiableSet(c));
    }

    private static OptionSpec spec(String name) {
        OptionSpec spec = OptionTable.find(name);
        if (spec == null) {
            throw new IllegalArgumentException(OptionTable.unknown(String.valueOf(name)));
        }
        return spec;
    }

    private static int colour(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be a colour such as red, colour33 or #ff8700");
        }
        try {
            return StyleParser.colour(value.strip(), value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    /** The fg colour of a style option, for a tmux colour alias ({@code clock-mode-colour}). */
    private static String colourOf(String style) {
        try {
            int fg = Style.parse(style).fg();
            return fg == Style.UNSET ? "default" : StyleParser.colourName(fg);
        } catch (IllegalArgumentException e) {
            return "default";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Options other && values.equals(other.values) && changed.equals(other.changed)
                && defaults.equals(other.defaults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, changed);
    }

    @Override
    public String toString() {
        return "Options" + values + " changed " + changed();
    }
}
