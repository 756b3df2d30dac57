package dev.weft.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The text of a TOML file and the problems found in it: turns tomlj positions (of keys) into the
 * position of the value, and describes values for messages.
 */
final class TomlSource {
    private final String[] lines;
    private final String fileName;
    final List<ConfigProblem> problems = new ArrayList<>();

    TomlSource(String text, String fileName) {
        this.lines = text.split("\r?\n", -1);
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    void problem(TomlPosition at, String message) {
        int line = at == null ? 1 : Math.max(1, at.line());
        int column = at == null ? 1 : Math.max(1, at.column());
        problems.add(new ConfigProblem(fileName, line, column, oneLine(message)));
    }

    void problem(int line, int column, String message) {
        problems.add(new ConfigProblem(fileName, line, column, oneLine(message)));
    }

    /** Where the value of {@code key} in {@code table} starts: after the '=' that follows the key. */
    TomlPosition valuePosition(TomlTable table, String key) {
        TomlPosition keyAt = table.inputPositionOf(List.of(key));
        if (keyAt == null || keyAt.line() < 1 || keyAt.line() > lines.length) {
            return keyAt;
        }
        String line = lines[keyAt.line() - 1];
        int i = Math.max(0, keyAt.column() - 1);
        char quote = 0;
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                int v = i + 1;
                while (v < line.length() && (line.charAt(v) == ' ' || line.charAt(v) == '\t')) {
                    v++;
                }
                return TomlPosition.positionAt(keyAt.line(), v + 1);
            }
        }
        return keyAt;
    }

    static TomlPosition keyPosition(TomlTable table, String key) {
        return table.inputPositionOf(List.of(key));
    }

    /** A value as a user would recognise it: {@code "lots"}, {@code 1.5}, {@code an array}. */
    static String describe(Object value) {
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof TomlArray) {
            return "an array";
        }
        if (value instanceof TomlTable) {
            return "a table";
        }
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** A string in double quotes, control characters escaped and cut to 40 characters. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (n++ == 40) {
                b.append("...");
                break;
            }
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029') {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Messages are shown on one line whatever the parser put in them. */
    static String oneLine(String message) {
        String m = message == null ? "" : message;
        return m.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
