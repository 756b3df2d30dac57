package dev.weft.keymaps;

/**
 * One key binding: table ({@code prefix}, {@code root}, later {@code copy-mode-vi}...), the key as
 * its canonical tmux name ({@code C-b}, {@code %}, {@code M-1}, {@code C-Up}, {@code PPage}),
 * whether it repeats (tmux {@code -r}), and the command line it runs.
 */
public record Binding(String table, String key, boolean repeat, String command) {}
