package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTablesTest {

    /** The one key event an xterm-like outer terminal's bytes decode to. */
    static KeyEvent fromTerminal(String bytes) {
        List<InputEvent> events = new ArrayList<>();
        InputDecoder d = new InputDecoder();
        d.feed(bytes.getBytes(StandardCharsets.UTF_8), events::add);
        d.flush(events::add);
        assertThat(events).as("events of %s", bytes).hasSize(1);
        assertThat(events.get(0)).isInstanceOf(InputEvent.Key.class);
        return ((InputEvent.Key) events.get(0)).key();
    }

    /** {@code \e} is ESC, {@code \xHH} a byte: the table below stays readable. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'e') {
                b.append('\u001b');
                i++;
            } else if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Every PRODUCT.md prefix key, as the bytes xterm sends, with the command tmux binds to it. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            C-b      | \\x02         | send-prefix                                       | false
            %        | %              | split-window -h                                   | false
            "        | "              | split-window                                      | false
            Up       | \\e[A       | select-pane -U                                    | true
            Down     | \\e[B       | select-pane -D                                    | true
            Left     | \\e[D       | select-pane -L                                    | true
            Right    | \\e[C       | select-pane -R                                    | true
            Up(app)  | \\eOA       | select-pane -U                                    | true
            o        | o              | select-pane -t :.+                                | false
            ;        | ;              | last-pane                                         | false
            q        | q              | display-panes                                     | false
            z        | z              | resize-pane -Z                                    | false
            x        | x              | confirm-before -p "kill-pane #P? (y/n)" kill-pane | false
            !        | !              | break-pane                                        | false
            {        | {              | swap-pane -U                                      | false
            }        | }              | swap-pane -D                                      | false
            C-o      | \\x0f         | rotate-window                                     | false
            M-o      | \\eo        | rotate-window -D                                  | false
            Space    | ` `            | next-layout                                       | false
            M-1      | \\e1        | select-layout even-horizontal                     | false
            M-2      | \\e2        | select-layout even-vertical                       | false
            M-3      | \\e3        | select-layout main-horizontal                     | false
            M-4      | \\e4        | select-layout main-vertical                       | false
            M-5      | \\e5        | select-layout tiled                               | false
            C-Up     | \\e[1;5A    | resize-pane -U                                    | true
            C-Down   | \\e[1;5B    | resize-pane -D                                    | true
            C-Left   | \\e[1;5D    | resize-pane -L                                    | true
            C-Right  | \\e[1;5C    | resize-pane -R                                    | true
            M-Up     | \\e[1;3A    | resize-pane -U 5                                  | true
            M-Down   | \\e[1;3B    | resize-pane -D 5                                  | true
            M-Left   | \\e[1;3D    | resize-pane -L 5                                  | true
            M-Right  | \\e[1;3C    | resize-pane -R 5                                  | true
            M-Up(esc)| \\e\\e[A | resize-pane -U 5                                  | true
            c        | c              | new-window                                        | false
            n        | n              | next-window                                       | false
            p        | p              | previous-window                                   | false
            0        | 0              | select-window -t :=0                              | false
            5        | 5              | select-window -t :=5                              | false
            9        | 9              | select-window -t :=9                              | false
            l        | l              | last-window                                       | false
            w        | w              | choose-tree -Zw                                   | false
            ,        | `,`            | command-prompt -I "#W" "rename-window -- '%%'"    | false
            &        | &              | confirm-before -p "kill-window #W? (y/n)" kill-window | false
            $        | $              | command-prompt -I "#S" "rename-session -- '%%'"   | false
            s        | s              | choose-tree -Zs                                   | false
            (        | (              | switch-client -p                                  | false
            )        | )              | switch-client -n                                  | false
            d        | d              | detach-client                                     | false
            D        | D              | choose-client -Z                                  | false
            [        | [              | copy-mode                                         | false
            ]        | ]              | paste-buffer -p                                   | false
            PPage    | \\e[5~      | copy-mode -u                                      | false
            =        | =              | choose-buffer -Z                                  | false
            :        | :              | command-prompt                                    | false
            ?        | ?              | list-keys                                         | false
            t        | t              | clock-mode                                        | false
            i        | i              | display-message                                   | false
            '        | '              | command-prompt -p index "select-window -t ':%%'"  | false
            E        | E              | select-layout -E                                  | false
            C-z      | \\x1a         | suspend-client                                    | false
            """)
    void everyDefaultKeyResolvesFromTheBytesATerminalSends(String what, String bytes, String command, boolean repeat) {
        Binding b = KeyTables.defaults().lookup("prefix", fromTerminal(unescape(bytes)));
        assertThat(b).as(what).isNotNull();
        assertThat(b.command()).isEqualTo(command);
        assertThat(b.repeat()).isEqualTo(repeat);
        assertThat(b.table()).isEqualTo("prefix");
    }

    @Test
    void kittyEncodedKeysFindTheSameBindings() {
        KeyTables t = KeyTables.defaults();
        assertThat(t.lookup("prefix", fromTerminal("\u001b[98;5u")).command()).isEqualTo("send-prefix");
        assertThat(t.lookup("prefix", fromTerminal("\u001b[49;3u")).command()).isEqualTo("select-layout even-horizontal");
        assertThat(t.lookup("prefix", fromTerminal("\u001b[5~")).key()).isEqualTo("PPage");
    }

    @Test
    void defaultsMatchTheBriefAndEveryCommandParses() {
        List<Binding> all = KeyTables.defaults().list("prefix");
        assertThat(all).hasSize(65).allSatisfy(b -> {
            assertThat(b.table()).isEqualTo("prefix");
            assertThat(CommandParser.parse(b.command())).as(b.command()).hasSize(1);
            assertThat(KeyNames.parse(b.key()).canonical()).isEqualTo(KeyNames.parse(b.key()));
        });
        assertThat(KeyTables.defaults().list("root")).isEmpty();
        assertThat(KeyTables.defaults().tableNames()).containsExactly("copy-mode", "copy-mode-vi", "prefix");
        assertThat(KeyTables.defaults().list()).allSatisfy(b ->
                assertThat(CommandParser.parse(b.command())).as(b.command()).hasSize(1));
    }

    @Test
    void keysAreStoredByCanonicalTmuxName() {
        KeyTables t = new KeyTables();
        t.bind("prefix", "PageUp", false, "copy-mode -u");
        t.bind("prefix", "PgDn", false, "a");
        t.bind("prefix", "C-m", false, "b");
        t.bind("prefix", "c-M-x", false, "c");
        t.bind("prefix", "^A", false, "d");
        t.bind("prefix", "S-a", false, "e");
        t.bind("prefix", "BTab", false, "f");
        t.bind("prefix", "C-i", false, "g");
        t.bind("prefix", "Space", false, "h");
        t.bind("prefix", "insert", false, "i");
        t.bind("prefix", "C-S-Left", true, "j");
        assertThat(t.list()).extracting(Binding::key).containsExactlyInAnyOrder(
                "PPage", "NPage", "Enter", "C-M-x", "C-a", "A", "BTab", "Tab", "Space", "IC", "C-S-Left");
        assertThat(t.lookup("prefix", fromTerminal("\r")).command()).isEqualTo("b");
        assertThat(t.lookup("prefix", fromTerminal("\t")).command()).isEqualTo("g");
        assertThat(t.lookup("prefix", fromTerminal("\u001b[Z")).command()).isEqualTo("f");
        assertThat(t.lookup("prefix", fromTerminal("A")).command()).isEqualTo("e");
        assertThat(t.lookup("prefix", fromTerminal("\u001b\u0018")).command()).isEqualTo("c");
        assertThat(t.lookup("prefix", fromTerminal("\u001b[1;6D")).command()).isEqualTo("j");
        assertThat(t.lookup("prefix", fromTerminal("a"))).isNull();
        assertThat(t.lookup("root", fromTerminal("A"))).isNull();
    }

    @Test
    void bindReplacesAndUnbindRemoves() {
        KeyTables t = new KeyTables();
        t.bind("prefix", "x", false, "kill-pane");
        t.bind("prefix", "x", true, "kill-window");
        assertThat(t.list()).containsExactly(new Binding("prefix", "x", true, "kill-window"));
        assertThat(t.unbind("prefix", "y")).isFalse();
        assertThat(t.unbind("other", "x")).isFalse();
        assertThat(t.unbind("prefix", "x")).isTrue();
        assertThat(t.unbind("prefix", "x")).isFalse();
        assertThat(t.list()).isEmpty();
        assertThat(t.tableNames()).isEmpty();

        t.bind("prefix", "C-m", false, "one");
        assertThat(t.unbind("prefix", "Enter")).as("the same key by another name").isTrue();
    }

    @Test
    void unbindAllEmptiesOneTableOrAll() {
        KeyTables t = KeyTables.defaults();
        t.bind("root", "F12", false, "new-window");
        t.unbindAll("copy-mode-vi");
        t.bind("copy-mode", "q", false, "send-keys -X cancel");
        t.unbindAll("prefix");
        assertThat(t.tableNames()).containsExactly("copy-mode", "root");
        t.unbindAll("copy-mode");
        t.bind("copy-mode", "q", false, "send-keys -X cancel");
        t.unbindAll("nothing");
        assertThat(t.list()).hasSize(2);
        t.unbindAll(null);
        assertThat(t.list()).isEmpty();
    }

    @Test
    void replaceAllSwapsEverythingOrNothing() {
        KeyTables t = KeyTables.defaults();
        List<Binding> before = t.list();
        assertThatThrownBy(() -> t.replaceAll(List.of(new Binding("prefix", "a", false, "x"),
                new Binding("prefix", "Nope", false, "y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Nope\"");
        assertThat(t.list()).isEqualTo(before);

        t.replaceAll(List.of(new Binding("root", "PageUp", false, "copy-mode -u"),
                new Binding("prefix", "C-a", false, "send-prefix")));
        assertThat(t.list()).containsExactly(new Binding("prefix", "C-a", false, "send-prefix"),
                new Binding("root", "PPage", false, "copy-mode -u"));
        assertThat(t.lookup("prefix", fromTerminal("\u0002"))).isNull();

        KeyTables copy = new KeyTables();
        copy.replaceAll(KeyTables.defaults().list());
        assertThat(copy.list()).isEqualTo(KeyTables.defaults().list());
    }

    @Test
    void badNamesGiveOneLineReasons() {
        KeyTables t = new KeyTables();
        assertThatThrownBy(() -> t.bind("prefix", "C-", false, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key");
        assertThatThrownBy(() -> t.bind("prefix", "Bogus", false, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key name \"Bogus\"");
        assertThatThrownBy(() -> t.unbind("prefix", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty key name");
        assertThatThrownBy(() -> t.bind("", "x", false, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty key table name");
        assertThat(t.list()).isEmpty();
    }

    @Test
    void listKeysLineEscapesKeysAsTmux() {
        assertThat(KeyTables.listKeysLine(new Binding("prefix", "C-Up", true, "resize-pane -U")))
                .isEqualTo("bind-key -r -T prefix C-Up resize-pane -U");
        assertThat(KeyTables.listKeysLine(new Binding("prefix", "%", false, "split-window -h")))
                .isEqualTo("bind-key -T prefix \\% split-window -h");
        assertThat(keyColumn(";")).isEqualTo("\\;");
        assertThat(keyColumn("\"")).isEqualTo("\\\"");
        assertThat(keyColumn("#")).isEqualTo("\\#");
        assertThat(keyColumn("'")).isEqualTo("\\'");
        assertThat(keyColumn("~")).isEqualTo("\\~");
        assertThat(keyColumn("\\")).isEqualTo("\\\\");
        assertThat(keyColumn("M-{")).isEqualTo("\"M-{\"");
        assertThat(keyColumn("M-\"")).isEqualTo("'M-\"'");
        assertThat(keyColumn("M-\\")).isEqualTo("M-\\\\");
        assertThat(keyColumn("M-~")).isEqualTo("M-~");
        assertThat(keyColumn("Space")).isEqualTo("Space");
        assertThat(KeyTables.listKeysLine(new Binding("root", "F1", false, "")))
                .isEqualTo("bind-key -T root F1");
    }

    private static String keyColumn(String key) {
        return KeyTables.listKeysLine(new Binding("t", key, false, "x")).split(" ", 4)[3].replaceFirst(" x$", "");
    }

    @Test
    void listKeysLinesParseBackToTheBinding() {
        KeyTables t = KeyTables.defaults();
        for (String key : List.of("\\", "~", "#", "M-{", "M-\"", "M-'", "M-$", "M-\\", "M-;", "é")) {
            t.bind("copy-mode", key, false, "send-keys -X cancel");
        }
        for (Binding b : t.list()) {
            List<List<String>> commands = CommandParser.parse(KeyTables.listKeysLine(b));
            List<String> argv = commands.get(0);
            int k = b.repeat() ? 4 : 3;
            assertThat(argv.subList(0, k)).isEqualTo(b.repeat()
                    ? List.of("bind-key", "-r", "-T", b.table()) : List.of("bind-key", "-T", b.table()));
            assertThat(argv.get(k)).isEqualTo(b.key());
            assertThat(argv.subList(k + 1, argv.size())).isEqualTo(CommandParser.parse(b.command()).get(0));
        }
    }

    @Test
    void keyOrderIsPlainKeysThenMetaThenCtrlThenShift() {
        KeyTables t = new KeyTables();
        for (String key : List.of("S-Up", "C-Up", "M-Up", "M-1", "Up", "PPage", "DC", "%", "!", "Space", "C-b", "C-Space",
                "Enter", "BSpace", "F1", "KP0", "KPEnter", "BTab", "é", "a", "A", "M-C-b")) {
            t.bind("x", key, false, "");
        }
        assertThat(t.list()).extracting(Binding::key).containsExactly("C-Space", "C-b", "Enter", "Space", "!", "%",
                "A", "a", "BSpace", "F1", "DC", "PPage", "BTab", "Up", "KPEnter", "KP0", "é",
                "C-M-b", "M-1", "M-Up", "C-Up", "S-Up");
    }
}
