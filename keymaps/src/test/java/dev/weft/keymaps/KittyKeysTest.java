package dev.weft.keymaps;

import static dev.weft.keymaps.Bytes.show;
import static dev.weft.keymaps.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kitty keyboard protocol per flag combination, against the examples of the spec
 * (sw.kovidgoyal.net/kitty/keyboard-protocol) and of kitty's own key tests.
 * Columns: flags, DECCKM, key name, expected bytes ({@code \e} is ESC, {@code \xHH} a byte).
 */
class KittyKeysTest {

    @ParameterizedTest(name = "flags {0} ckm {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # 1 disambiguate
            1  | false | a        | a
            1  | false | S-a      | A
            1  | false | Escape   | \\e[27u
            1  | false | M-Escape | \\e[27;3u
            1  | false | Enter    | \\x0d
            1  | false | S-Enter  | \\e[13;2u
            1  | false | Tab      | \\x09
            1  | false | BTab     | \\e[9;2u
            1  | false | BSpace   | \\x7f
            1  | false | C-BSpace | \\e[127;5u
            1  | false | C-a      | \\e[97;5u
            1  | false | M-a      | \\e[97;3u
            1  | false | C-S-a    | \\e[97;6u
            1  | false | M-S-a    | \\e[97;4u
            1  | false | C-i      | \\e[105;5u
            1  | false | C-Space  | \\e[32;5u
            1  | false | Space    | ` `
            1  | false | S-Space  | ` `
            1  | false | KP0      | 0
            1  | false | C-KP0    | \\e[57399;5u
            1  | false | KPEnter  | \\e[57414u
            1  | false | Up       | \\e[A
            1  | true  | Up       | \\e[A
            1  | false | C-Up     | \\e[1;5A
            1  | false | F1       | \\e[P
            1  | false | F3       | \\e[13~
            1  | false | S-F5     | \\e[15;2~
            1  | false | PPage    | \\e[5~
            # 2 event types: presses only, and a press adds nothing
            2  | false | a        | a
            2  | false | C-a      | \\x01
            2  | false | Escape   | \\e
            2  | true  | Up       | \\e[A
            3  | false | C-a      | \\e[97;5u
            3  | false | Escape   | \\e[27u
            # 4 alternate keys: the shifted key, only with Shift
            4  | false | S-a      | A
            4  | false | C-a      | \\x01
            4  | false | C-S-a    | \\e[97:65;6u
            4  | false | M-S-a    | \\e[97:65;4u
            4  | true  | Up       | \\eOA
            5  | false | C-a      | \\e[97;5u
            5  | false | C-S-a    | \\e[97:65;6u
            5  | false | C-S-1    | \\e[49:33;6u
            5  | false | M-S-/    | \\e[47:63;4u
            5  | false | C-S-é    | \\e[233:201;6u
            5  | false | C-S-Up   | \\e[1;6A
            # 8 all keys as escape codes
            8  | false | a        | \\e[97u
            8  | false | A        | \\e[97;2u
            8  | false | C-a      | \\e[97;5u
            8  | false | Space    | \\e[32u
            8  | false | Enter    | \\e[13u
            8  | false | Tab      | \\e[9u
            8  | false | BSpace   | \\e[127u
            8  | false | Escape   | \\e[27u
            8  | false | Up       | \\e[A
            8  | false | KP5      | \\e[53u
            8  | false | M-Enter  | \\e\\x0d
            9  | false | M-Enter  | \\e[13;3u
            9  | false | KP5      | \\e[57404u
            9  | false | é        | \\e[233u
            9  | false | S-Space  | \\e[32;2u
            # 16 associated text: only once keys that make text are escape codes
            16 | false | a        | a
            16 | false | S-a      | A
            16 | false | C-a      | \\x01
            17 | false | a        | a
            24 | false | a        | \\e[97;;97u
            24 | false | S-a      | \\e[97;2;65u
            24 | false | Space    | \\e[32;;32u
            24 | false | C-a      | \\e[97;5u
            24 | false | Enter    | \\e[13u
            25 | false | KP5      | \\e[57404;;53u
            25 | false | é        | \\e[233;;233u
            # everything
            31 | false | S-a      | \\e[97:65;2;65u
            31 | false | C-S-a    | \\e[97:65;6u
            31 | false | S-1      | \\e[49:33;2;33u
            31 | false | Escape   | \\e[27u
            31 | true  | Up       | \\e[A
            31 | false | C-Up     | \\e[1;5A
            """)
    void encodesAsKittyDoes(int flags, boolean cursorKeysApp, String name, String expected) {
        KeyModes modes = new KeyModes(cursorKeysApp, false, false, flags);
        byte[] bytes = KeyEncoder.encode(KeyNames.parse(name), modes);
        assertThat(show(bytes)).isEqualTo(show(utf8(KeyTablesTest.unescape(expected))));
    }

    /**
     * With flag 1 every key is unambiguous: decoding what we send gives back the key. (Keys that
     * make text with Shift, S-Space or S-1, go as their text unless flag 8 is set, as in kitty.)
     */
    @ParameterizedTest(name = "flags {0}")
    @ValueSource(ints = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31})
    void disambiguatedKeysDecodeBackToThemselves(int flags) {
        KeyModes modes = new KeyModes(false, true, false, flags);
        List<String> names = List.of("a", "S-a", "C-a", "M-a", "C-M-a", "C-S-a", "M-S-a", "C-M-S-z", "1", "C-1",
                "M-1", "é", "C-é", "Space", "C-Space", "M-Space", "Enter", "S-Enter", "C-Enter",
                "M-Enter", "Tab", "BTab", "C-Tab", "M-Tab", "BSpace", "C-BSpace", "M-BSpace", "Escape",
                "M-Escape", "C-[", "C-i", "C-m", "Up", "C-Up", "M-S-Left", "Home", "End", "F1", "S-F1", "F3",
                "C-F3", "F12", "M-F12", "IC", "DC", "PPage", "C-NPage", "KPEnter", "C-KP5", "M-KP+", "0x263a");
        for (String name : names) {
            KeyEvent key = KeyNames.parse(name);
            byte[] bytes = KeyEncoder.encode(key, modes);
            List<InputEvent> events = new ArrayList<>();
            InputDecoder d = new InputDecoder();
            d.feed(bytes, events::add);
            d.flush(events::add);
            assertThat(events).as("%s sent as %s", name, show(bytes)).hasSize(1);
            assertThat(events.get(0)).isInstanceOf(InputEvent.Key.class);
            assertThat(shiftFolded(((InputEvent.Key) events.get(0)).key()))
                    .as("%s sent as %s", name, show(bytes)).isEqualTo(shiftFolded(key));
        }
    }

    /** 'A' and Shift+'a' are the same key press. */
    private static KeyEvent shiftFolded(KeyEvent k) {
        if (k.code() == KeyCode.CHAR && Character.isUpperCase(k.codepoint())) {
            return KeyEvent.ofChar(Character.toLowerCase(k.codepoint()), k.modifiers() | KeyEvent.SHIFT);
        }
        return k;
    }
}
