package dev.weft.config;

import java.util.List;

/**
 * One option: its weft.toml name ({@code status.position} for {@code position} in {@code [status]}),
 * kind, default (as text), allowed values, and the tmux names it also answers to in
 * {@code set-option} ({@code status-position}).
 */
public record OptionSpec(String name, OptionKind kind, String defaultValue, List<String> choices,
                         int min, int max, List<String> tmuxNames, String description) {}
