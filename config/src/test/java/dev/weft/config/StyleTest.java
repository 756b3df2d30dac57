package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleTest {
    private static final int I = Style.INDEXED;
    private static final int U = Style.UNSET;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text                          | fg            | bg           | attrs | cleared
        "''                              | -1            | -1           | 0     | 0",
        "default                         | -1            | -1           | 0     | 0",
        "fg=red                          | 16777217      | -1           | 0     | 0",
        "bg=green,fg=black               | 16777216      | 16777218     | 0     | 0",
        "fg=brightred                    | 16777225      | -1           | 0     | 0",
        "fg=colour255,bg=color0          | 16777471      | 16777216     | 0     | 0",
        "fg=#ff8700                      | 50300672      | -1           | 0     | 0",
        "fg=#FF8700                      | 50300672      | -1           | 0     | 0",
        "fg=default,bg=terminal          | 0             | 0            | 0     | 0",
        "fg=3,bg=97                      | 16777219      | 16777231     | 0     | 0",
        "FG=Red                          | 16777217      | -1           | 0     | 0",
        "bold                            | -1            | -1           | 1     | 0",
        "bright,dim,italics              | -1            | -1           | 7     | 0",
        "underscore                      | -1            | -1           | 8     | 48",
        "curly-underscore                | -1            | -1           | 24    | 32",
        "blink reverse hidden strikethrough | -1         | -1           | 960   | 0",
        "overline                        | -1            | -1           | 1024  | 0",
        "nobold                          | -1            | -1           | 0     | 1",
        "bold,nobold                     | -1            | -1           | 0     | 1",
        "nobold,bold                     | -1            | -1           | 1     | 0",
        "nounderscore                    | -1            | -1           | 0     | 56",
        "none                            | -1            | -1           | 0     | 2047",
        "none,bold                       | -1            | -1           | 1     | 2046",
        "'fg=red bold,,nobold'           | 16777217      | -1           | 0     | 1",
        "fg=red,default                  | -1            | -1           | 0     | 0",
        "align=right,fill=red,list=on,range=window,push-default,pop-default | -1 | -1 | 0 | 0",
        "acs                             | -1            | -1           | 0     | 0",
    })
    void parsesAsTmuxDoes(String text, int fg, int bg, int attrs, int cleared) {
        Style s = Style.parse(text);
        assertThat(s).isEqualTo(new Style(fg, bg, attrs, cleared));
        assertThat(Style.parse(s.format())).as(s.format()).isEqualTo(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fg=purplish  | bad colour \"purplish\" in \"fg=purplish\": use a name (red, brightred), colour0..colour255, #rrggbb or default",
        "bg=colour256 | bad colour \"colour256\" in \"bg=colour256\": use a name (red, brightred), colour0..colour255, #rrggbb or default",
        "fg=#12345    | bad colour \"#12345\" in \"fg=#12345\": use a name (red, brightred), colour0..colour255, #rrggbb or default",
        "fg=          | bad colour \"\" in \"fg=\": use a name (red, brightred), colour0..colour255, #rrggbb or default",
        "bolt         | unknown style item \"bolt\" (did you mean \"bold\"?)",
        "xx=1         | unknown style item \"xx=1\" (did you mean \"fg=\"?)",
        "zzzzzzzzzzzz | unknown style item \"zzzzzzzzzzzz\" (use fg=COLOUR, bg=COLOUR, attributes such as bold or nobold, default or none)",
    })
    void badStylesSayWhatIsWrongOnOneLine(String text, String message) {
        assertThatThrownBy(() -> Style.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void overKeepsTheBaseWhereNothingIsGiven() {
        Style base = Style.parse("bg=green,fg=black,bold,underscore");
        assertThat(Style.parse("fg=red").over(base)).isEqualTo(new Style(I | 1, I | 2, 1 | 8, 48));
        assertThat(Style.parse("nobold").over(base)).isEqualTo(new Style(I, I | 2, 8, 48 | 1));
        assertThat(Style.parse("double-underscore").over(base).attrs()).isEqualTo(1 | (2 << 3));
        assertThat(Style.parse("none").over(base)).isEqualTo(new Style(I, I | 2, 0, Style.ALL_ATTRS));
        assertThat(Style.NONE.over(base)).isEqualTo(base);
        assertThat(base.over(Style.NONE)).isEqualTo(base);
    }

    @Test
    void segmentsSplitAtMarkersOverTheBase() {
        Style base = Style.parse("bg=green,fg=black");
        List<Style.Segment> s = Style.segments("[w] #[fg=red,bold]1:zsh*#[default] 2:vim#[nobold]", base);
        assertThat(s).containsExactly(
                new Style.Segment(base, "[w] "),
                new Style.Segment(new Style(I | 1, I | 2, 1, 0), "1:zsh*"),
                new Style.Segment(base, " 2:vim"));
        assertThat(Style.segments("", base)).isEmpty();
        assertThat(Style.segments("plain", base)).containsExactly(new Style.Segment(base, "plain"));
    }

    @Test
    void markersStackAndDefaultReturnsToTheBase() {
        Style base = Style.parse("fg=black");
        List<Style.Segment> s = Style.segments("#[bold]a#[fg=red]b#[nobold]c#[default,italics]d", base);
        assertThat(s).extracting(Style.Segment::text).containsExactly("a", "b", "c", "d");
        assertThat(s.get(0).style()).isEqualTo(new Style(I, U, 1, 0));
        assertThat(s.get(1).style()).isEqualTo(new Style(I | 1, U, 1, 0));
        assertThat(s.get(2).style()).isEqualTo(new Style(I | 1, U, 0, 1));
        assertThat(s.get(3).style()).isEqualTo(new Style(I, U, 4, 0));
    }

    @Test
    void badOrUnclosedMarkersAndEscapedHashesAreText() {
        Style base = Style.NONE;
        assertThat(Style.segments("a#[fg=nope]b", base)).containsExactly(new Style.Segment(base, "a#[fg=nope]b"));
        assertThat(Style.segments("a#[bold", base)).containsExactly(new Style.Segment(base, "a#[bold"));
        assertThat(Style.segments("##[bold]x", base)).containsExactly(new Style.Segment(base, "#[bold]x"));
        assertThat(Style.segments("###[bold]x", base)).containsExactly(
                new Style.Segment(base, "#"), new Style.Segment(Style.parse("bold"), "x"));
        assertThat(Style.segments("50# done#", base)).containsExactly(new Style.Segment(base, "50# done#"));
    }
}
