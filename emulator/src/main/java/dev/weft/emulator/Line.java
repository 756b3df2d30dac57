package dev.weft.emulator;

/**
 * An immutable copy of one row of cells. A wide character occupies its cell (width 2) and the
 * next (width 0, text ""). A blank cell's text is " ".
 */
public interface Line {
    int cols();

    /** The cell's grapheme (base character plus combining marks), " " when blank, "" for a wide character's second half. */
    String text(int col);

    /** 1, 2 for a wide character, 0 for a wide character's second half. */
    int width(int col);

    int fg(int col);

    int bg(int col);

    int underlineColor(int col);

    /** {@link CellAttrs} bits. */
    int attrs(int col);

    /** The cell's OSC 8 hyperlink URI, or null. */
    default String hyperlink(int col) {
        return null;
    }

    /**
     * The OSC 133 shell-integration mark set on this row: 0 none, 'A' prompt start, 'B' command
     * input start, 'C' command output start, 'D' command finished.
     */
    default int shellMark() {
        return 0;
    }

    /** The row continues on the next one (autowrap happened at its end). */
    boolean wrapped();

    /** The row's text with trailing blanks removed, wide continuation cells skipped. */
    String plainText();
}
