package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * list-sessions, list-windows and list-panes with the flags the choosers build their tree from:
 * {@code -a}, {@code -s}, {@code -F}, {@code -f} (tmux 3.3a semantics), and the
 * {@code window_format}/{@code pane_format} variables that say what a line is for.
 */
class ListCommandsTest {
    @TempDir
    Path tmp;
    private ServerHarness h;
    private TestClient c;

    @BeforeEach
    void start() throws Exception {
        h = new ServerHarness(tmp);
        c = h.client();
        h.newSession(c, "a", 80, 24, "/bin/sh");
        run("new-window", "-t", "a", "-n", "two", "/bin/sh");
        run("split-window", "-t", "a:1", "/bin/sh");
        h.newSession(c, "b", 80, 24, "/bin/sh");
    }

    @AfterEach
    void stop() throws Exception {
        h.close();
    }

    private String run(String... argv) throws Exception {
        return c.run(-1, argv);
    }

    @Test
    void allWindowsAndAllOrSessionPanes() throws Exception {
        assertThat(run("list-windows", "-a", "-F", "#S:#I #{window_panes}")).isEqualTo("a:0 1\na:1 2\nb:0 1");
        assertThat(run("list-panes", "-a", "-F", "#S:#I.#P")).isEqualTo("a:0.0\na:1.0\na:1.1\nb:0.0");
        assertThat(run("list-panes", "-s", "-t", "a", "-F", "#I.#P")).isEqualTo("0.0\n1.0\n1.1");
        assertThat(run("list-panes", "-t", "a:1", "-F", "#P")).isEqualTo("0\n1");
        // tmux's default lines with -a name the session and window
        assertThat(run("list-panes", "-a")).startsWith("a:0.0: [80x24] [history 0]");
        assertThat(run("list-windows", "-a").lines().toList().get(2)).startsWith("b:0: ");
    }

    @Test
    void theFilterKeepsWhatIsTrue() throws Exception {
        assertThat(run("list-sessions", "-F", "#S", "-f", "#{==:#{session_name},b}")).isEqualTo("b");
        assertThat(run("list-windows", "-a", "-F", "#S:#I", "-f", "#{window_name}")).isEqualTo("a:0\na:1\nb:0");
        assertThat(run("list-windows", "-a", "-F", "#S:#I", "-f", "#{==:#{window_name},two}")).isEqualTo("a:1");
        assertThat(run("list-panes", "-a", "-F", "#S:#I.#P", "-f", "#{==:#{pane_index},1}")).isEqualTo("a:1.1");
        assertThat(run("list-panes", "-a", "-F", "#S:#I.#P", "-f", "0")).isEmpty();
        assertThat(run("list-panes", "-a", "-F", "#S", "-f", "#{pane_active}")).isEqualTo("a\na\nb");
        assertThatThrownBy(() -> run("list-sessions", "-f")).hasMessageContaining("-f expects an argument");
    }

    @Test
    void eachListSaysWhatKindOfLineItIs() throws Exception {
        String kind = "#{?pane_format,pane,#{?window_format,window,session}}";
        assertThat(run("list-sessions", "-F", kind)).isEqualTo("session\nsession");
        assertThat(run("list-windows", "-t", "b", "-F", kind)).isEqualTo("window");
        assertThat(run("list-panes", "-t", "b", "-F", kind)).isEqualTo("pane");
        // display-message is no list: neither is set (empty, as tmux)
        assertThat(run("display-message", "-p", "-t", "b", "[#{pane_format}]")).isEqualTo("[]");
    }

    @Test
    void listClientsFiltersToo() throws Exception {
        TestClient attached = h.client();
        attached.send(new dev.weft.protocol.Pdu.Attach(attached.nextRequestId(), "a", 80, 24, false));
        attached.expect(dev.weft.protocol.Pdu.Attached.class);
        assertThat(run("list-clients", "-F", "#{session_name}")).isEqualTo("a");
        assertThat(run("list-clients", "-F", "#{session_name}", "-f", "#{==:#{session_name},a}")).isEqualTo("a");
        assertThat(run("list-clients", "-F", "#{session_name}", "-f", "#{==:#{session_name},b}")).isEmpty();
    }

    @Test
    void sessionActivityIsAnEpochTime() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        long activity = Long.parseLong(run("display-message", "-p", "-t", "a", "#{session_activity}"));
        assertThat(activity).isBetween(now - 120, now + 1);
    }
}
