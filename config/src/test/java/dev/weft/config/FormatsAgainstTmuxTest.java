package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same formats through a real tmux ({@code display-message -p} on a private server, with the
 * variables as user options {@code @name}) and through {@link Formats#expand}. Skipped where
 * tmux is not installed. No '%' in these formats: tmux would apply strftime with its own clock.
 */
class FormatsAgainstTmuxTest {
    private static final String SERVER = "weft-fmt-" + ProcessHandle.current().pid();
    private static final Map<String, String> VARS = Map.of(
            "@t", "a very long pane title that goes on",
            "@f", "*Z",
            "@e", "",
            "@z", "0",
            "@w", "日本語のタイトル",
            "@p", "/home/u/src/",
            "@m", "#[fg=red]abcdef",
            "@s", "work");
    private static final List<String> FORMATS = List.of(
            "#{=21:@t}", "#{=-5:@t}", "#{=/6/…:@t}", "#{=/-6/…:@t}", "#{=3:@m}", "#{=:@t}", "#{=abc:@t}",
            "#{=5:@w}|", "#{=-5:@w}|", "#{=4:@w}|", "#{=3;p5:@t}|", "#{p10:@f}|", "#{p-10:@f}|",
            "#{?@f,#{@f}, }", "#{?@e,#{@e}, }|", "#{?@z,yes,no}", "#{?@nope,yes,no}", "#{?,a,b}",
            "#{?@f}", "#{?@f,a}", "#{?@e,a,@f,b,c}", "#{?@f,#[bold]x#,y,z}", "#{?#{==:#{@f},*Z},same,diff}",
            "#{==:#{@f},*Z}", "#{!=:#{@f},*Z}", "#{||:#{@e},#{@z}}", "#{&&:#{@f},1}", "#{<:a,b}#{>:a,b}",
            "#{b:@p}", "#{d:@p}", "#{l:#{@f}}", "#{@t:x}", "#{ @f}",
            "a#,b#}c##d", "#[fg=red]#{@f}##[x]", "#Q #", "#{@f", "x}y", "[#{@s}] ");

    private static boolean tmux;

    @BeforeAll
    static void startPrivateServer() throws Exception {
        List<String> args = new ArrayList<>(List.of("-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24"));
        for (Map.Entry<String, String> v : VARS.entrySet()) {
            args.addAll(List.of(";", "set-option", "-g", v.getKey(), v.getValue()));
        }
        try {
            tmux = run(args.toArray(String[]::new)).exitCode == 0;
        } catch (IOException noTmux) {
            tmux = false;
        }
    }

    @AfterAll
    static void killPrivateServer() throws Exception {
        if (tmux) {
            run("kill-server");
        }
    }

    @Test
    void weftExpandsTheseFormatsAsTmuxDoes() throws Exception {
        assumeTrue(tmux, "tmux is not installed");
        // one tmux client runs them all: display-message -p F1 ; display-message -p F2 ...
        List<String> args = new ArrayList<>();
        for (String f : FORMATS) {
            if (!args.isEmpty()) {
                args.add(";");
            }
            args.addAll(List.of("display-message", "-p", f));
        }
        Result r = run(args.toArray(String[]::new));
        assertThat(r.exitCode).isZero();
        List<String> lines = List.of(r.out.split("\n", -1));
        assertThat(lines).hasSameSizeAs(FORMATS);
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < FORMATS.size(); i++) {
            String f = FORMATS.get(i);
            soft.assertThat(Formats.expand(f, VARS::get, null)).as(f).isEqualTo(lines.get(i));
        }
        soft.assertAll();
    }

    private record Result(int exitCode, String out) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SERVER));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, out);
        }
        return new Result(p.exitValue(), out.endsWith("\n") ? out.substring(0, out.length() - 1) : out);
    }
}
