package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {
    private static final String HOME = System.getenv("HOME") != null && !System.getenv("HOME").isEmpty()
            ? System.getenv("HOME") : System.getProperty("user.home");

    static Stream<Arguments> lines() {
        return Stream.of(
                row("split-window -h", List.of("split-window", "-h")),
                row("  new-window\t-n  x  ", List.of("new-window", "-n", "x")),
                row("bind-key x split-window \\; select-pane -L",
                        List.of("bind-key", "x", "split-window", ";", "select-pane", "-L")),
                row("display-message -p '#S:#I.#P'", List.of("display-message", "-p", "#S:#I.#P")),
                row("set -g status-left \"#[fg=red]#S \"", List.of("set", "-g", "status-left", "#[fg=red]#S ")),
                row("command-prompt -I \"#W\" \"rename-window -- '%%'\"",
                        List.of("command-prompt", "-I", "#W", "rename-window -- '%%'")),
                row("confirm-before -p \"kill-pane #P? (y/n)\" kill-pane",
                        List.of("confirm-before", "-p", "kill-pane #P? (y/n)", "kill-pane")),
                row("new-window; split-window", List.of("new-window"), List.of("split-window")),
                row("new-window ; split-window -h ;", List.of("new-window"), List.of("split-window", "-h")),
                row("display a;b", List.of("display", "a"), List.of("b")),
                row("display a\\;b", List.of("display", "a;b")),
                row("display \"a;b\" 'c;d'", List.of("display", "a;b", "c;d")),
                row(";; ;", new List<?>[0]),
                row("", new List<?>[0]),
                row("   ", new List<?>[0]),
                row("# a comment ; still comment", new List<?>[0]),
                row("display a #b c", List.of("display", "a")),
                row("display a#b", List.of("display", "a#b")),
                row("display \"#b\" '#c'", List.of("display", "#b", "#c")),
                row("display #{session_name}", List.of("display", "#{session_name}")),
                row("display #{?#{pane_active},x y;z,w} q", List.of("display", "#{?#{pane_active},x y;z,w}", "q")),
                row("display a#{b}c", List.of("display", "a#{b}c")),
                row("display 'it''s'", List.of("display", "its")),
                row("display a\"\"b ''", List.of("display", "ab", "")),
                row("display \"a\\\"b\\\\c\"", List.of("display", "a\"b\\c")),
                row("display \"x\\ty\\nz\\e[1m\"", List.of("display", "x\ty\nz\u001b[1m")),
                row("display \"\\u00e9\\U0001F600\\s\\101\"", List.of("display", "\u00e9\uD83D\uDE00 A")),
                row("display a\\ b \\x \\\\", List.of("display", "a b", "x", "\\")),
                row("display a\\nb", List.of("display", "a\nb")),
                row("display 'no \\escapes \"here\"'", List.of("display", "no \\escapes \"here\"")),
                row("display \"multi\nline\"", List.of("display", "multi\nline")),
                row("one\ntwo three", List.of("one"), List.of("two", "three")),
                row("one \\\n two", List.of("one", "two")),
                row("cd ~ ~/src a~ ~x '~' \"~\" \\~", List.of("cd", HOME, HOME + "/src", "a~", "~x", "~", "~", "~")),
                row("x ~;y", List.of("x", HOME), List.of("y")),
                row("bind \\{ swap-pane -U", List.of("bind", "{", "swap-pane", "-U")),
                row("bind '}' swap-pane -D", List.of("bind", "}", "swap-pane", "-D")),
                row("display a{b", List.of("display", "a{b")),
                row("command-prompt -I \"#W\" { rename-window \"%%\" }",
                        List.of("command-prompt", "-I", "#W", "rename-window \"%%\"")),
                row("if -F '#{pane_in_mode}' { send-keys -M } { copy-mode -H ; send-keys -X select-word }",
                        List.of("if", "-F", "#{pane_in_mode}", "send-keys -M", "copy-mode -H ; send-keys -X select-word")),
                row("bind x {\n  display 'a b'\n  kill-pane\n}; new-window",
                        List.of("bind", "x", "display 'a b'\n  kill-pane"), List.of("new-window")),
                row("bind x { if 1 { display \\; } }", List.of("bind", "x", "if 1 { display \\; }")),
                row("x {} { }", List.of("x", "", "")));
    }

    private static Arguments row(String line, List<?>... expected) {
        return Arguments.of(line, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void parsesAsTmuxDoes(String line, List<List<String>> expected) {
        assertThat(CommandParser.parse(line)).isEqualTo(expected);
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertSyntax("display \"open", "unterminated double quote", 9);
        assertSyntax("display 'open", "unterminated single quote", 9);
        assertSyntax("if -F x { a ", "unterminated {", 9);
        assertSyntax("bind x { a { b }", "unterminated {", 8);
        assertSyntax("display { a # comment }", "unterminated {", 9);
        assertSyntax("x " + "{ ".repeat(10_000), "nested more than 64 deep", 2 + 64 * 2 + 1);
        // 64 levels parse, and the block's text stays as long as what was written.
        String deep = "x " + "{ \"a\\\\b\" ".repeat(64) + "}".repeat(64);
        List<List<String>> parsed = CommandParser.parse(deep);
        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).get(1).length()).isLessThan(deep.length());
        assertThat(CommandParser.parse(parsed.get(0).get(1))).hasSize(1);
        assertSyntax("display x}", "unexpected }", 10);
        assertSyntax("display #{open", "unterminated format", 9);
        assertSyntax("display \"\\u12\"", "invalid \\u escape", 10);
        assertSyntax("display \\U00110000", "not a Unicode character", 9);
        assertSyntax("display \\ud800", "not a Unicode character", 9);
        assertSyntax("display \\4", "invalid octal escape", 9);
        assertSyntax("display \\01", "invalid octal escape", 9);
        assertSyntax("display x\\", "backslash at end of line", 10);
    }

    private static void assertSyntax(String line, String what, int column) {
        assertThatThrownBy(() -> CommandParser.parse(line))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).contains(what).contains("column " + column).doesNotContain("\n");
                });
    }

    @Test
    void quoteLeavesPlainWordsBareAndQuotesTheRest() {
        assertThat(CommandParser.quote(List.of("split-window", "-h"))).isEqualTo("split-window -h");
        assertThat(CommandParser.quote(List.of("rename-window", "--", "my window"))).isEqualTo("rename-window -- 'my window'");
        assertThat(CommandParser.quote(List.of("x", "", ";", "#S", "a#{b}", "~", "$HOME", "{", "}")))
                .isEqualTo("x '' ';' '#S' 'a#{b}' '~' '$HOME' '{' '}'");
        assertThat(CommandParser.quote(List.of("it's", "a\"b", "tab\there", "\u001b[0m")))
                .isEqualTo("\"it's\" 'a\"b' \"tab\\there\" \"\\e[0m\"");
        assertThat(CommandParser.quote(List.of("it's $x \\ \"\u0001\u007f")))
                .isEqualTo("\"it's \\$x \\\\ \\\"\\u0001\\u007f\"");
        assertThat(CommandParser.quote(List.of())).isEmpty();
    }

    @Test
    void commandLineTurnsALoneSemicolonBackIntoASeparator() {
        List<String> bindArgs = CommandParser.parse("bind-key x split-window \\; select-pane -L").get(0);
        String line = CommandParser.commandLine(bindArgs.subList(2, bindArgs.size()));
        assertThat(line).isEqualTo("split-window ; select-pane -L");
        assertThat(CommandParser.parse(line)).containsExactly(List.of("split-window"), List.of("select-pane", "-L"));
        assertThat(CommandParser.commandLine(List.of("display", "a;b", "x y"))).isEqualTo("display 'a;b' 'x y'");
    }

    @Test
    void quoteThenParseGivesTheSameArgvForRandomWords() {
        Random random = new Random(42);
        String alphabet = "ab ;#{}~$'\"\\\t\n\r\u001b\u0000\u007f\u0085\u00e9\u2028-=:%.";
        for (int n = 0; n < 5000; n++) {
            List<String> argv = new ArrayList<>();
            int words = 1 + random.nextInt(5);
            for (int w = 0; w < words; w++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(7);
                for (int i = 0; i < len; i++) {
                    b.append(random.nextInt(20) == 0
                            ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                argv.add(b.toString());
            }
            String line = CommandParser.quote(argv);
            assertThat(CommandParser.parse(line)).as("argv %s as %s", argv, line).isEqualTo(List.of(argv));
        }
    }
}
