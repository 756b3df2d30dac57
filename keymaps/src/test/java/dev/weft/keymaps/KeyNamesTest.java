package dev.weft.keymaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyNamesTest {
    private static final int C = KeyEvent.CTRL;
    private static final int M = KeyEvent.ALT;
    private static final int S = KeyEvent.SHIFT;

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("a", KeyEvent.ofChar('a', 0), "a"),
                Arguments.of("A", KeyEvent.ofChar('A', 0), "A"),
                Arguments.of("é", KeyEvent.ofChar('é', 0), "é"),
                Arguments.of("😀", KeyEvent.ofChar(0x1f600, 0), "😀"),
                Arguments.of("-", KeyEvent.ofChar('-', 0), "-"),
                Arguments.of("^", KeyEvent.ofChar('^', 0), "^"),
                Arguments.of("C-b", KeyEvent.ofChar('b', C), "C-b"),
                Arguments.of("c-b", KeyEvent.ofChar('b', C), "C-b"),
                Arguments.of("M-x", KeyEvent.ofChar('x', M), "M-x"),
                Arguments.of("C-M-x", KeyEvent.ofChar('x', C | M), "C-M-x"),
                Arguments.of("M-C-x", KeyEvent.ofChar('x', C | M), "C-M-x"),
                Arguments.of("S-M-C-Up", KeyEvent.of(KeyCode.UP, C | M | S), "C-M-S-Up"),
                Arguments.of("C--", KeyEvent.ofChar('-', C), "C--"),
                Arguments.of("M-^", KeyEvent.ofChar('^', M), "M-^"),
                Arguments.of("^A", KeyEvent.ofChar('a', C), "C-a"),
                Arguments.of("^a", KeyEvent.ofChar('a', C), "C-a"),
                Arguments.of("^[", KeyEvent.ofChar('[', C), "C-["),
                Arguments.of("^Up", KeyEvent.of(KeyCode.UP, C), "C-Up"),
                Arguments.of("Enter", KeyEvent.of(KeyCode.ENTER, 0), "Enter"),
                Arguments.of("enter", KeyEvent.of(KeyCode.ENTER, 0), "Enter"),
                Arguments.of("Escape", KeyEvent.of(KeyCode.ESCAPE, 0), "Escape"),
                Arguments.of("Tab", KeyEvent.of(KeyCode.TAB, 0), "Tab"),
                Arguments.of("BTab", KeyEvent.of(KeyCode.TAB, S), "BTab"),
                Arguments.of("S-Tab", KeyEvent.of(KeyCode.TAB, S), "BTab"),
                Arguments.of("C-BTab", KeyEvent.of(KeyCode.TAB, C | S), "C-BTab"),
                Arguments.of("BSpace", KeyEvent.of(KeyCode.BACKSPACE, 0), "BSpace"),
                Arguments.of("Space", KeyEvent.of(KeyCode.SPACE, 0), "Space"),
                Arguments.of(" ", KeyEvent.of(KeyCode.SPACE, 0), "Space"),
                Arguments.of("C-Space", KeyEvent.of(KeyCode.SPACE, C), "C-Space"),
                Arguments.of("Up", KeyEvent.of(KeyCode.UP, 0), "Up"),
                Arguments.of("Down", KeyEvent.of(KeyCode.DOWN, 0), "Down"),
                Arguments.of("Left", KeyEvent.of(KeyCode.LEFT, 0), "Left"),
                Arguments.of("Right", KeyEvent.of(KeyCode.RIGHT, 0), "Right"),
                Arguments.of("Home", KeyEvent.of(KeyCode.HOME, 0), "Home"),
                Arguments.of("End", KeyEvent.of(KeyCode.END, 0), "End"),
                Arguments.of("IC", KeyEvent.of(KeyCode.INSERT, 0), "IC"),
                Arguments.of("DC", KeyEvent.of(KeyCode.DELETE, 0), "DC"),
                Arguments.of("PPage", KeyEvent.of(KeyCode.PAGE_UP, 0), "PPage"),
                Arguments.of("PageUp", KeyEvent.of(KeyCode.PAGE_UP, 0), "PPage"),
                Arguments.of("PgUp", KeyEvent.of(KeyCode.PAGE_UP, 0), "PPage"),
                Arguments.of("NPage", KeyEvent.of(KeyCode.PAGE_DOWN, 0), "NPage"),
                Arguments.of("PageDown", KeyEvent.of(KeyCode.PAGE_DOWN, 0), "NPage"),
                Arguments.of("PgDn", KeyEvent.of(KeyCode.PAGE_DOWN, 0), "NPage"),
                Arguments.of("F1", KeyEvent.of(KeyCode.F1, 0), "F1"),
                Arguments.of("f12", KeyEvent.of(KeyCode.F12, 0), "F12"),
                Arguments.of("C-F5", KeyEvent.of(KeyCode.F5, C), "C-F5"),
                Arguments.of("KP0", KeyEvent.of(KeyCode.KP_0, 0), "KP0"),
                Arguments.of("KP9", KeyEvent.of(KeyCode.KP_9, 0), "KP9"),
                Arguments.of("KPEnter", KeyEvent.of(KeyCode.KP_ENTER, 0), "KPEnter"),
                Arguments.of("KP+", KeyEvent.of(KeyCode.KP_PLUS, 0), "KP+"),
                Arguments.of("KP-", KeyEvent.of(KeyCode.KP_MINUS, 0), "KP-"),
                Arguments.of("KP*", KeyEvent.of(KeyCode.KP_MULTIPLY, 0), "KP*"),
                Arguments.of("KP/", KeyEvent.of(KeyCode.KP_DIVIDE, 0), "KP/"),
                Arguments.of("KP.", KeyEvent.of(KeyCode.KP_DECIMAL, 0), "KP."),
                Arguments.of("0x41", KeyEvent.ofChar('A', 0), "A"),
                Arguments.of("0x1f600", KeyEvent.ofChar(0x1f600, 0), "😀"),
                Arguments.of("0x3", KeyEvent.ofChar('c', C), "C-c"),
                Arguments.of("\t", KeyEvent.of(KeyCode.TAB, 0), "Tab"),
                Arguments.of("C-i", KeyEvent.ofChar('i', C), "C-i"));
    }

    @ParameterizedTest(name = "{index}: {2}")
    @MethodSource("names")
    void parsesAndFormatsTmuxNames(String name, KeyEvent expected, String formatted) {
        assertThat(KeyNames.parse(name)).isEqualTo(expected);
        assertThat(KeyNames.format(expected)).isEqualTo(formatted);
        assertThat(KeyNames.parse(formatted)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C-", "C-M-", "Foo", "x-y", "ab", "F13", "KP10", "0xzz", "0xd800", "0x110000",
            "--", "Q-a", "^C-a"})
    void rejectsMalformedNamesWithOneLine(String name) {
        assertThatThrownBy(() -> KeyNames.parse(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("key");
    }

    @Test
    void messageQuotesTheNameSafely() {
        assertThatThrownBy(() -> KeyNames.parse("Fo\no\u001b"))
                .hasMessage("unknown key name \"Fo\\x0ao\\x1b\" (try Enter, C-c, M-x, Up, F5, PPage or a single character)");
        assertThatThrownBy(() -> KeyNames.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyNames.parse("x".repeat(1000))).hasMessageContaining("...\"");
    }

    @Test
    void loneSurrogateIsNotAKey() {
        assertThatThrownBy(() -> KeyNames.parse("\ud800")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatWritesControlCharactersAsCtrlKeys() {
        assertThat(KeyNames.format(KeyEvent.ofChar(0x01, 0))).isEqualTo("C-a");
        assertThat(KeyNames.format(KeyEvent.ofChar(0x7f, 0))).isEqualTo("BSpace");
        assertThat(KeyNames.format(KeyEvent.ofChar(' ', M))).isEqualTo("M-Space");
        assertThat(KeyNames.format(KeyEvent.ofChar(-1, 0))).isEqualTo("0xffffffff");
    }

    @Test
    void canonicalMatchesWhatALegacyTerminalSends() {
        assertThat(KeyNames.parse("C-i").canonical()).isEqualTo(KeyNames.parse("Tab"));
        assertThat(KeyNames.parse("C-m").canonical()).isEqualTo(KeyNames.parse("Enter"));
        assertThat(KeyNames.parse("C-M-[").canonical()).isEqualTo(KeyNames.parse("M-Escape"));
        assertThat(KeyNames.parse("C-?").canonical()).isEqualTo(KeyNames.parse("BSpace"));
        assertThat(KeyNames.parse("C-@").canonical()).isEqualTo(KeyNames.parse("C-Space"));
        assertThat(KeyNames.parse("C-B").canonical()).isEqualTo(KeyNames.parse("C-b"));
        assertThat(KeyEvent.ofChar(' ', M).canonical()).isEqualTo(KeyNames.parse("M-Space"));
        assertThat(KeyNames.parse("Up").canonical()).isEqualTo(KeyNames.parse("Up"));
        assertThat(KeyNames.parse("B").canonical()).isEqualTo(KeyEvent.ofChar('B', 0));
        assertThat(KeyNames.parse("S-a").canonical()).isEqualTo(KeyEvent.ofChar('A', 0));
        assertThat(KeyNames.parse("C-S-a").canonical()).isEqualTo(KeyNames.parse("C-a"));
        assertThat(KeyNames.parse("M-S-a").canonical()).isEqualTo(KeyNames.parse("M-A"));
        assertThat(KeyNames.parse("C-1").canonical()).isEqualTo(KeyNames.parse("1"));
        assertThat(KeyNames.parse("C-Enter").canonical()).isEqualTo(KeyNames.parse("Enter"));
        assertThat(KeyNames.parse("KP1").canonical()).isEqualTo(KeyNames.parse("KP1"));
        assertThat(KeyNames.parse("C-S-Up").canonical()).isEqualTo(KeyNames.parse("C-S-Up"));
        assertThat(KeyEvent.ofChar(-1, 0).canonical()).isEqualTo(KeyEvent.ofChar(-1, 0));
    }
}
