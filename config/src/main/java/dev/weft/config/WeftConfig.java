package dev.weft.config;

import java.util.List;

/**
 * The typed contents of weft.toml. Every field has a default ({@link #DEFAULTS}); a setting that
 * could not be read keeps its default and is reported as a {@link ConfigProblem}.
 *
 * @param defaultProg argv for new panes; empty means {@code $SHELL} (login-style) else /bin/sh
 * @param term TERM in every pane
 * @param scrollbackLines lines of history per pane
 * @param unixDomains configured unix domains; "default" is always present
 * @param escapeTimeMs how long a lone ESC from the outer terminal waits for the rest of a
 *     sequence before it counts as the Escape key (tmux {@code escape-time})
 * @param prefix the prefix key, as a tmux key name ({@code C-b})
 * @param options every option's value (prefix, escape_time, scrollback_lines... included, kept in
 *     step with the fields above)
 * @param keys the bindings of {@code [keys.TABLE]}, in file order, applied over the defaults
 */
public record WeftConfig(List<String> defaultProg, String term, int scrollbackLines,
                         List<UnixDomainConfig> unixDomains, int escapeTimeMs, String prefix,
                         Options options, List<KeyBindingConfig> keys) {

    public static final int DEFAULT_ESCAPE_TIME_MS = 10;
    public static final String DEFAULT_PREFIX = "C-b";

    /**
     * Keeps the fields and the options in step: the options are derived from the fields (over
     * the defaults when {@code options} is null; over the given options otherwise, so a field
     * given here wins over the same option in {@code options}). A field value the option would
     * refuse (a test's scrollback of 0) is stored as it is rather than failing the constructor.
     */
    public WeftConfig {
        defaultProg = defaultProg == null ? List.of() : List.copyOf(defaultProg);
        unixDomains = unixDomains == null ? List.of() : List.copyOf(unixDomains);
        keys = keys == null ? List.of() : List.copyOf(keys);
        Options o = options != null ? options : Options.defaults();
        o = step(o, "default_prog", OptionValues.argvText(defaultProg));
        o = step(o, "term", term);
        o = step(o, "scrollback_lines", Integer.toString(scrollbackLines));
        o = step(o, "escape_time", Integer.toString(escapeTimeMs));
        o = step(o, "prefix", prefix);
        options = o;
    }

    private static Options step(Options o, String name, String value) {
        if (value == null || value.equals(o.get(name))) {
            return o;
        }
        return o.set(name, value);
    }

    public static final WeftConfig DEFAULTS = new WeftConfig(List.of(), "xterm-256color", 10_000,
            List.of(UnixDomainConfig.DEFAULT));

    /** The six settings of the skeleton; options follow them, no bindings. */
    public WeftConfig(List<String> defaultProg, String term, int scrollbackLines,
                      List<UnixDomainConfig> unixDomains, int escapeTimeMs, String prefix) {
        this(defaultProg, term, scrollbackLines, unixDomains, escapeTimeMs, prefix, null, List.of());
    }

    /** The original four settings; the others take their defaults. */
    public WeftConfig(List<String> defaultProg, String term, int scrollbackLines,
                      List<UnixDomainConfig> unixDomains) {
        this(defaultProg, term, scrollbackLines, unixDomains, DEFAULT_ESCAPE_TIME_MS, DEFAULT_PREFIX);
    }

    /** The unix domain called {@code name}, or the default one's settings under that name. */
    public UnixDomainConfig unixDomain(String name) {
        for (UnixDomainConfig d : unixDomains) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return new UnixDomainConfig(name, null, false, false);
    }
}
