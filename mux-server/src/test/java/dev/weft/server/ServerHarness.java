package dev.weft.server;

import static org.awaitility.Awaitility.await;

import dev.weft.config.WeftConfig;
import dev.weft.protocol.Pdu;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A real server on a real socket in a temporary directory, with its test clients; closed after each test. */
final class ServerHarness implements AutoCloseable {
    final Path dir;
    final Path socket;
    final MuxServer server;
    private final List<TestClient> clients = new ArrayList<>();

    ServerHarness(Path dir) throws Exception {
        this(dir, WeftConfig.DEFAULTS);
    }

    ServerHarness(Path dir, WeftConfig config) throws Exception {
        this.dir = dir;
        this.socket = dir.resolve("run").resolve("default.sock");
        this.server = MuxServer.start(new ServerOptions(socket, false, config));
    }

    TestClient client() throws Exception {
        TestClient c = TestClient.greeted(socket);
        clients.add(c);
        return c;
    }

    /** A detached session of {@code cols x rows} running {@code command} (empty: the default shell). */
    Pdu.SessionCreated newSession(TestClient c, String name, int cols, int rows, String... command) throws Exception {
        c.send(new Pdu.NewSession(c.nextRequestId(), name, dir.toString(), List.of(command), List.of(), cols, rows));
        return c.expect(Pdu.SessionCreated.class);
    }

    /** capture-pane -p of a pane. */
    static String capture(TestClient c, String target) throws Exception {
        c.send(new Pdu.CapturePane(c.nextRequestId(), target, 0, Integer.MAX_VALUE, false, false));
        return c.expect(Pdu.CaptureResult.class).text();
    }

    /** Type literal text into a pane. */
    static void type(TestClient c, String target, String text) throws Exception {
        c.send(new Pdu.SendKeys(c.nextRequestId(), target, List.of(text), true));
        c.expect(Pdu.OkReply.class);
    }

    /** Wait until the pane shows anything (a shell's prompt), so typed input does not race its start. */
    static void awaitPrompt(TestClient c, String target) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> !capture(c, target).isBlank());
    }

    /** Wait until {@code capture-pane} of the target contains {@code text}. */
    static void awaitText(TestClient c, String target, String text) {
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).until(() -> {
                last.set(capture(c, target));
                return last.get().contains(text);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no \"" + text + "\" in " + target + ":\n" + last.get(), e);
        }
    }

    @Override
    public void close() throws Exception {
        for (TestClient c : clients) {
            c.close();
        }
        server.shutdown();
    }
}
