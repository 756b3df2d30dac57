package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;

/**
 * set-option's input: any name and value. A normal test run replays
 * {@code src/test/resources/dev/weft/config/OptionsFuzzTestInputs/with/}.
 */
class OptionsFuzzTest {
    private static final Options D = Options.defaults(Map.of());

    /**
     * Only IllegalArgumentException escapes, with one line; an accepted value reads back through
     * the typed getter of its kind and is accepted again as it was stored.
     */
    @FuzzTest(maxDuration = "60s")
    void with(FuzzedDataProvider data) {
        String name = data.consumeBoolean()
                ? OptionTable.names().get(data.consumeInt(0, OptionTable.names().size() - 1))
                : data.consumeString(40);
        String value = data.consumeRemainingAsString();
        Options o;
        try {
            o = D.with(name, value);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        OptionSpec spec = OptionTable.find(name);
        String stored = o.asMap().get(spec.name());
        switch (spec.kind()) {
            case INT -> assertThat(o.getInt(name)).isBetween(spec.min(), spec.max());
            case BOOL -> assertThat(stored).isIn("on", "off");
            case CHOICE -> assertThat(spec.choices()).contains(stored);
            case STYLE -> o.getStyle(spec.name());
            case ARGV -> assertThat(o.getArgv(name)).allSatisfy(a -> assertThat(a).isNotEmpty());
            case FORMAT -> assertThat(Formats.check(stored)).isNull();
            default -> assertThat(stored).isNotNull();
        }
        assertThat(D.with(spec.name(), stored).asMap()).isEqualTo(o.asMap());
    }
}
