package dev.weft.emulator;

/** What DECSC saves and DECRC restores: position, pen, charsets, origin mode, pending wrap. */
final class SavedCursor {
    int col;
    int row;
    boolean pendingWrap;
    boolean originMode;
    boolean valid;
    final Pen pen = new Pen();
    final Charsets charsets = new Charsets();
}
