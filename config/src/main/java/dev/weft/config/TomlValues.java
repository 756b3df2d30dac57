package dev.weft.config;

import java.util.ArrayList;
import java.util.List;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Typed reads of single settings. Each returns null (after recording a problem at the value's
 * position) when the value is not what the setting needs, so the caller keeps its default.
 */
final class TomlValues {
    private final TomlSource src;

    TomlValues(TomlSource src) {
        this.src = src;
    }

    /** A string accepted by {@code valid}; {@code expected} completes "KEY must be ...". */
    String string(TomlTable t, String key, String expected, java.util.function.Predicate<String> valid) {
        return string(t, key, key, expected, valid);
    }

    /** As {@link #string(TomlTable, String, String, java.util.function.Predicate)}, naming the setting {@code label}. */
    String string(TomlTable t, String key, String label, String expected, java.util.function.Predicate<String> valid) {
        Object v = t.get(List.of(key));
        if (v instanceof String s && valid.test(s)) {
            return s;
        }
        src.problem(src.valuePosition(t, key), label + " must be " + expected + ", got " + TomlSource.describe(v));
        return null;
    }

    Boolean bool(TomlTable t, String key) {
        return bool(t, key, key);
    }

    Boolean bool(TomlTable t, String key, String label) {
        Object v = t.get(List.of(key));
        if (v instanceof Boolean b) {
            return b;
        }
        src.problem(src.valuePosition(t, key), label + " must be true or false, got " + TomlSource.describe(v));
        return null;
    }

    /**
     * An integer of at least {@code min}; above {@code max} it is reported and capped (the
     * setting still takes effect, as large as allowed).
     */
    Integer integer(TomlTable t, String key, long min, long max, String expected) {
        return integer(t, key, key, min, max, expected);
    }

    Integer integer(TomlTable t, String key, String label, long min, long max, String expected) {
        Object v = t.get(List.of(key));
        if (!(v instanceof Long n) || n < min) {
            src.problem(src.valuePosition(t, key), label + " must be " + expected + ", got " + TomlSource.describe(v));
            return null;
        }
        if (n > max) {
            src.problem(src.valuePosition(t, key), label + " " + n + " is more than the maximum " + max
                    + "; using " + max);
            return (int) max;
        }
        return (int) (long) n;
    }

    /** An array of non-empty strings (an argv). */
    List<String> argv(TomlTable t, String key) {
        return argv(t, key, key);
    }

    List<String> argv(TomlTable t, String key, String label) {
        Object v = t.get(List.of(key));
        if (!(v instanceof TomlArray a)) {
            src.problem(src.valuePosition(t, key), label + " must be an array of strings such as"
                    + " [\"/bin/zsh\", \"-l\"], got " + TomlSource.describe(v));
            return null;
        }
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            Object e = a.get(i);
            if (!(e instanceof String s) || s.isEmpty() || s.indexOf('\0') >= 0) {
                src.problem(a.inputPositionOf(i), label + "[" + i + "] must be a non-empty string, got "
                        + TomlSource.describe(e));
                return null;
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    /** Records an unknown key, suggesting the nearest known one. */
    void unknownKey(TomlTable t, String key, String where, List<String> known) {
        String near = Suggestions.nearest(key, known);
        String hint = near != null ? "did you mean " + TomlSource.quote(near) + "?"
                : "see docs/weft.example.toml for the settings weft knows";
        src.problem(TomlSource.keyPosition(t, key), "unknown key " + TomlSource.quote(key) + where + " (" + hint + ")");
    }
}
