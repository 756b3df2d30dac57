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
