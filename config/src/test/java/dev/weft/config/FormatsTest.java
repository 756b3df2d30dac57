package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    /** Saturday 7 March 2026, 09:05:03 in Berlin (CET). */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 7, 9, 5, 3, 0, ZoneId.of("Europe/Berlin"));

    /** The variables of a session "work", tab 1 "zsh" (current, zoomed), pane %3 with a long title. */
    static final Map<String, String> VARS = Map.ofEntries(
            Map.entry("session_name", "work"),
            Map.entry("window_index", "1"),
            Map.entry("window_name", "zsh"),
            Map.entry("window_flags", "*Z"),
            Map.entry("pane_title", "a very long pane title that goes on"),
            Map.entry("host", "box.example.org"),
            Map.entry("host_short", "box"),
            Map.entry("pane_index", "0"),
            Map.entry("pane_id", "%3"),
            Map.entry("empty", ""),
            Map.entry("zero", "0"),
            Map.entry("wide", "日本語のタイトル"),
            Map.entry("path", "/home/u/src/"),
            Map.entry("percent", "100%H"),
            Map.entry("marked", "#[fg=red]abcdef"));

    static String expand(String format) {
        return Formats.expand(format, VARS::get, NOW);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
        // tmux's defaults
        "[#S] => [work]",
        "`\"#{=21:pane_title}\" %H:%M %d-%b-%y` => `\"a very long pane titl\" 09:05 07-Mar-26`",
        "#I:#W#{?window_flags,#{window_flags}, } => 1:zsh*Z",
        "#{?empty,#{empty}, }| => ` |`",
        // short names
        "#S #I #W #T #H #h #P #D #F => work 1 zsh a very long pane title that goes on box.example.org box 0 %3 *Z",
        "#Q #X ## #, #} # => `#Q #X # , } #`",
        // truncation, padding
        "#{=4:session_name}|#{=-2:session_name}|#{=9:session_name} => work|rk|work",
        "#{=/6/…:pane_title} => a very…",
        "#{=/-6/…:pane_title} => …oes on",
        "#{=5:wide}|#{=-5:wide}|#{=4:wide} => 日本|トル|日本",
        "#{=3;p5:pane_title}| => `a v  |`",
        "#{p6:session_name}|#{p-6:session_name}| => `work  |  work|`",
        "#{=:session_name}|#{=x:session_name} => work|work",
        "#{=3:marked} => #[fg=red]abc",
        // conditionals and comparisons
        "#{?zero,yes,no} #{?nope,yes,no} #{?,a,b} => no no b",
        "#{?session_name,#[bold]x#,y,z} => `#[bold]x,y`",
        "#{?empty,a,window_flags,b,c} => `window_flags,b,c`",
        "#{?session_name} #{?session_name,a}| => ` |`",
        "#{?#{==:#{session_name},work},same,diff} => same",
        "#{==:#S,work}#{!=:#S,work}#{<:a,b}#{>:a,b} => 1010",
        "#{||:#{empty},#{zero}}#{&&:#{window_flags},1} => 01",
        // modifiers
        "#{l:#{session_name}} => #{session_name}",
        "#{b:path} #{d:path} => src /home/u",
        "#{pane_title:x}#{ session_name}#{nope}| => |",
        // style markers are kept, short names inside them are not expanded
        "#[fg=red]#S##[x]#[bg=#{?zero,red,blue}] => #[fg=red]work##[x]#[bg=blue]",
        "#[fg=#S] => #[fg=#S]",
        // strftime: the format's text only, never a variable's value
        "%H:%M:%S %d %e %m %y %Y => 09:05:03 07  7 03 26 2026",
        "%a %A %b %B %I %p %Z %% %Q % => Sat Saturday Mar March 09 AM CET % %Q %",
        "#{percent} #{?session_name,%H,x} => 100%H 09",
        // broken formats do not throw
        "abc#{session_name => abc",
        "x}y#{ => x}y",
    })
    void expandsAsTmux(String format, String expected) {
        assertThat(expand(format)).isEqualTo(expected);
    }

    @Test
    void aZeroOffsetIsUtcAsInC() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 3, 7, 21, 5, 3, 0, java.time.ZoneOffset.UTC);
        assertThat(Formats.expand("%Z %I %p", name -> null, utc)).isEqualTo("UTC 09 PM");
        ZonedDateTime plus2 = ZonedDateTime.of(2026, 3, 7, 0, 5, 3, 0, java.time.ZoneOffset.ofHours(2));
        assertThat(Formats.expand("%Z %I %p", name -> null, plus2)).isEqualTo("+02:00 12 AM");
    }

    @Test
    void missingVariablesAndNullsAreEmpty() {
        assertThat(Formats.expand("[#S] #{x}", name -> null, NOW)).isEqualTo("[] ");
        assertThat(Formats.expand("[#S] %H", null, null)).isEqualTo("[] %H");
        assertThat(Formats.expand(null, VARS::get, NOW)).isEmpty();
        Function<String, String> throwing = name -> {
            throw new IllegalStateException("boom");
        };
        assertThat(Formats.expand("<#S>", throwing, NOW)).isEqualTo("<>");
    }

    @Test
    void deepNestingStopsInsteadOfOverflowing() {
        String deep = "#{?session_name,".repeat(5000) + "x" + ",y}".repeat(5000);
        assertThat(expand(deep)).isNotNull();
        String deep2 = "#{l:".repeat(100_000);
        assertThat(expand(deep2)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[#S] #{?a,#{b},c} #[fg=red]x ##[ #]    | ",
        "ab#{session_name                         | #{ at column 3 is not closed by }",
        "#{?a,#{b,c}                              | #{ at column 1 is not closed by }",
        "x#[fg=red                                | #[ at column 2 is not closed by ]",
        "日本#{x                                   | #{ at column 3 is not closed by }",
        "#[fg=#{?a,red,blue}]#[bold              | #[ at column 21 is not closed by ]",
        "##{ ##[ #                               | ",
    })
    void checkReportsTheFirstUnclosedOpeningWithItsColumn(String format, String problem) {
        assertThat(Formats.check(format)).isEqualTo(problem);
    }

    @Test
    void cellsCountWideCharactersTwiceAndMarkersNot() {
        assertThat(Cells.width("abc")).isEqualTo(3);
        assertThat(Cells.width("日本")).isEqualTo(4);
        assertThat(Cells.width("e\u0301")).isEqualTo(1);
        assertThat(Cells.width("#[fg=red]ab#[default]")).isEqualTo(2);
        assertThat(Cells.width("\uD83D\uDE00")).isEqualTo(2);
        assertThat(Cells.keepStart("a日b", 2)).isEqualTo("a");
        assertThat(Cells.keepEnd("a日b", 2)).isEqualTo("b");
        assertThat(Cells.keepEnd("a日b", 3)).isEqualTo("日b");
    }
}
