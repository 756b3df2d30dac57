package dev.weft.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outer terminal: resizing reaches the pane, and detaching gives the terminal back as it was. */
class TerminalIT {
    @TempDir
    Path home;

    @Test
    void resizingTheOuterTerminalResizesThePane() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            term.typeLine("weft new -s sized");
            term.awaitScreen("the session", s -> SessionLifecycleIT.lastRow(s).contains("[sized]"));
            term.typeLine("stty size");
            // One row of the terminal is the status line.
            term.awaitScreen("stty size of 29 rows and 100 columns", s -> s.contains("\n29 100"));

            term.resize(90, 25);
            term.typeLine("clear; stty size");
            String after = term.awaitScreen("stty size after the resize", s -> s.contains("24 90"));
            assertThat(SessionLifecycleIT.lastRow(after)).contains("[sized]");
        }
    }

    @Test
    void detachingRestoresTheOuterTerminalModesExactly() throws Exception {
        try (OuterTerminal term = new OuterTerminal(home, 100, 30)) {
            Path before = home.resolve("before.txt");
            Path after = home.resolve("after.txt");
            term.typeLine("stty -a > " + before + "; tput cnorm; weft new -s modes");
            term.awaitScreen("the session", s -> SessionLifecycleIT.lastRow(s).contains("[modes]"));
            term.press("C-b", "d");
            term.awaitScreen("detached", s -> s.contains("[detached (from session modes)]"));
            term.typeLine("stty -a > " + after + "; echo saved");
            term.awaitScreen("the modes saved", s -> s.contains("\nsaved"));
            assertThat(Files.readString(after)).isEqualTo(Files.readString(before));
            // Not left in the alternate screen: the outer shell's earlier output is visible again.
            assertThat(term.screen()).contains("weft new -s modes");
            String cursorFlag = term.tmux("display-message", "-p", "-t", "outer", "#{cursor_flag},#{alternate_on},#{keypad_cursor_flag}");
            assertThat(cursorFlag.strip()).isEqualTo("1,0,0");
        }
    }
}
