package dev.weft.keymaps;

import static dev.weft.keymaps.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputDecoderTest {

    /** Decodes {@code input} in one read and flushes; events written in a short readable form. */
    static List<String> decode(String input) {
        return decode(input.getBytes(StandardCharsets.ISO_8859_1));
    }

    static List<String> decode(byte[] input) {
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        d.feed(input, 0, input.length, events::add);
        d.flush(events::add);
        return events.stream().map(InputDecoderTest::describe).toList();
    }

    static String describe(InputEvent e) {
        if (e instanceof InputEvent.Key k) {
            return KeyNames.format(k.key());
        }
        if (e instanceof InputEvent.Raw r) {
            return "Raw(" + Bytes.show(r.bytes()) + ")";
        }
        if (e instanceof InputEvent.Paste p) {
            return "Paste(" + p.text() + ")";
        }
        return e.toString();
    }

    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of("a", List.of("a")),
                Arguments.of("aB1", List.of("a", "B", "1")),
                Arguments.of(" ", List.of("Space")),
                Arguments.of("\r", List.of("Enter")),
                Arguments.of("\t", List.of("Tab")),
                Arguments.of("\u007f", List.of("BSpace")),
                Arguments.of("\u0008", List.of("C-h")),
                Arguments.of("\u0000", List.of("C-Space")),
                Arguments.of("\u0001\u001a", List.of("C-a", "C-z")),
                Arguments.of("\n", List.of("C-j")),
                Arguments.of("\u001c\u001d\u001e\u001f", List.of("C-\\", "C-]", "C-^", "C-_")),
                Arguments.of("\u001b", List.of("Escape")),
                Arguments.of("\u001bx", List.of("M-x")),
                Arguments.of("\u001b\u0001", List.of("C-M-a")),
                Arguments.of("\u001b\r", List.of("M-Enter")),
                Arguments.of("\u001b\u007f", List.of("M-BSpace")),
                Arguments.of("\u001b\u001b", List.of("M-Escape")),
                Arguments.of("\u001b[", List.of("M-[")),
                Arguments.of("\u001bO", List.of("M-O")),
                Arguments.of("\u001bO\r", List.of("M-O", "Enter")),
                Arguments.of("\u001b[A", List.of("Up")),
                Arguments.of("\u001b[B\u001b[C\u001b[D", List.of("Down", "Right", "Left")),
                Arguments.of("\u001bOA", List.of("Up")),
                Arguments.of("\u001b[1;5A", List.of("C-Up")),
                Arguments.of("\u001b[1;2B", List.of("S-Down")),
                Arguments.of("\u001b[1;3C", List.of("M-Right")),
                Arguments.of("\u001b[1;8D", List.of("C-M-S-Left")),
                Arguments.of("\u001bO5A", List.of("C-Up")),
                Arguments.of("\u001b\u001b[A", List.of("M-Up")),
                Arguments.of("\u001b[H\u001b[F\u001bOH\u001bOF", List.of("Home", "End", "Home", "End")),
                Arguments.of("\u001b[1~\u001b[4~\u001b[7~\u001b[8~", List.of("Home", "End", "Home", "End")),
                Arguments.of("\u001b[2~\u001b[3~\u001b[5~\u001b[6~", List.of("IC", "DC", "PPage", "NPage")),
                Arguments.of("\u001b[5;5~", List.of("C-PPage")),
                Arguments.of("\u001bOP\u001bOQ\u001bOR\u001bOS", List.of("F1", "F2", "F3", "F4")),
                Arguments.of("\u001b[1;5P\u001b[1;2R", List.of("C-F1", "S-F3")),
                Arguments.of("\u001b[11~\u001b[12~\u001b[13~\u001b[14~", List.of("F1", "F2", "F3", "F4")),
                Arguments.of("\u001b[15~\u001b[17~\u001b[18~\u001b[19~", List.of("F5", "F6", "F7", "F8")),
                Arguments.of("\u001b[20~\u001b[21~\u001b[23~\u001b[24~", List.of("F9", "F10", "F11", "F12")),
                Arguments.of("\u001b[24;6~", List.of("C-S-F12")),
                Arguments.of("\u001b[Z", List.of("BTab")),
                Arguments.of("\u001bOp\u001bOy\u001bOM\u001bOk\u001bOm\u001bOj\u001bOo\u001bOn",
                        List.of("KP0", "KP9", "KPEnter", "KP+", "KP-", "KP*", "KP/", "KP.")),
                Arguments.of("\u001b[97;5u", List.of("C-a")),
                Arguments.of("\u001b[105;5u\u001b[9u", List.of("C-i", "Tab")),
                Arguments.of("\u001b[27u", List.of("Escape")),
                Arguments.of("\u001b[27;3u", List.of("M-Escape")),
                Arguments.of("\u001b[13;2u", List.of("S-Enter")),
                Arguments.of("\u001b[127;5u", List.of("C-BSpace")),
                Arguments.of("\u001b[32;5u", List.of("C-Space")),
                Arguments.of("\u001b[97;5:3u", List.of()),
                Arguments.of("\u001b[97:65;6:1u", List.of("C-S-a")),
                Arguments.of("\u001b[97:65;2;65u\u001b[97;;97u", List.of("S-a", "a")),
                Arguments.of("\u001b[0;;229u\u001b[0;3;229u", List.of("\u00e5", "M-\u00e5")),
                Arguments.of("\u001b[0;;229:230u", List.of("Raw(\\e[0;;229:230u)")),
                Arguments.of("\u001b[97;69u", List.of("C-a")), // caps lock bit ignored
                Arguments.of("\u001b[57414u\u001b[57399;5u", List.of("KPEnter", "C-KP0")),
                Arguments.of("\u001b[27;5;99~", List.of("C-c")),
                Arguments.of("\u001b[I\u001b[O", List.of("Focus[gained=true]", "Focus[gained=false]")),
                Arguments.of("\u001b[<0;10;20M", List.of("Mouse[button=0, col=10, row=20, press=true, modifiers=0]")),
                Arguments.of("\u001b[<0;10;20m", List.of("Mouse[button=0, col=10, row=20, press=false, modifiers=0]")),
                Arguments.of("\u001b[<20;1;2M", List.of("Mouse[button=0, col=1, row=2, press=true, modifiers=5]")),
                Arguments.of("\u001b[<64;300;200M", List.of("Mouse[button=64, col=300, row=200, press=true, modifiers=0]")),
                Arguments.of("\u001b[<35;5;6M", List.of("Mouse[button=35, col=5, row=6, press=true, modifiers=0]")),
                Arguments.of("\u001b[M !\"", List.of("Mouse[button=0, col=1, row=2, press=true, modifiers=0]")),
                Arguments.of("\u001b[M#!\"", List.of("Mouse[button=3, col=1, row=2, press=false, modifiers=0]")),
                Arguments.of("\u001b[MC!\"", List.of("Mouse[button=35, col=1, row=2, press=true, modifiers=0]")),
                Arguments.of("\u001b[M0\u00ff\u00c5", List.of("Mouse[button=0, col=223, row=165, press=true, modifiers=4]")),
                Arguments.of("\u001b[32;10;20M", List.of("Mouse[button=0, col=10, row=20, press=true, modifiers=0]")),
                Arguments.of("\u001b[35;10;20M", List.of("Mouse[button=3, col=10, row=20, press=false, modifiers=0]")),
                Arguments.of("\u001b[67;300;2M", List.of("Mouse[button=35, col=300, row=2, press=true, modifiers=0]")),
                Arguments.of("\u001b[96;1;1M\u001b[52;1;1M", List.of("Mouse[button=64, col=1, row=1, press=true, modifiers=0]",
                        "Mouse[button=0, col=1, row=1, press=true, modifiers=5]")),
                Arguments.of("\u001b[1;5M", List.of("Raw(\\e[1;5M)")),
                Arguments.of("\u001b[10;1;1M", List.of("Raw(\\e[10;1;1M)")),
                Arguments.of("\u001b[200~hello\nworld\u001b[201~x", List.of("Paste(hello\nworld)", "x")),
                Arguments.of("\u001b[200~\u001b[A\u001b[201~", List.of("Paste(\u001b[A)")),
                Arguments.of("\u001b[12;40R", List.of("Raw(\\e[12;40R)")),
                Arguments.of("\u001b[?62;c", List.of("Raw(\\e[?62;c)")),
                Arguments.of("\u001b[201~", List.of("Raw(\\e[201~)")),
                Arguments.of("\u001b[99~", List.of("Raw(\\e[99~)")),
                Arguments.of("\u001b[1;5\ra", List.of("Raw(\\e[1;5)", "Enter", "a")),
                Arguments.of("\u001b[<1;2M", List.of("Raw(\\e[<1;2M)")),
                Arguments.of("\u001b[1;5", List.of("Raw(\\e[1;5)")),
                Arguments.of("\u001bP>|xterm(390)\u001b\\a", List.of("Raw(\\eP>|xterm(390)\\e\\)", "a")),
                Arguments.of("\u001b]11;rgb:0000/0000/0000\u0007", List.of("Raw(\\e]11;rgb:0000/0000/0000\\x07)")),
                Arguments.of("\u001b]52;c;aGk=\u001b\\", List.of("Raw(\\e]52;c;aGk=\\e\\)")),
                Arguments.of("\u001b_Gi=1;OK\u001b\\", List.of("Raw(\\e_Gi=1;OK\\e\\)")),
                Arguments.of("\u001bP1$r0m\u001b\\", List.of("Raw(\\eP1$r0m\\e\\)")),
                Arguments.of("\u001b]11;rgb\u001b[A", List.of("Raw(\\e]11;rgb)", "Up")),
                Arguments.of("\u001bPx\u001b]x\u001b_x", List.of("M-P", "x", "M-]", "x", "M-_", "x")),
                Arguments.of("\u001b]", List.of("M-]")),
                Arguments.of("\u001bP", List.of("M-P")),
                Arguments.of("\u001b]11;rgb", List.of("Raw(\\e]11;rgb)")),
                Arguments.of("\u001b\u001b[<0;1;1M", List.of("Escape", "Mouse[button=0, col=1, row=1, press=true, modifiers=0]")));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("sequences")
    void decodesEachSequence(String input, List<String> expected) {
        assertThat(decode(input)).isEqualTo(expected);
        assertThat(decodeSplitEverywhere(input.getBytes(StandardCharsets.ISO_8859_1)))
                .as("the same events whatever the read boundaries")
                .allSatisfy(events -> assertThat(events).isEqualTo(expected));
    }

    /** For every split point, feed the two halves as separate reads. */
    private static List<List<String>> decodeSplitEverywhere(byte[] input) {
        List<List<String>> all = new ArrayList<>();
        for (int cut = 0; cut <= input.length; cut++) {
            InputDecoder d = new InputDecoder();
            List<InputEvent> events = new ArrayList<>();
            d.feed(input, 0, cut, events::add);
            d.feed(input, cut, input.length - cut, events::add);
            d.flush(events::add);
            all.add(events.stream().map(InputDecoderTest::describe).toList());
        }
        return all;
    }

    @Test
    void utf8SplitAcrossReadsIsOneCharacter() {
        byte[] smile = utf8("é😀");
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        for (byte b : smile) {
            d.feed(new byte[] {b}, 0, 1, events::add);
        }
        assertThat(d.hasPending()).isFalse();
        assertThat(events).containsExactly(new InputEvent.Key(KeyEvent.ofChar('é', 0)),
                new InputEvent.Key(KeyEvent.ofChar(0x1f600, 0)));
    }

    @Test
    void invalidUtf8BecomesRawBytesAndDecodingGoesOn() {
        assertThat(decode(new byte[] {(byte) 0xff, 'a', (byte) 0xc3, 'b', (byte) 0xc0, (byte) 0x80}))
                .containsExactly("Raw(\\xff)", "a", "Raw(\\xc3)", "b", "Raw(\\xc0)", "Raw(\\x80)");
        // An encoded surrogate and an overlong form are not characters.
        assertThat(decode(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xe0, (byte) 0x80, (byte) 0xaf}))
                .containsExactly("Raw(\\xed\\xa0\\x80)", "Raw(\\xe0\\x80\\xaf)");
        // A truncated character at flush is passed on raw.
        assertThat(decode(new byte[] {(byte) 0xe2, (byte) 0x82})).containsExactly("Raw(\\xe2\\x82)");
        assertThat(decode(new byte[] {(byte) 0xc3})).containsExactly("Raw(\\xc3)");
    }

    @Test
    void loneEscapeWaitsUntilMoreBytesOrFlush() {
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        d.feed(new byte[] {0x1b}, 0, 1, events::add);
        assertThat(events).isEmpty();
        assertThat(d.hasPending()).isTrue();
        d.flush(events::add);
        assertThat(events).containsExactly(new InputEvent.Key(KeyEvent.of(KeyCode.ESCAPE, 0)));
        assertThat(d.hasPending()).isFalse();

        events.clear();
        d.feed(new byte[] {0x1b}, 0, 1, events::add);
        d.feed(new byte[] {'x'}, 0, 1, events::add);
        assertThat(events).containsExactly(new InputEvent.Key(KeyEvent.ofChar('x', KeyEvent.ALT)));
        assertThat(d.hasPending()).isFalse();
    }

    @Test
    void flushWithNothingPendingEmitsNothing() {
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        d.flush(events::add);
        assertThat(events).isEmpty();
    }

    @Test
    void pasteSplitAcrossManyReadsIsOneEvent() {
        String text = "line one\nline two \u001b[201 not the end é";
        byte[] input = utf8("\u001b[200~" + text + "\u001b[201~");
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        for (int i = 0; i < input.length; i += 3) {
            d.feed(input, i, Math.min(3, input.length - i), events::add);
            if (i >= 6 && i + 3 < input.length) {
                assertThat(d.inPaste()).isTrue();
                assertThat(d.hasPending()).isTrue();
                d.flush(events::add); // an escape_time timeout in the middle does not end a paste
            }
        }
        assertThat(events).containsExactly(new InputEvent.Paste(text));
        assertThat(d.hasPending()).isFalse();
        assertThat(d.inPaste()).isFalse();
    }

    @Test
    void pasteLongerThanTheCapKeepsItsStartAndEndsAtTheMarker() {
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        d.feed(utf8("\u001b[200~"), events::add);
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 17; i++) {
            d.feed(chunk, events::add);
        }
        d.feed(utf8("tail\u001b[201~a"), events::add);
        assertThat(events).hasSize(2);
        assertThat(((InputEvent.Paste) events.get(0)).text()).hasSize(InputDecoder.MAX_PASTE_BYTES).matches("x+");
        assertThat(events.get(1)).isEqualTo(new InputEvent.Key(KeyEvent.ofChar('a', 0)));
    }

    @Test
    void endPasteGivesUpOnAMissingEndMarker() {
        InputDecoder d = new InputDecoder();
        List<InputEvent> events = new ArrayList<>();
        d.feed(utf8("\u001b[200~abc\u001b[20"), events::add);
        assertThat(d.inPaste()).isTrue();
        d.endPaste(events::add);
        assertThat(events).containsExactly(new InputEvent.Paste("abc\u001b[20"));
        assertThat(d.hasPending()).isFalse();
    }

    @Test
    void overlongSequenceIsCutIntoRaw() {
        StringBuilder s = new StringBuilder("\u001b[");
        for (int i = 0; i < 200; i++) {
            s.append('1');
        }
        s.append("Ab");
        List<String> events = decode(s.toString());
        assertThat(events.get(0)).startsWith("Raw(\\e[111");
        assertThat(events.get(0)).hasSize("Raw()".length() + InputDecoder.MAX_SEQUENCE + 1); // \e is 2 chars
        assertThat(events).endsWith("A", "b");
    }

    static Stream<String> roundTripKeys() {
        return Stream.of("a", "Z", "é", "😀", "~", "C-a", "C-z", "C-Space", "C-\\", "C-]", "C-^", "C-_",
                "M-a", "M-Z", "C-M-a", "M-Enter", "M-BSpace", "M-Escape", "M-Space", "Space", "Enter",
                "Tab", "BTab", "BSpace", "Escape", "Up", "Down", "Left", "Right", "Home", "End", "IC", "DC",
                "PPage", "NPage", "S-Up", "C-Up", "M-Up", "C-M-S-Left", "C-Home", "S-End", "C-DC", "M-NPage",
                "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "C-F1", "S-F3",
                "C-M-F4", "S-F5", "C-F12", "C-i", "C-m", "C-[", "C-?", "C-@", "C-A");
    }

    @ParameterizedTest
    @MethodSource("roundTripKeys")
    void whatTheEncoderSendsTheDecoderReadsBack(String name) {
        KeyEvent key = KeyNames.parse(name);
        for (KeyModes modes : List.of(KeyModes.DEFAULT, new KeyModes(true, true, false, 0))) {
            List<InputEvent> events = new ArrayList<>();
            InputDecoder d = new InputDecoder();
            d.feed(KeyEncoder.encode(key, modes), events::add);
            d.flush(events::add);
            assertThat(events).as("%s in %s", name, modes).containsExactly(new InputEvent.Key(key.canonical()));
        }
    }

    @ParameterizedTest
    @MethodSource("roundTripKeys")
    void kittyEncodedKeysDecodeBackExactly(String name) {
        KeyEvent key = KeyNames.parse(name);
        List<InputEvent> events = new ArrayList<>();
        InputDecoder d = new InputDecoder();
        d.feed(KeyEncoder.encode(key, new KeyModes(false, false, false, 1)), events::add);
        d.flush(events::add);
        // Kitty keeps C-i apart from Tab; only an upper-case letter with Ctrl or Alt changes
        // spelling (it is sent as the lower-case key with Shift).
        boolean ctrlOrAlt = key.has(KeyEvent.CTRL) || key.has(KeyEvent.ALT);
        KeyEvent expected = key;
        if (key.code() == KeyCode.CHAR && ctrlOrAlt && key.codepoint() >= 'A' && key.codepoint() <= 'Z') {
            expected = KeyEvent.ofChar(key.codepoint() + 32, key.modifiers() | KeyEvent.SHIFT);
        }
        assertThat(events).as(name).containsExactly(new InputEvent.Key(expected));
    }

    @Test
    void keypadKeysRoundTripInApplicationKeypadMode() {
        KeyModes app = new KeyModes(false, true, false, 0);
        for (String name : List.of("KP0", "KP1", "KP5", "KP9", "KPEnter", "KP+", "KP-", "KP*", "KP/", "KP.")) {
            List<InputEvent> events = new ArrayList<>();
            new InputDecoder().feed(KeyEncoder.encode(KeyNames.parse(name), app), events::add);
            assertThat(events).as(name).containsExactly(new InputEvent.Key(KeyNames.parse(name)));
        }
    }

    @Test
    void feedingBadOffsetsIsAProgrammingErrorNotSilentlyIgnored() {
        InputDecoder d = new InputDecoder();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.feed(new byte[2], 1, 5, e -> { }))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
