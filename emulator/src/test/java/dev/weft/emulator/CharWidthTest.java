package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The owned width table, and how the screen uses it for emoji, flags and ZWJ sequences. */
class CharWidthTest {

    @Test
    void widthsFromTheUnicode15Table() {
        assertThat(WidthTable.UNICODE_VERSION).startsWith("15.");
        assertThat(CharWidth.of('a')).isEqualTo(1);
        assertThat(CharWidth.of(0xE9)).isEqualTo(1);          // é
        assertThat(CharWidth.of(0x301)).isZero();             // combining acute
        assertThat(CharWidth.of(0x200D)).isZero();            // ZWJ
        assertThat(CharWidth.of(0xFE0F)).isZero();            // VS16
        assertThat(CharWidth.of(0x4E2D)).isEqualTo(2);        // 中
        assertThat(CharWidth.of(0xFF10)).isEqualTo(2);        // fullwidth 0
        assertThat(CharWidth.of(0xAC00)).isEqualTo(2);        // Hangul syllable
        assertThat(CharWidth.of(0x1160)).isZero();            // Hangul medial vowel
        assertThat(CharWidth.of(0x1F600)).isEqualTo(2);       // 😀
        assertThat(CharWidth.of(0x1FAE8)).isEqualTo(2);       // 🫨 new in Unicode 15
        assertThat(CharWidth.of(0x2764)).isEqualTo(1);        // ❤ text presentation by default
        assertThat(CharWidth.of(0x1F3FB)).isZero();           // skin tone modifier
        assertThat(CharWidth.of(0x20000)).isEqualTo(2);       // CJK extension B
        assertThat(CharWidth.of(0x00AD)).isEqualTo(1);        // soft hyphen prints
        assertThat(CharWidth.of(0x25A0)).isEqualTo(1);        // ■ ambiguous is narrow
    }

    @Test
    void zwjSequenceStaysInOneWideCell() {
        // 👨‍👩‍👧 = man ZWJ woman ZWJ girl
        Screens s = new Screens(10, 1).feed("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67x");
        Line l = s.term.line(0);
        assertThat(l.text(0)).isEqualTo("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
        assertThat(l.width(0)).isEqualTo(2);
        assertThat(l.text(2)).isEqualTo("x");
        s.cursor(0, 3);
    }

    @Test
    void flagIsOneCellOfTwoRegionalIndicators() {
        Screens s = new Screens(10, 1).feed("\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA!");
        Line l = s.term.line(0);
        assertThat(l.text(0)).isEqualTo("\uD83C\uDDEB\uD83C\uDDF7"); // FR
        assertThat(l.text(2)).isEqualTo("\uD83C\uDDE9\uD83C\uDDEA"); // DE
        assertThat(l.text(4)).isEqualTo("!");
    }

    @Test
    void skinToneModifierJoinsItsEmoji() {
        Screens s = new Screens(10, 1).feed("\uD83D\uDC4B\uD83C\uDFFDz");
        assertThat(s.term.line(0).text(0)).isEqualTo("\uD83D\uDC4B\uD83C\uDFFD");
        s.cursor(0, 3);
    }

    @Test
    void marksPerCellAreCapped() {
        Screens s = new Screens(4, 1).feed("e" + "\u0301".repeat(1000));
        assertThat(s.term.line(0).text(0).length()).isLessThanOrEqualTo(1 + Emulator.MAX_MARKS + 1);
    }
}
