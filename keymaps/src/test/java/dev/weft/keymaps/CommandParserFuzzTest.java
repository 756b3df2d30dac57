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
        // Output stays linear in the input (only ~ grows, to $HOME): no blow-up from nesting.
        int bound = line.length() * Math.max(2, String.valueOf(System.getenv("HOME")).length()) + 1;
        for (List<String> argv : commands) {
            assertThat(argv).isNotEmpty();
            assertThat(argv).allSatisfy(word -> assertThat(word.length()).isLessThanOrEqualTo(bound));
            assertThat(CommandParser.parse(CommandParser.quote(argv))).isEqualTo(List.of(argv));
        }
    }
}
