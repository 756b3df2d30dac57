package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which styles a real tmux accepts ({@code set -g status-style S} on a private server) and which
 * {@link Style#parse} accepts: the same ones. Skipped where tmux is not installed. Left out on
 * purpose (see Style's Javadoc): X11 colour names, which tmux takes and weft does not, and
 * {@code us=}, which tmux 3.3 refuses and weft takes.
 */
class StyleAgainstTmuxTest {
    private static final String SERVER = "weft-style-" + ProcessHandle.current().pid();
    private static final List<String> STYLES = List.of("fg=red", "FG=Red", "fg=brightred", "fg=#FF8700",
            "fg=#ff870", "fg=colour256", "fg=color7", "fg=3", "fg=8", "fg=97", "fg=98", "fg=terminal",
            "bg=default", "bold,nobold", "BOLD", "bright", "nobright", "acs", "noacs", "none", "nonone", "default",
            "nodefault", "overline", "double-underscore", "nocurly-underscore", "align=right", "align=bogus",
            "fill=red", "fill=nope", "list=on", "list=bogus", "range=window|1", "range=bogus", "push-default",
            "nolist", "norange", "noalign", "nofill", "fg=", "bolt", "fg=red;bold", "italics underscore", ",,,", "",
            "fg=red,", "width=3", "fg =red", "bg=colour255 fg=#000000 reverse,noreverse");

    private static boolean tmux;

    @BeforeAll
    static void start() throws Exception {
        try {
            tmux = tmux("-f", "/dev/null", "new-session", "-d") == 0;
        } catch (IOException e) {
            tmux = false;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (tmux) {
            tmux("kill-server");
        }
    }

    @Test
    void weftAcceptsTheStylesTmuxAccepts() throws Exception {
        assumeTrue(tmux, "tmux is not installed");
        SoftAssertions soft = new SoftAssertions();
        for (String s : STYLES) {
            boolean tmuxTakes = tmux("set-option", "-g", "status-style", s) == 0;
            boolean weftTakes;
            try {
                Style.parse(s);
                weftTakes = true;
            } catch (IllegalArgumentException e) {
                weftTakes = false;
            }
            soft.assertThat(weftTakes).as("\"" + s + "\"").isEqualTo(tmuxTakes);
        }
        soft.assertAll();
    }

    private static int tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("tmux", "-L", SERVER));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        assertThat(p.exitValue()).isNotNegative();
        return p.exitValue();
    }
}
