package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default table and list-keys output beside a real tmux (private server, /dev/null config). */
class KeyTablesTmuxTest {
    private static final String SOCKET = "weft-keytables-" + ProcessHandle.current().pid();
    private static boolean started;

    @BeforeAll
    static void startTmux() throws Exception {
        started = run("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24") != null;
    }

    @AfterAll
    static void killTmux() throws Exception {
        if (started) {
            run("kill-server");
        }
    }

    /** tmux's output, or null when tmux is not installed or failed. */
    private static String run(String... args) throws InterruptedException {
        // -u: UTF-8 whatever the locale, so non-ASCII keys print as themselves
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", SOCKET));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A tmux list-keys line as (key, repeat, command words or null for a braces block). */
    private record Listed(String key, boolean repeat, List<String> command, String collapsed) {
        static Listed of(String line) {
            String[] fields = line.trim().split(" +", 6);
            boolean repeat = fields[1].equals("-r");
            int k = repeat ? 4 : 3;
            String key = CommandParser.parse(fields[k]).get(0).get(0);
            String rest = line.trim().split(" +", k + 2).length > k + 1 ? line.trim().split(" +", k + 2)[k + 1] : "";
            List<String> command;
            try {
                command = CommandParser.parse(rest).get(0);
            } catch (CommandSyntaxException e) {
                command = null; // tmux 3.3 writes some commands as { ... } blocks
            }
            return new Listed(key, repeat, command, line.trim().replaceAll(" +", " "));
        }
    }

    private static List<Listed> tmuxList(String table) throws Exception {
        String out = run("list-keys", "-T", table);
        assumeTrue(out != null, "tmux is not available");
        return out.lines().map(Listed::of).toList();
    }

    @Test
    void defaultPrefixTableHasTmuxsOrderRepeatFlagsAndLines() throws Exception {
        assumeTrue(started, "tmux is not available");
        List<Binding> ours = KeyTables.defaults().list("prefix");
        Map<String, Binding> byKey = ours.stream().collect(Collectors.toMap(Binding::key, Function.identity()));
        List<Listed> theirs = tmuxList("prefix").stream().filter(l -> byKey.containsKey(l.key())).toList();

        assertThat(theirs).extracting(Listed::key).containsExactlyElementsOf(ours.stream().map(Binding::key).toList());
        int sameCommand = 0;
        for (Listed l : theirs) {
            Binding b = byKey.get(l.key());
            assertThat(b.repeat()).as(l.key()).isEqualTo(l.repeat());
            if (CommandParser.parse(b.command()).get(0).equals(l.command())) {
                // tmux's line, spaces collapsed, is ours
                assertThat(KeyTables.listKeysLine(b)).isEqualTo(l.collapsed());
                sameCommand++;
            }
        }
        assertThat(sameCommand).as("bindings whose command is tmux's too").isGreaterThan(55);
    }

    /** copy-mode and copy-mode-vi: every line tmux 3.3 prints but the mouse rows, in its order, word for word (but M-C-). */
    @ParameterizedTest
    @ValueSource(strings = {"copy-mode", "copy-mode-vi"})
    void copyModeTablesAreTmuxsLineForLine(String table) throws Exception {
        assumeTrue(started, "tmux is not available");
        List<String> theirs = tmuxList(table).stream()
                .filter(l -> !l.key().matches(".*(Mouse|Wheel|DoubleClick|TripleClick).*"))
                .map(Listed::collapsed)
                // weft names Ctrl+Meta+letter C-M-b everywhere (the key name it parses and prints);
                // tmux prints the same key M-C-b
                .map(line -> line.replace(" M-C-", " C-M-")).toList();
        List<String> ours = KeyTables.defaults().list(table).stream().map(KeyTables::listKeysLine).toList();
        assertThat(theirs).hasSizeGreaterThan(60);
        assertThat(ours).containsExactlyElementsOf(theirs);
    }

    @Test
    void keysOfEveryKindSortAndEscapeAsTmux() throws Exception {
        assumeTrue(started, "tmux is not available");
        List<String> keys = List.of("C-Space", "Enter", "Escape", "C-\\", "C-]", "C-_", "A", "\\", "a", "~", "BSpace",
                "F1", "IC", "NPage", "PPage", "BTab", "KPEnter", "KP0", "KP/", "é", "M-Enter", "M-Space", "M-\"", "M-#",
                "M-$", "M-'", "M-A", "M-\\", "M-{", "M-~", "M-é", "C-F5", "S-F1", "C-M-S-Up", "C-Up", "M-Up", "%",
                ";", "#", "{", "}", "\"", "'", "$", "Space", "C-b", "M-1", "S-Up", "DC", "End", "Home", "F12");
        KeyTables t = new KeyTables();
        StringBuilder conf = new StringBuilder();
        for (String key : keys) {
            t.bind("weft-test", key, false, "display-message");
            conf.append("bind-key -T weft-test ").append(CommandParser.quoteWord(key)).append(" display-message\n");
        }
        // A UTF-8 file rather than argv: the JVM cannot pass é in argv under a C locale.
        Path file = Files.createTempFile("weft-keys", ".conf");
        try {
            Files.writeString(file, conf, StandardCharsets.UTF_8);
            assertThat(run("source-file", file.toString())).isNotNull();
        } finally {
            Files.delete(file);
        }
        List<String> tmuxLines = tmuxList("weft-test").stream().map(Listed::collapsed).toList();
        List<String> ourLines = t.list().stream().map(KeyTables::listKeysLine).toList();
        assertThat(ourLines).containsExactlyElementsOf(tmuxLines);
    }

    @Test
    void everyLineOfTmuxsDefaultListKeysParses() throws Exception {
        assumeTrue(started, "tmux is not available");
        String out = run("list-keys");
        assumeTrue(out != null, "tmux is not available");
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSizeGreaterThan(200);
        for (String line : lines) {
            List<List<String>> commands = CommandParser.parse(line);
            assertThat(commands).as(line).hasSize(1);
            assertThat(commands.get(0).get(0)).isEqualTo("bind-key");
            // The bound command, block or not, is one more command line that parses.
            List<String> argv = commands.get(0);
            int k = argv.get(1).equals("-r") ? 4 : 3;
            String command = CommandParser.quote(argv.subList(k + 1, argv.size()));
            assertThat(CommandParser.parse(command)).as(line).isNotEmpty();
        }
    }
}
