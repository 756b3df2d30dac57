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
 * not implement yet ({@code local_echo_threshold_ms}, {@code [[ssh_domains]]}...) are accepted
 * silently, so a config written for a later weft does not complain.
 *
 * <p>Options ({@link OptionTable}) are read by {@link OptionsReader}: top-level keys and the
 * {@code [status]}, {@code [border]}, {@code [display_panes]}, {@code [clock_mode]} tables. Key
 * bindings ({@code [keys.TABLE]}) by {@link KeysReader}. The config's {@link WeftConfig#options}
 * has {@link Options#changed} = the options the file sets.
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

    /**
     * Checks the command of a binding ({@code "split-window -h"}); returns null when it is fine,
     * else a one-line reason. The cli passes one backed by keymaps' {@code CommandParser}.
     */
    @FunctionalInterface
    public interface CommandCheck {
        String problem(String commandText);

        /** Accepts any command that is not blank. */
        CommandCheck LENIENT = text -> text == null || text.isBlank()
                ? "must be a command such as \"split-window -h\"" : null;
    }

    /** Files larger than this are not read (a config is a few kilobytes). */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    public static final int MAX_SCROLLBACK_LINES = 1_000_000;
    public static final int MAX_ESCAPE_TIME_MS = 10_000;

    /** Settings weft reads today: the options, their tables, the domains and the bindings. */
    static final List<String> TOP_LEVEL_KEYS = topLevelKeys();
    /** Documented in PRODUCT.md, not implemented yet: accepted without a word. */
    static final Set<String> TOP_LEVEL_LATER = Set.of("local_echo_threshold_ms", "ssh_domains", "tls_clients",
            "tls_servers");

    private static List<String> topLevelKeys() {
        List<String> keys = new ArrayList<>(OptionsReader.TOP_LEVEL);
        for (String t : OptionsReader.TABLES.keySet()) {
            if (!keys.contains(t)) {
                keys.add(t);
            }
        }
        keys.add("unix_domains");
        keys.add("keys");
        return List.copyOf(keys);
    }

    /** A missing file is no problem: defaults. An unreadable one is one problem at 1:1. */
    public static Result load(Path file) {
        return load(file, KeyNameCheck.LENIENT);
    }

    public static Result load(Path file, KeyNameCheck keyNames) {
        return load(file, keyNames, CommandCheck.LENIENT);
    }

    public static Result load(Path file, KeyNameCheck keyNames, CommandCheck commands) {
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
        return parse(text, name, keyNames, commands);
    }

    public static Result parse(String toml, String fileName) {
        return parse(toml, fileName, KeyNameCheck.LENIENT);
    }

    public static Result parse(String toml, String fileName, KeyNameCheck keyNames) {
        return parse(toml, fileName, keyNames, CommandCheck.LENIENT);
    }

    public static Result parse(String toml, String fileName, KeyNameCheck keyNames, CommandCheck commands) {
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
        WeftConfig config = read(doc, src, keyNames == null ? KeyNameCheck.LENIENT : keyNames,
                commands == null ? CommandCheck.LENIENT : commands);
        List<ConfigProblem> problems = new ArrayList<>(src.problems);
        problems.sort(Comparator.comparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column));
        return new Result(config, List.copyOf(problems));
    }

    private static WeftConfig read(TomlParseResult t, TomlSource src, KeyNameCheck keyNames, CommandCheck commands) {
        WeftConfig d = WeftConfig.DEFAULTS;
        TomlValues values = new TomlValues(src);
        OptionsReader options = new OptionsReader(src, values, keyNames, Options.defaults());
        List<UnixDomainConfig> domains = d.unixDomains();
        List<KeyBindingConfig> keys = List.of();
        for (String key : t.keySet()) {
            if (key.equals("unix_domains")) {
                domains = new UnixDomainsReader(src, values).read(t, key);
            } else if (key.equals("keys")) {
                keys = new KeysReader(src, values, keyNames, commands).read(t, key);
            } else if (OptionsReader.handles(key)) {
                options.readTopLevel(t, key);
            } else if (!TOP_LEVEL_LATER.contains(key)) {
                unknownTopLevel(t, key, values, src);
            }
        }
        Options o = options.options();
        return new WeftConfig(o.getArgv("default_prog"), o.get("term"), o.getInt("scrollback_lines"), domains,
                o.getInt("escape_time"), o.get("prefix"), o, keys);
    }

    /** An unknown key; a tmux option name gets its weft name ({@code history-limit}: scrollback_lines). */
    private static void unknownTopLevel(TomlParseResult t, String key, TomlValues values, TomlSource src) {
        OptionSpec spec = OptionTable.find(key);
        if (spec != null) {
            String name = spec.name();
            int dot = name.indexOf('.');
            String where = dot < 0 ? name : name.substring(dot + 1) + " in [" + name.substring(0, dot) + "]";
            src.problem(TomlSource.keyPosition(t, key), "unknown key " + TomlSource.quote(key) + " (tmux's " + key
                    + " is " + where + " in weft.toml)");
            return;
        }
        values.unknownKey(t, key, "", allTopLevelKeys());
    }

    /** The hook's verdict; a hook that throws is taken at its word (its message is the reason). */
    static String check(KeyNameCheck keyNames, String name) {
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
