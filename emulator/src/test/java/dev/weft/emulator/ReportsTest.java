package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replies on the PTY, and the rule that nothing a program writes is typed back. */
class ReportsTest {

    private static String ask(Screens s, String query) {
        s.feed(query);
        return s.replies().replace("\033", "\\e");
    }

    @Test
    void deviceAttributesAndVersion() {
        Screens s = new Screens(80, 24);
        assertThat(ask(s, "\033[c")).isEqualTo("\\e[?1;2c");
        assertThat(ask(s, "\033[0c")).isEqualTo("\\e[?1;2c");
        assertThat(ask(s, "\033[>c")).isEqualTo("\\e[>0;100;0c");
        assertThat(ask(s, "\033[=c")).isEqualTo("\\eP!|00000000\\e\\");
        assertThat(ask(s, "\033[>q")).isEqualTo("\\eP>|weft(0.1.0)\\e\\");
    }

    @Test
    void cursorPositionReportsHonourOriginMode() {
        Screens s = new Screens(80, 24);
        assertThat(ask(s, "\033[5;10H\033[6n")).isEqualTo("\\e[5;10R");
        assertThat(ask(s, "\033[?6n")).isEqualTo("\\e[?5;10;1R");
        assertThat(ask(s, "\033[3;20r\033[?6h\033[2;2H\033[6n")).isEqualTo("\\e[2;2R");
        s.cursor(3, 1);
    }

    @Test
    void windowSizeReports() {
        Screens s = new Screens(100, 30);
        assertThat(ask(s, "\033[18t")).isEqualTo("\\e[8;30;100t");
        assertThat(ask(s, "\033[16t")).isEqualTo("\\e[6;16;8t");
        assertThat(ask(s, "\033[14t")).isEqualTo("\\e[4;480;800t");
    }

    @Test
    void decrqmReportsAnsiAndDecModes() {
        Screens s = new Screens(80, 24);
        assertThat(ask(s, "\033[?1049$p")).isEqualTo("\\e[?1049;2$y");
        assertThat(ask(s, "\033[?1049h\033[?1049$p")).isEqualTo("\\e[?1049;1$y");
        assertThat(ask(s, "\033[?7$p")).isEqualTo("\\e[?7;1$y");
        assertThat(ask(s, "\033[?2026h\033[?2026$p")).isEqualTo("\\e[?2026;1$y");
        assertThat(ask(s, "\033[?12345$p")).isEqualTo("\\e[?12345;0$y");
        assertThat(ask(s, "\033[4h\033[4$p")).isEqualTo("\\e[4;1$y");
        assertThat(ask(s, "\033[20$p")).isEqualTo("\\e[20;2$y");
    }

    @Test
    void decrqssAnswersSettingsAndNeverEchoesTheRequest() {
        Screens s = new Screens(80, 24);
        assertThat(ask(s, "\033[1;4:3;38;2;1;2;3;48;5;200m\033P$qm\033\\"))
                .isEqualTo("\\eP1$r1;4:3;38:2:1:2:3;48:5:200m\\e\\");
        assertThat(ask(s, "\033[m\033P$qm\033\\")).isEqualTo("\\eP1$r0m\\e\\");
        assertThat(ask(s, "\033[5;20r\033P$qr\033\\")).isEqualTo("\\eP1$r5;20r\\e\\");
        assertThat(ask(s, "\033[4 q\033P$q q\033\\")).isEqualTo("\\eP1$r4 q\\e\\");
        // An unknown request gets the error form, without the request in it.
        assertThat(ask(s, "\033P$q\033]0;evil\007\033\\")).isEqualTo("\\eP0$r\\e\\");
        assertThat(ask(s, "\033P$qrm -rf ~\033\\")).isEqualTo("\\eP0$r\\e\\");
    }

    @Test
    void decrqcraSumsTheRectangle() {
        Screens s = new Screens(20, 5).feed("AB\r\nC");
        assertThat(ask(s, "\033[7;1;1;1;2;2*y")).isEqualTo("\\eP7!~00C6\\e\\"); // 0x41+0x42+0x43
        assertThat(ask(s, "\033[8;1;1;2;1;2*y")).isEqualTo("\\eP8!~0042\\e\\");
        assertThat(ask(s, "\033[9;1;4;4;5;5*y")).isEqualTo("\\eP9!~0000\\e\\");
    }

    @Test
    void xtgettcapAnswersFromItsOwnTable() {
        Screens s = new Screens(80, 24);
        // "TN" = 544E, "Co" = 436F
        assertThat(ask(s, "\033P+q544E;436F\033\\"))
                .isEqualTo("\\eP1+r544E=787465726D2D323536636F6C6F72\\e\\\\eP1+r436F=323536\\e\\");
        assertThat(ask(s, "\033P+q414243\033\\")).isEqualTo("\\eP0+r\\e\\");
        assertThat(ask(s, "\033P+qzz\033\\")).isEqualTo("\\eP0+r\\e\\");
    }

