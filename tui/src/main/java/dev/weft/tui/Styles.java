package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.weft.config.Style;
import java.util.EnumSet;

/** Config {@link Style}s to Lanterna cells: the same colour encoding as the protocol's cells. */
final class Styles {
    private Styles() {}

    static TextColor fg(Style s) {
        return s.fg() == Style.UNSET ? TextColor.ANSI.DEFAULT : CellStyle.color(s.fg());
    }

    static TextColor bg(Style s) {
        return s.bg() == Style.UNSET ? TextColor.ANSI.DEFAULT : CellStyle.color(s.bg());
    }

    static TextCharacter cell(String glyph, Style s) {
        EnumSet<SGR> sgr = CellStyle.sgr(s.attrs());
        String g = glyph.isEmpty() ? " " : glyph;
        if (g.length() == 1) {
            return new TextCharacter(g.charAt(0), fg(s), bg(s), sgr);
        }
        TextCharacter[] chars = TextCharacter.fromString(g, fg(s), bg(s), sgr);
        return chars.length == 0 ? new TextCharacter(' ', fg(s), bg(s), sgr) : chars[0];
    }

    /** A block of colour: a space whose background is the style's foreground (tmux's big digits). */
    static TextCharacter block(Style s) {
        int colour = s.fg() != Style.UNSET ? s.fg() : s.bg();
        TextColor bg = colour == Style.UNSET ? TextColor.ANSI.DEFAULT : CellStyle.color(colour);
        if (colour == Style.UNSET || colour == 0) {
            return new TextCharacter(' ', TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
        }
        return new TextCharacter(' ', TextColor.ANSI.DEFAULT, bg);
    }
}
