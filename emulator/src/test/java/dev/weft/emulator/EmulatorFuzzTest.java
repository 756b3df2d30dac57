package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the terminal input path. In a normal test run they replay the inputs under
 * {@code src/test/resources/dev/weft/emulator/EmulatorFuzzTestInputs/}; with JAZZER_FUZZ=1 they
 * fuzz. Invariants: no exception, parser parameters bounded, and after every step the
 * structural {@link Invariants} (cursor on screen, wide cells paired, scrollback within limit).
 */
class EmulatorFuzzTest {

    /** The parser alone: whatever the bytes, only bounded actions come out. */
    @FuzzTest
    void parser(byte[] input) {
        int[] actions = new int[1];
        Parser p = new Parser(new ParserHandler() {
            @Override
            public void printAscii(byte[] data, int from, int to) {
                assertThat(from).isLessThan(to);
                actions[0]++;
            }

            @Override
            public void print(int codePoint) {
                assertThat(codePoint).isBetween(0x20, 0x10FFFF);
                assertThat(codePoint).isNotEqualTo(0x7F);
                actions[0]++;
            }

            @Override
            public void execute(int control) {
                assertThat(control < 0x20 || (control >= 0x80 && control <= 0x9F)).isTrue();
            }

            @Override
            public void escDispatch(int intermediates, int finalByte) {
                assertThat(finalByte).isBetween(0x30, 0x7E);
            }

            @Override
            public void csiDispatch(CsiParams params, int intermediates, int finalByte) {
                checkParams(params);
                assertThat(finalByte).isBetween(0x40, 0x7E);
            }

            @Override
            public void oscDispatch(String payload) {
                assertThat(payload.length()).isLessThanOrEqualTo(Parser.MAX_STRING + 1);
            }

            @Override
            public void dcsDispatch(CsiParams params, int intermediates, int finalByte, String payload) {
                checkParams(params);
                assertThat(payload.length()).isLessThanOrEqualTo(Parser.MAX_STRING + 1);
            }
        });
        // Split the input at a point chosen by the input itself, to exercise split UTF-8 and sequences.
        int cut = input.length == 0 ? 0 : (input[0] & 0xFF) % (input.length + 1);
        p.feed(input, 0, cut);
        p.feed(input, cut, input.length - cut);
    }

    private static String escape(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            int v = x & 0xFF;
            sb.append(v >= 0x20 && v < 0x7F && v != '\\' ? Character.toString(v) : String.format("\\x%02x", v));
        }
        return sb.toString();
    }

    private static void checkParams(CsiParams params) {
        assertThat(params.size()).isBetween(0, CsiParams.MAX);
        for (int i = 0; i < params.size(); i++) {
            assertThat(params.raw(i)).isBetween(CsiParams.DEFAULT, CsiParams.MAX_VALUE);
        }
    }

    /** The whole emulator, input interleaved with resizes chosen by the fuzzer. */
    @FuzzTest
    void emulatorWithResizes(FuzzedDataProvider data) {
        int cols = data.consumeInt(1, 120);
        int rows = data.consumeInt(1, 50);
        Terminal t = new Terminal(cols, rows, data.consumeInt(0, 200), TerminalListener.NONE);
        StringBuilder log = new StringBuilder("new " + cols + "x" + rows);
        while (data.remainingBytes() > 0) {
            int op = data.consumeInt(0, 9);
            if (op == 0) {
                int c = data.consumeInt(1, 150);
                int r = data.consumeInt(1, 60);
                log.append("\nresize ").append(c).append('x').append(r);
                t.resize(c, r);
            } else {
                byte[] chunk = data.consumeBytes(data.consumeInt(1, 512));
                log.append("\nfeed ").append(escape(chunk));
                t.feed(chunk);
            }
            try {
                Invariants.check(t);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + " after:\n" + log, e);
            }
        }
        for (int i = 0; i < t.scrollbackSize(); i++) {
            assertThat(t.scrollbackLine(i).plainText()).isNotNull();
        }
    }
}