    @Test
    void refusedQueriesAnswerNothing() {
        Screens s = new Screens(80, 24).feed("\033]0;$(reboot)\007");
        assertThat(ask(s, "\033[21t\033[20t\033[19t")).isEmpty();              // title / icon reports
        assertThat(ask(s, "\033]50;?\007")).isEmpty();                        // font query
        assertThat(ask(s, "\033]52;c;?\007")).isEmpty();                      // clipboard query
        assertThat(ask(s, "\033]2;?\007\033]1;?\007")).isEmpty();
    }

    @Test
    void noReplyCarriesControlBytesOtherThanEscape() {
        Screens s = new Screens(80, 24);
        String[] queries = {"\033[c", "\033[>c", "\033[=c", "\033[>q", "\033[5n", "\033[6n", "\033[?6n",
            "\033[?15n", "\033[?25n", "\033[?26n", "\033[18t", "\033[14t", "\033[16t", "\033[?1$p", "\033[4$p",
            "\033P$qm\033\\", "\033P$q\r\n\007\033\\", "\033P+q544E\033\\", "\033P+q0D0A\033\\",
            "\033]4;1;?\007", "\033]10;?\007", "\033]11;?\007", "\033]12;?\007", "\033[?u",
            "\033[1;1;1;1;1;1*y"};
        for (String q : queries) {
            s.feed(q);
        }
        String all = s.replies();
        assertThat(all).isNotEmpty();
        for (char c : all.toCharArray()) {
            assertThat(c < 0x20 && c != 0x1B).as("control byte 0x%02x in replies %s", (int) c, all).isFalse();
            assertThat(c >= 0x7F && c <= 0x9F).as("C1/DEL in replies").isFalse();
        }
    }

    @Test
    void paletteAndDefaultColoursSetQueryAndReset() {
        Screens s = new Screens(80, 24);
        assertThat(ask(s, "\033]4;1;?\007")).isEqualTo("\\e]4;1;rgb:cdcd/0000/0000\\e\\");
        assertThat(ask(s, "\033]4;1;#102030;2;rgb:f/ff/fff\033\\\033]4;1;?;2;?\033\\"))
                .isEqualTo("\\e]4;1;rgb:1010/2020/3030\\e\\\\e]4;2;rgb:ffff/ffff/ffff\\e\\");
        assertThat(s.term.paletteColor(1)).isEqualTo(0x102030);
        s.feed("\033]104;1\007");
        assertThat(s.term.paletteColor(1)).isEqualTo(0xcd0000);
        s.term.setDefaultColors(0x000000, 0xffffff);
        assertThat(ask(s, "\033]11;?\007")).isEqualTo("\\e]11;rgb:ffff/ffff/ffff\\e\\");
        assertThat(ask(s, "\033]10;#abcdef\007\033]10;?\007")).isEqualTo("\\e]10;rgb:abab/cdcd/efef\\e\\");
        s.feed("\033]110\007");
        assertThat(s.term.defaultForeground()).isZero();
        s.feed("\033]12;#ff0000\007");
        assertThat(s.term.cursorColor()).isEqualTo(0xff0000);
        s.feed("\033]112\007");
        assertThat(s.term.cursorColor()).isEqualTo(-1);
        s.feed("\033]4;1;nonsense\007\033]4;999;#fff\007");
        assertThat(s.term.paletteColor(1)).isEqualTo(0xcd0000);
    }

    @Test
    void kittyKeyboardFlagsStackPerScreen() {
        Screens s = new Screens(80, 24);
        assertThat(ask(s, "\033[?u")).isEqualTo("\\e[?0u");
        assertThat(ask(s, "\033[>1u\033[>3u\033[?u")).isEqualTo("\\e[?3u");
        assertThat(s.term.modes().kittyKeyboardFlags()).isEqualTo(3);
        assertThat(ask(s, "\033[=8;2u\033[?u")).isEqualTo("\\e[?11u");
        assertThat(ask(s, "\033[?1049h\033[?u")).isEqualTo("\\e[?0u");
        assertThat(ask(s, "\033[?1049l\033[<u\033[?u")).isEqualTo("\\e[?1u");
        assertThat(ask(s, "\033[<5u\033[?u")).isEqualTo("\\e[?0u");
    }

    @Test
    void titleStackPushesAndPops() {
        Screens s = new Screens(80, 24).feed("\033]2;one\007\033[22;0t\033]2;two\007");
        assertThat(s.term.title()).isEqualTo("two");
        s.feed("\033[23;0t");
        assertThat(s.term.title()).isEqualTo("one");
        assertThat(s.events).containsExactly("title one", "title two", "title one");
    }

    @Test
    void titlesAreStrippedOfControlsAndBounded() {
        Screens s = new Screens(80, 24).feed("\033]2;a\u0085b\033\\");
        assertThat(s.term.title()).isEqualTo("a");
        s.feed("\033]2;" + "x".repeat(100_000) + "\007");
        assertThat(s.term.title()).hasSize(4096);
    }
}
