package dev.weft.config;

import java.util.Map;

/**
 * Option values, immutable: every option of {@link OptionTable} has a value (its default until
 * set). Values are kept as validated text; typed getters read them.
 */
public final class Options {
    private Options() {}

    public static Options defaults() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The value of an option by weft or tmux name; IllegalArgumentException when there is no such option. */
    public String get(String name) {
        throw new UnsupportedOperationException("not built yet");
    }

    public int getInt(String name) {
        throw new UnsupportedOperationException("not built yet");
    }

    public boolean getBool(String name) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * A copy with one option set. IllegalArgumentException with a one-line reason naming the option
     * and what it takes ({@code status.position must be "top" or "bottom", got "left"}), or
     * {@code unknown option: status-lft (did you mean status-left?)}.
     */
    public Options with(String name, String value) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** A copy with one option back at its default. */
    public Options reset(String name) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** weft name to value, in {@link OptionTable#all} order. */
    public Map<String, String> asMap() {
        throw new UnsupportedOperationException("not built yet");
    }
}
