package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command table: every command of PRODUCT.md is there and parses its documented flags. */
class CommandLineTest {

    @Test
    void everyDocumentedCommandIsThere() {
        CommandLine cl = Main.commandLine();
        assertThat(cl.getSubcommands().keySet()).contains("new", "attach", "a", "ls", "has-session", "send-keys",
                "capture-pane", "kill-session", "kill-server", "mux-server", "help");
    }

    @Test
    void globalOptionsComeBeforeTheCommandAndCapturePaneKeepsItsOwnS() {
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult r = cl.parseArgs("-S", "/tmp/x.sock", "--no-auto-start", "capture-pane", "-p", "-t", "w",
                "-S", "-", "-E", "5", "-e", "-J");
        WeftCommand weft = cl.getCommand();
        assertThat(weft.global.socket).isEqualTo(Path.of("/tmp/x.sock"));
        assertThat(weft.global.noAutoStart).isTrue();
        CapturePaneCommand capture = r.subcommand().commandSpec().commandLine().getCommand();
        assertThat(capture.start).isEqualTo("-");
        assertThat(capture.end).isEqualTo("5");
        assertThat(capture.escapes).isTrue();
        assertThat(capture.join).isTrue();
    }

    @Test
    void newTakesItsCommandAfterTheDoubleDash() {
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult r = cl.parseArgs("new", "-d", "-s", "build", "-x", "120", "-y", "40", "--", "make", "-j8");
        NewCommand created = r.subcommand().commandSpec().commandLine().getCommand();
        assertThat(created.detached).isTrue();
        assertThat(created.name).isEqualTo("build");
        assertThat(created.cols).isEqualTo(120);
        assertThat(created.command).containsExactly("make", "-j8");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("ls", "--bogus");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("weft: Unknown option: '--bogus'");
    }
}
