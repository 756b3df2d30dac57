package dev.weft.config;

/** What values an option takes; decides how {@link Options#with} validates a value. */
public enum OptionKind {
    /** Any text. */
    STRING,
    /** A whole number within the spec's min..max. */
    INT,
    /** on/off, true/false, yes/no, 1/0 (stored as "on"/"off"). */
    BOOL,
    /** One of the spec's choices. */
    CHOICE,
    /** A format ({@code #S}, {@code #{pane_title}}, strftime, {@code #[style]}), checked by {@link Formats#check}. */
    FORMAT,
    /** A style ({@code fg=red,bg=default,bold}), checked by {@link Style#parse}. */
    STYLE,
    /** A tmux key name ({@code C-b}). */
    KEY,
    /** An argv, stored as its TOML array text. */
    ARGV
}
