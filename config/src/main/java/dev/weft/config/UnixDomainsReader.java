package dev.weft.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/** Reads {@code [[unix_domains]]}: entries with problems are reported, good ones kept. */
final class UnixDomainsReader {
    static final List<String> KEYS = List.of("name", "socket_path", "no_serve_automatically",
            "skip_permissions_check", "proxy_command", "serve_command", "local_echo_threshold_ms",
            "connect_automatically");

    private final TomlSource src;
    private final TomlValues values;

    UnixDomainsReader(TomlSource src, TomlValues values) {
        this.src = src;
        this.values = values;
    }

    /** The configured domains, with "default" added (first) unless configured. */
    List<UnixDomainConfig> read(TomlTable root, String key) {
        Object v = root.get(List.of(key));
        List<UnixDomainConfig> out = new ArrayList<>();
        if (!(v instanceof TomlArray entries)) {
            src.problem(TomlSource.keyPosition(root, key), key + " must be a list of tables: write each"
                    + " entry as [[unix_domains]] with name = \"...\", got " + TomlSource.describe(v));
        } else {
            Map<String, TomlPosition> seen = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                Object e = entries.get(i);
                TomlPosition at = entries.inputPositionOf(i);
                if (!(e instanceof TomlTable t)) {
                    src.problem(at, "each [[unix_domains]] entry must be a table, got " + TomlSource.describe(e));
                    continue;
                }
                UnixDomainConfig d = entry(t, at);
                if (d == null) {
                    continue;
                }
                TomlPosition first = seen.putIfAbsent(d.name(), at);
                if (first != null) {
                    src.problem(at, "unix domain " + TomlSource.quote(d.name()) + " is defined twice (first at line "
                            + first.line() + "); this one is ignored");
                    continue;
                }
                out.add(d);
            }
        }
        if (out.stream().noneMatch(d -> d.name().equals(UnixDomainConfig.DEFAULT.name()))) {
            out.add(0, UnixDomainConfig.DEFAULT);
        }
        return List.copyOf(out);
    }

    private UnixDomainConfig entry(TomlTable t, TomlPosition at) {
        String name = null;
        String socketPath = null;
        boolean noServe = false;
        boolean skipCheck = false;
        List<String> proxy = List.of();
        List<String> serve = List.of();
        Integer echo = null;
        boolean connect = false;
        boolean nameBad = false;
        for (String key : t.keySet()) {
            switch (key) {
                case "name":
                    name = values.string(t, key, "a domain name (letters, digits, '.', '_' or '-')",
                            UnixDomainsReader::validName);
                    nameBad = name == null;
                    break;
                case "socket_path": {
                    String s = values.string(t, key, "a file path", p -> !p.isEmpty() && p.indexOf('\0') < 0);
                    socketPath = s != null ? s : socketPath;
                    break;
                }
                case "no_serve_automatically": {
                    Boolean b = values.bool(t, key);
                    noServe = b != null ? b : noServe;
                    break;
                }
                case "skip_permissions_check": {
                    Boolean b = values.bool(t, key);
                    skipCheck = b != null ? b : skipCheck;
                    break;
                }
                case "connect_automatically": {
                    Boolean b = values.bool(t, key);
                    connect = b != null ? b : connect;
                    break;
                }
                case "proxy_command": {
                    List<String> a = values.argv(t, key);
                    proxy = a != null ? a : proxy;
                    break;
                }
                case "serve_command": {
                    List<String> a = values.argv(t, key);
                    serve = a != null ? a : serve;
                    break;
                }
                case "local_echo_threshold_ms":
                    echo = values.integer(t, key, 0, 60_000, "a whole number of milliseconds, 0 or more");
                    break;
                default:
                    values.unknownKey(t, key, " in [[unix_domains]]", KEYS);
            }
        }
        if (name == null) {
            if (!nameBad) {
                src.problem(at, "a [[unix_domains]] entry needs name = \"...\"; this one is ignored");
            }
            return null;
        }
        return new UnixDomainConfig(name, socketPath, noServe, skipCheck, proxy, serve, echo, connect);
    }

    /** The name becomes a file name ({@code <name>.sock}): keep it to a safe alphabet. */
    static boolean validName(String s) {
        if (s.isEmpty() || s.length() > 64 || s.startsWith(".")) {
            return false;
        }
        return s.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-');
    }
}
