package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paste buffers as a person uses them: set, list and save them from the command line, then
 * paste one into a pane with {@code C-b ]} and run what was pasted.
 */
class BuffersIT {
    @TempDir
    Path home;

    @Test
    void setListSaveAndPasteWithThePrefixKey() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            OuterTerminal.Result created = term.weft("new", "-d", "-s", "buf", "-x", "80", "-y", "24");
            assertThat(created.exitCode()).as(created.stderr()).isZero();

            OuterTerminal.Result set = term.weft("set-buffer", "echo pasted-$((6*7))");
            assertThat(set.exitCode()).as(set.stderr()).isZero();
            assertThat(term.weft("list-buffers").stdout()).isEqualTo("buffer0: 20 bytes: \"echo pasted-$((6*7))\"\n");
            assertThat(term.weft("save-buffer", "-").stdout()).isEqualTo("echo pasted-$((6*7))"); // as it is, as tmux
            Path saved = home.resolve("saved.txt");
            assertThat(term.weft("save-buffer", saved.toString()).exitCode()).isZero();
            assertThat(Files.readString(saved)).isEqualTo("echo pasted-$((6*7))");

            OuterTerminal.Result missing = term.weft("show-buffer", "-b", "nope");
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.stderr().strip()).isEqualTo("no buffer nope");

            term.typeLine("weft attach -t buf");
            term.awaitScreen("the prompt and the status line",
                    s -> WindowsAndPanesIT.lastRow(s).startsWith("[buf]") && s.startsWith("$"));
            term.press("C-b", "]");
            term.awaitScreen("the pasted command on the prompt line", s -> s.startsWith("$ echo pasted-$((6*7))"));
            term.press("Enter");
            String ran = term.awaitScreen("the pasted command's output", s -> s.contains("\npasted-42\n"));
            assertThat(ran).startsWith("$ echo pasted-$((6*7))\npasted-42\n");
        }
    }
}
