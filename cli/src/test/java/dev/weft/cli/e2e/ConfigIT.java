package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * weft.toml as a person meets it: a mistake is reported with file, line and column while the rest
 * of the file still applies; a binding from the config shows in list-keys and works; a reload
 * changes the status line of a client that is attached.
 */
class ConfigIT {
    @TempDir
    Path home;

    @Test
    void anErrorIsReportedWithItsPlaceAndTheOtherSettingsStillApply() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            term.writeConfig("""
                    prefix = "C-a"
                    [status]
                    position = "left"
                    left = "<#S> "
                    """);
            OuterTerminal.Result ls = term.weft("ls");
            List<String> problems = ls.stderr().lines().filter(l -> l.contains("weft.toml")).toList();
            assertThat(problems).hasSize(1);
            assertThat(problems.get(0)).startsWith("weft: " + term.configFile + ":4:12: ")
                    .contains("status.position").contains("\"top\"").contains("\"bottom\"").contains("\"left\"");

            term.typeLine("weft new -s conf");
            String screen = term.awaitScreen("the configured status-left at the bottom",
                    s -> WindowsAndPanesIT.lastRow(s).startsWith("<conf>"));
            term.press("C-a", "%");
            term.awaitScreen("a split made with the configured prefix", s -> s.contains("│"));
            assertThat(screen).doesNotContain("[conf]");
        }
    }

    @Test
    void aBindingAddedByTheConfigIsListedAndWorks() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            term.writeConfig("""
                    [keys.prefix]
                    "|" = "split-window -h"
                    "C-y" = { command = "display-message hello-from-config", repeat = true }
                    """);
            OuterTerminal.Result keys = term.weft("list-keys");
            assertThat(keys.exitCode()).as(keys.stderr()).isZero();
            assertThat(keys.stdout()).containsPattern("(?m)^bind-key\\s+-T prefix\\s+\\|\\s+split-window -h$")
                    .containsPattern("(?m)^bind-key\\s+-r\\s+-T prefix\\s+C-y\\s+display-message hello-from-config$")
                    .containsPattern("(?m)^bind-key\\s+-T prefix\\s+\\\\%\\s+split-window -h$"); // escaped as tmux does
            term.typeLine("weft new -s keys");
            term.awaitScreen("the client", s -> WindowsAndPanesIT.lastRow(s).startsWith("[keys]"));
            term.press("C-b", "|");
            term.awaitScreen("the split the config's binding made", s -> s.contains("│"));
            term.press("C-b", "C-y");
            term.awaitScreen("the message of the second binding", s -> s.contains("hello-from-config"));
        }
    }

    @Test
    void aReloadChangesTheStatusLineOfAnAttachedClient() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            term.typeLine("weft new -s live");
            term.awaitScreen("the default status line", s -> WindowsAndPanesIT.lastRow(s).startsWith("[live]"));
            term.writeConfig("""
                    [status]
                    left = "R! #S "
                    position = "top"
                    """);
            term.press("C-b", ":");
            term.typeLine("source-file " + term.configFile);
            String top = term.awaitScreen("the new status-left on the top row",
                    s -> s.startsWith("R! live "));
            assertThat(WindowsAndPanesIT.lastRow(top)).doesNotContain("[live]");
            OuterTerminal.Result shown = term.weft("show-options", "-v", "status-left");
            assertThat(shown.stdout()).isEqualTo("R! #S \n");
            assertThat(Files.readString(term.configFile)).contains("R! #S");
        }
    }
}
