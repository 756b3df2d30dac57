package dev.weft.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/**
 * Reads weft.toml. Never throws for bad content: problems are returned beside the config.
 *
 * <p>Every problem names file, line and column and what was expected
 * ({@code weft.toml:3:20: scrollback_lines must be a positive integer, got "lots"}); a setting
 * that could not be read keeps its default and the rest still applies. TOML syntax errors carry
 * tomlj's position; tomlj recovers at the next line, so settings after a bad line are still read.
 * Unknown keys are reported with the nearest known key. Keys PRODUCT.md documents but weft does
 * not implement yet ({@code mouse}, {@code mode_keys}, {@code [keys]}, {@code [[ssh_domains]]}...)
 * are accepted silently, so a config written for a later weft does not complain.
 */
public final class ConfigLoader {

    public record Result(WeftConfig config, List<ConfigProblem> problems) {}

    /**
     * Checks a key name such as the prefix; returns null when it is fine, else a one-line reason.
     * The TUI passes one backed by {@code KeyNames.parse} (config does not depend on keymaps).
     */
    @FunctionalInterface
    public interface KeyNameCheck {
        String problem(String keyName);

        /** Accepts any non-empty name without spaces or control characters. */
        KeyNameCheck LENIENT = name -> name.isEmpty() || name.codePoints().anyMatch(c -> c <= ' ' || c == 0x7f)
                ? "must be a key name such as \"C-b\"" : null;
    }

    /** Files larger than this are not read (a config is a few kilobytes). */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_SCROLLBACK_LINES = 1_000_000;
    public static final int MAX_ESCAPE_TIME_MS = 10_000;

    /** Settings weft reads today. */
    static final List<String> TOP_LEVEL_KEYS = List.of("default_prog", "term", "scrollback_lines",
            "escape_time", "prefix", "unix_domains");
    /** Documented in PRODUCT.md, not implemented yet: accepted without a word. */
    static final Set<String> TOP_LEVEL_LATER = Set.of("mouse", "mode_keys", "window_size",
            "local_echo_threshold_ms", "keys", "status", "ssh_domains", "tls_clients", "tls_servers");

    /** A missing file is no problem: defaults. An unreadable one is one problem at 1:1. */
    public static Result load(Path file) {
        return load(file, KeyNameCheck.LENIENT);
    }

    public static Result load(Path file, KeyNameCheck keyNames) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                return unreadable(name, "the config is larger than 1 MiB; using defaults");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            return new Result(WeftConfig.DEFAULTS, List.of());
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "it is a directory" : String.valueOf(e.getMessage());
            return unreadable(name, "cannot read the config (" + why + "); using defaults");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unreadable(name, "the config is not valid UTF-8 (TOML files must be UTF-8); using defaults");
        }
        return parse(text, name, keyNames);
    }

    public static Result parse(String toml, String fileName) {
        return parse(toml, fileName, KeyNameCheck.LENIENT);
    }

    public static Result parse(String toml, String fileName, KeyNameCheck keyNames) {
        String text = toml == null ? "" : toml;
        String name = fileName == null ? "weft.toml" : fileName;
        if (text.length() > MAX_FILE_BYTES) {
            return unreadable(name, "the config is larger than 1 MiB; using defaults");
        }
        TomlSource src = new TomlSource(text, name);
        TomlParseResult doc;
        try {
            doc = Toml.parse(text);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            // tomlj should report rather than throw; if it does throw (or nests too deep, or an
            // internal assert fires under -ea), the whole file is unusable but the client must
            // still start.
            return unreadable(name, "the config could not be parsed (" + e.getClass().getSimpleName() + "); using defaults");
        }
        for (TomlParseError error : doc.errors()) {
            src.problem(error.position(), "TOML syntax error: " + error.getMessage());
        }
        WeftConfig config = read(doc, src, keyNames == null ? KeyNameCheck.LENIENT : keyNames);
        List<ConfigProblem> problems = new ArrayList<>(src.problems);
        problems.sort(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
        return new Result(config, List.copyOf(problems));
    }

    private static WeftConfig read(TomlParseResult t, TomlSource src, KeyNameCheck keyNames) {
        WeftConfig d = WeftConfig.DEFAULTS;
        TomlValues values = new TomlValues(src);
        List<String> defaultProg = d.defaultProg();
        String term = d.term();
        int scrollback = d.scrollbackLines();
        int escapeTime = d.escapeTimeMs();
        String prefix = d.prefix();
        List<UnixDomainConfig> domains = d.unixDomains();
        for (String key : t.keySet()) {
            switch (key) {
                case "default_prog": {
                    List<String> v = values.argv(t, key);
                    defaultProg = v != null ? v : defaultProg;
                    break;
                }
                case "term": {
                    String v = values.string(t, key, "a terminal name such as \"xterm-256color\"",
                            s -> !s.isEmpty() && s.length() <= 128 && s.chars().allMatch(c -> c > ' ' && c < 0x7f));
                    term = v != null ? v : term;
                    break;
                }
                case "scrollback_lines": {
                    Integer v = values.integer(t, key, 1, MAX_SCROLLBACK_LINES, "a positive integer");
                    scrollback = v != null ? v : scrollback;
                    break;
                }
                case "escape_time": {
                    Integer v = values.integer(t, key, 0, MAX_ESCAPE_TIME_MS,
                            "a whole number of milliseconds, 0 or more");
                    escapeTime = v != null ? v : escapeTime;
                    break;
                }
                case "prefix": {
                    String v = values.string(t, key, "a key name such as \"C-b\"", s -> true);
                    if (v != null) {
                        String why = check(keyNames, v);
                        if (why == null) {
                            prefix = v;
                        } else {
                            src.problem(src.valuePosition(t, key), "prefix " + TomlSource.quote(v) + ": "
                                    + why + "; keeping " + TomlSource.quote(prefix));
                        }
                    }
                    break;
                }
                case "unix_domains":
                    domains = new UnixDomainsReader(src, values).read(t, key);
                    break;
                default:
                    if (!TOP_LEVEL_LATER.contains(key)) {
                        values.unknownKey(t, key, "", allTopLevelKeys());
                    }
            }
        }
        return new WeftConfig(defaultProg, term, scrollback, domains, escapeTime, prefix);
    }

    /** The hook's verdict; a hook that throws is taken at its word (its message is the reason). */
    private static String check(KeyNameCheck keyNames, String name) {
        try {
            return keyNames.problem(name);
        } catch (RuntimeException e) {
            return e.getMessage() == null ? "not a key name" : e.getMessage();
        }
    }

    private static List<String> allTopLevelKeys() {
        List<String> all = new ArrayList<>(TOP_LEVEL_KEYS);
        all.addAll(TOP_LEVEL_LATER);
        return all;
    }

    private static Result unreadable(String fileName, String message) {
        return new Result(WeftConfig.DEFAULTS, List.of(new ConfigProblem(fileName, 1, 1, message)));
    }

    private ConfigLoader() {}
}
