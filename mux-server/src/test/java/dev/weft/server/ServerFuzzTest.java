package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.weft.emulator.Terminal;
import dev.weft.emulator.TerminalListener;
import java.util.List;

/**
 * Fuzz targets for what clients send the server beyond the frame codec: target strings and
 * capture-pane ranges. A normal test run replays the inputs under
 * {@code src/test/resources/dev/weft/server/ServerFuzzTestInputs/<method>/}; run with
 * {@code JAZZER_FUZZ=1} to search for new ones.
 */
class ServerFuzzTest {

    /** Any target string resolves or fails with a one-line MuxException, never anything else. */
    @FuzzTest(maxDuration = "60s")
    void targets(FuzzedDataProvider data) {
        String target = data.consumeRemainingAsString();
        List<Session> sessions = List.of(new Session(0, "work", 0, 80, 24), new Session(3, "1", 0, 80, 24));
        try {
            Target t = TargetParser.resolve(target, () -> sessions);
            assertThat(sessions).contains(t.session());
        } catch (MuxException e) {
            assertThat(e.getMessage()).isNotEmpty().doesNotContain("\n");
        }
    }

    /** Any target of any kind, relative to no current state: resolves into the model or a one-line MuxException. */
    @FuzzTest(maxDuration = "60s")
    void targetsOfEveryKind(FuzzedDataProvider data) {
        TargetParser.Kind kind = TargetParser.Kind.values()[data.consumeInt(0, 2)];
        String target = data.consumeRemainingAsString();
        List<Session> sessions = List.of(new Session(0, "work", 0, 80, 24), new Session(3, "1", 0, 80, 24));
        try {
            Target t = TargetParser.resolve(target, () -> sessions, null, kind);
            assertThat(sessions).contains(t.session());
        } catch (MuxException e) {
            assertThat(e.getMessage()).isNotEmpty().doesNotContain("\n");
        }
    }

    /** Any argv for any command: parsed, or a one-line usage error naming the command. */
    @FuzzTest(maxDuration = "60s")
    void commandArguments(FuzzedDataProvider data) {
        List<String> names = Commands.names();
        String name = names.get(data.consumeInt(0, names.size() - 1));
        java.util.List<String> words = new java.util.ArrayList<>();
        int n = data.consumeInt(0, 8);
        for (int i = 0; i < n; i++) {
            words.add(data.consumeString(12));
        }
        try {
            Command c = Commands.find(name);
            Args args = Args.parse(c.spec(), words);
            assertThat(args.positional().size()).isGreaterThanOrEqualTo(c.spec().minArgs());
            assertThat(words).containsAll(args.positional());
        } catch (MuxException e) {
            assertThat(e.getMessage()).startsWith("command " + name + ": ").contains("usage: " + name).doesNotContain("\n");
        }
    }

    /** Any range over any screen: one line per row, never an exception. */
    @FuzzTest(maxDuration = "60s")
    void captureRanges(FuzzedDataProvider data) {
        int cols = data.consumeInt(1, 40);
        int rows = data.consumeInt(1, 12);
        int start = data.consumeInt();
        int end = data.consumeInt();
        boolean escapes = data.consumeBoolean();
        boolean join = data.consumeBoolean();
        byte[] output = data.consumeRemainingAsBytes();
        Terminal t = new Terminal(cols, rows, 50, TerminalListener.NONE);
        t.feed(output, 0, output.length);
        String text = PaneCapture.capture(t, start, end, escapes, join);
        int history = t.scrollbackSize();
        int lines = (int) text.chars().filter(c -> c == '\n').count();
        assertThat(lines).isBetween(1, history + t.rows());
        assertThat(text).endsWith("\n");
    }
}
