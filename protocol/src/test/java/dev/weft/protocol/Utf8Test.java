package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    private static boolean jdkAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void acceptsWellFormedText() {
        byte[] b = "a é 世 😀 \u007f\u0080\uffff".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.isValid(b, 0, b.length)).isTrue();
        assertThat(Utf8.isValid(bytes(0xf4, 0x8f, 0xbf, 0xbf), 0, 4)).isTrue(); // U+10FFFF
    }

    @Test
    void refusesOverlongSurrogatesTruncationAndOutOfRange() {
        assertThat(Utf8.isValid(bytes(0xc0, 0xaf), 0, 2)).isFalse();          // overlong '/'
        assertThat(Utf8.isValid(bytes(0xe0, 0x80, 0xaf), 0, 3)).isFalse();    // overlong
        assertThat(Utf8.isValid(bytes(0xed, 0xa0, 0x80), 0, 3)).isFalse();    // U+D800
        assertThat(Utf8.isValid(bytes(0xf4, 0x90, 0x80, 0x80), 0, 4)).isFalse(); // > U+10FFFF
        assertThat(Utf8.isValid(bytes(0xe4, 0xb8), 0, 2)).isFalse();          // truncated
        assertThat(Utf8.isValid(bytes(0x80), 0, 1)).isFalse();                // lone continuation
        assertThat(Utf8.isValid(bytes(0x41, 0xe4, 0xb8, 0x96), 0, 2)).isFalse(); // cut by the length
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            random.nextBytes(b);
            if (random.nextBoolean()) {
                b[0] = (byte) (0xc0 | random.nextInt(0x40)); // make multi-byte leads common
            }
            assertThat(Utf8.isValid(b, 0, b.length)).as("%s", java.util.HexFormat.of().formatHex(b))
                    .isEqualTo(jdkAccepts(b));
        }
    }
}
