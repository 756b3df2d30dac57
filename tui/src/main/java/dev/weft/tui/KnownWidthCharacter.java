package dev.weft.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * A Lanterna cell whose width is decided once, when it is made. Lanterna asks
 * {@link #isDoubleWidth} of every cell of both buffers on every delta refresh, and answers with
 * {@code Character.UnicodeBlock.of}: profiled, that was most of the attached client's render time
 * on scrolling output (bench/run, docs/BENCHMARKS.md). Nothing below U+1100 is wide.
 */
final class KnownWidthCharacter extends TextCharacter {
    private final boolean wide;

    KnownWidthCharacter(char c, TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
        super(c, fg, bg, sgr);
        this.wide = c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c);
    }

    @Override
    public boolean isDoubleWidth() {
        return wide;
    }
}
