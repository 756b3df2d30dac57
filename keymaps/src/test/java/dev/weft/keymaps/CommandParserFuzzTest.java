package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz target for the command-line parser. A normal test run replays the inputs under
 * {@code src/test/resources/dev/weft/keymaps/CommandParserFuzzTestInputs/parseQuote/}; run with
 * {@code JAZZER_FUZZ=1} to search for new ones.
 */
class CommandParserFuzzTest {

    /** Any line: parses or throws CommandSyntaxException (one line); each command quotes back to itself. */
    @FuzzTest(maxDuration = "60s")
    void parseQuote(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        List<List<String>> commands;
        try {
            commands = CommandParser.parse(line);
        } catch (CommandSyntaxException e) {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
            assertThat(e.column()).isBetween(1, Math.max(1, line.length()));
            return;
        }
        for (List<String> argv : commands) {
            assertThat(argv).isNotEmpty();
            assertThat(CommandParser.parse(CommandParser.quote(argv))).isEqualTo(List.of(argv));
        }
    }
}
