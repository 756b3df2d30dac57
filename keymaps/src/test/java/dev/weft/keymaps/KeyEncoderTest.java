package dev.weft.keymaps;

import static dev.weft.keymaps.Bytes.show;
import static dev.weft.keymaps.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyEncoderTest {
    private static final KeyModes NORMAL = KeyModes.DEFAULT;
    private static final KeyModes APP_CURSOR = new KeyModes(true, false, false, 0);
    private static final KeyModes APP_KEYPAD = new KeyModes(false, true, false, 0);
    private static final KeyModes KITTY = new KeyModes(false, false, false, 1);
    private static final KeyModes KITTY_ALL = new KeyModes(false, false, false, 1 | 8);

    static Stream<Arguments> legacy() {
        return Stream.of(
                // name, modes, expected
                Arguments.of("a", NORMAL, "a"),
                Arguments.of("A", NORMAL, "A"),
                Arguments.of("S-a", NORMAL, "A"),
                Arguments.of("é", NORMAL, "é"),
                Arguments.of("😀", NORMAL, "😀"),
                Arguments.of("C-a", NORMAL, "\u0001"),
                Arguments.of("C-A", NORMAL, "\u0001"),
                Arguments.of("C-z", NORMAL, "\u001a"),
                Arguments.of("C-@", NORMAL, "\u0000"),
                Arguments.of("C-Space", NORMAL, "\u0000"),
                Arguments.of("C-[", NORMAL, "\u001b"),
                Arguments.of("C-\\", NORMAL, "\u001c"),
                Arguments.of("C-]", NORMAL, "\u001d"),
                Arguments.of("C-^", NORMAL, "\u001e"),
                Arguments.of("C-_", NORMAL, "\u001f"),
                Arguments.of("C-?", NORMAL, "\u007f"),
                Arguments.of("C-1", NORMAL, "1"),
                Arguments.of("M-a", NORMAL, "\u001ba"),
                Arguments.of("M-A", NORMAL, "\u001bA"),
                Arguments.of("C-M-a", NORMAL, "\u001b\u0001"),
                Arguments.of("M-é", NORMAL, "\u001bé"),
                Arguments.of("Space", NORMAL, " "),
                Arguments.of("M-Space", NORMAL, "\u001b "),
                Arguments.of("Enter", NORMAL, "\r"),
                Arguments.of("M-Enter", NORMAL, "\u001b\r"),
                Arguments.of("Tab", NORMAL, "\t"),
                Arguments.of("BTab", NORMAL, "\u001b[Z"),
                Arguments.of("S-Tab", NORMAL, "\u001b[Z"),
                Arguments.of("BSpace", NORMAL, "\u007f"),
                Arguments.of("M-BSpace", NORMAL, "\u001b\u007f"),
                Arguments.of("C-BSpace", NORMAL, "\b"),
                Arguments.of("Escape", NORMAL, "\u001b"),
                Arguments.of("M-Escape", NORMAL, "\u001b\u001b"),
                Arguments.of("Up", NORMAL, "\u001b[A"),
                Arguments.of("Down", NORMAL, "\u001b[B"),
                Arguments.of("Right", NORMAL, "\u001b[C"),
                Arguments.of("Left", NORMAL, "\u001b[D"),
                Arguments.of("Up", APP_CURSOR, "\u001bOA"),
                Arguments.of("Left", APP_CURSOR, "\u001bOD"),
                Arguments.of("S-Up", NORMAL, "\u001b[1;2A"),
                Arguments.of("M-Up", NORMAL, "\u001b[1;3A"),
                Arguments.of("C-Up", NORMAL, "\u001b[1;5A"),
                Arguments.of("C-Up", APP_CURSOR, "\u001b[1;5A"),
                Arguments.of("C-M-S-Right", NORMAL, "\u001b[1;8C"),
                Arguments.of("Home", NORMAL, "\u001b[H"),
                Arguments.of("End", NORMAL, "\u001b[F"),
                Arguments.of("Home", APP_CURSOR, "\u001bOH"),
                Arguments.of("End", APP_CURSOR, "\u001bOF"),
                Arguments.of("C-End", NORMAL, "\u001b[1;5F"),
                Arguments.of("IC", NORMAL, "\u001b[2~"),
                Arguments.of("DC", NORMAL, "\u001b[3~"),
                Arguments.of("PPage", NORMAL, "\u001b[5~"),
                Arguments.of("NPage", NORMAL, "\u001b[6~"),
                Arguments.of("S-PPage", NORMAL, "\u001b[5;2~"),
                Arguments.of("C-DC", NORMAL, "\u001b[3;5~"),
                Arguments.of("F1", NORMAL, "\u001bOP"),
                Arguments.of("F2", NORMAL, "\u001bOQ"),
                Arguments.of("F3", NORMAL, "\u001bOR"),
                Arguments.of("F4", NORMAL, "\u001bOS"),
                Arguments.of("C-F1", NORMAL, "\u001b[1;5P"),
                Arguments.of("S-F4", NORMAL, "\u001b[1;2S"),
                Arguments.of("F5", NORMAL, "\u001b[15~"),
                Arguments.of("F6", NORMAL, "\u001b[17~"),
                Arguments.of("F7", NORMAL, "\u001b[18~"),
                Arguments.of("F8", NORMAL, "\u001b[19~"),
                Arguments.of("F9", NORMAL, "\u001b[20~"),
                Arguments.of("F10", NORMAL, "\u001b[21~"),
                Arguments.of("F11", NORMAL, "\u001b[23~"),
                Arguments.of("F12", NORMAL, "\u001b[24~"),
                Arguments.of("C-F5", NORMAL, "\u001b[15;5~"),
                Arguments.of("M-F12", NORMAL, "\u001b[24;3~"),
                Arguments.of("KP0", NORMAL, "0"),
                Arguments.of("KP9", NORMAL, "9"),
                Arguments.of("KPEnter", NORMAL, "\r"),
                Arguments.of("KP+", NORMAL, "+"),
                Arguments.of("KP-", NORMAL, "-"),
                Arguments.of("KP*", NORMAL, "*"),
                Arguments.of("KP/", NORMAL, "/"),
                Arguments.of("KP.", NORMAL, "."),
                Arguments.of("KP0", APP_KEYPAD, "\u001bOp"),
                Arguments.of("KP9", APP_KEYPAD, "\u001bOy"),
                Arguments.of("KPEnter", APP_KEYPAD, "\u001bOM"),
                Arguments.of("KP+", APP_KEYPAD, "\u001bOk"),
                Arguments.of("KP-", APP_KEYPAD, "\u001bOm"),
                Arguments.of("KP*", APP_KEYPAD, "\u001bOj"),
                Arguments.of("KP/", APP_KEYPAD, "\u001bOo"),
                Arguments.of("KP.", APP_KEYPAD, "\u001bOn"),
                Arguments.of("Up", APP_KEYPAD, "\u001b[A"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("legacy")
    void encodesLikeXterm(String name, KeyModes modes, String expected) {
        assertThat(show(KeyEncoder.encode(KeyNames.parse(name), modes))).isEqualTo(show(utf8(expected)));
    }

    static Stream<Arguments> kitty() {
        return Stream.of(
                Arguments.of("Escape", KITTY, "\u001b[27u"),
                Arguments.of("M-Escape", KITTY, "\u001b[27;3u"),
                Arguments.of("C-i", KITTY, "\u001b[105;5u"),
                Arguments.of("Tab", KITTY, "\t"),
                Arguments.of("C-Tab", KITTY, "\u001b[9;5u"),
                Arguments.of("BTab", KITTY, "\u001b[9;2u"),
                Arguments.of("Enter", KITTY, "\r"),
                Arguments.of("S-Enter", KITTY, "\u001b[13;2u"),
                Arguments.of("BSpace", KITTY, "\u007f"),
                Arguments.of("C-BSpace", KITTY, "\u001b[127;5u"),
                Arguments.of("C-a", KITTY, "\u001b[97;5u"),
                Arguments.of("C-A", KITTY, "\u001b[97;6u"),
                Arguments.of("M-a", KITTY, "\u001b[97;3u"),
                Arguments.of("C-M-a", KITTY, "\u001b[97;7u"),
                Arguments.of("C-Space", KITTY, "\u001b[32;5u"),
                Arguments.of("Space", KITTY, " "),
                Arguments.of("a", KITTY, "a"),
                Arguments.of("S-a", KITTY, "A"),
                Arguments.of("C-[", KITTY, "\u001b[91;5u"),
                Arguments.of("Up", KITTY, "\u001b[A"),
                Arguments.of("C-Up", KITTY, "\u001b[1;5A"),
                Arguments.of("F5", KITTY, "\u001b[15~"),
                Arguments.of("KPEnter", KITTY, "\u001b[57414u"),
                Arguments.of("KP5", KITTY, "5"),
                Arguments.of("C-KP5", KITTY, "\u001b[57404;5u"),
                Arguments.of("a", KITTY_ALL, "\u001b[97u"),
                Arguments.of("A", KITTY_ALL, "\u001b[97;2u"),
                Arguments.of("Enter", KITTY_ALL, "\u001b[13u"),
                Arguments.of("Space", KITTY_ALL, "\u001b[32u"));
    }

    @ParameterizedTest(name = "{0} with kitty flags {1}")
    @MethodSource("kitty")
    void encodesKittyDisambiguation(String name, KeyModes modes, String expected) {
        assertThat(show(KeyEncoder.encode(KeyNames.parse(name), modes))).isEqualTo(show(utf8(expected)));
    }

    @Test
    void oddKeyEventsEncodeToNothingRatherThanThrow() {
        assertThat(KeyEncoder.encode(KeyEvent.ofChar(-5, 0), NORMAL)).isEmpty();
        assertThat(KeyEncoder.encode(KeyEvent.ofChar(0xd800, KeyEvent.ALT), NORMAL)).isEmpty();
        assertThat(KeyEncoder.encode(KeyEvent.ofChar(0x110000, 0), KITTY)).isEmpty();
        assertThat(KeyEncoder.encode(null, NORMAL)).isEmpty();
        assertThat(show(KeyEncoder.encode(KeyEvent.ofChar('x', 0), null))).isEqualTo("x");
    }

    @Test
    void pasteWithoutBracketsTurnsLineFeedsIntoCarriageReturns() {
        assertThat(show(KeyEncoder.paste("ls\necho hi\r\nend\n", NORMAL))).isEqualTo("ls\\x0decho hi\\x0dend\\x0d");
    }

    @Test
    void bracketedPasteWrapsTextAndRemovesMarkersInside() {
        KeyModes bracketed = new KeyModes(false, false, true, 0);
        assertThat(show(KeyEncoder.paste("a\nb", bracketed))).isEqualTo("\\e[200~a\\x0ab\\e[201~");
        assertThat(show(KeyEncoder.paste("x\u001b[201~rm -rf ~\u001b[200~y", bracketed)))
                .isEqualTo("\\e[200~xrm -rf ~y\\e[201~");
        // Removing one marker must not leave another behind.
        assertThat(show(KeyEncoder.paste("\u001b[20\u001b[201~1~; evil", bracketed)))
                .isEqualTo("\\e[200~; evil\\e[201~");
        assertThat(show(KeyEncoder.paste("", bracketed))).isEqualTo("\\e[200~\\e[201~");
    }
}
