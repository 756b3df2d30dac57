package dev.weft.config;

/**
 * A binding from {@code [keys.TABLE]} in weft.toml: {@code "|" = "split-window -h"}, or
 * {@code "C-Up" = { command = "resize-pane -U", repeat = true }}; an empty command unbinds.
 * Line and column locate the key in the file, for errors found when the command is parsed.
 */
public record KeyBindingConfig(String table, String key, boolean repeat, String command, String file,
                               int line, int column) {}
