package dev.weft.keymaps;

/**
 * tmux 3.3a's default {@code copy-mode} (emacs) and {@code copy-mode-vi} tables, exactly as
 * {@code tmux -f /dev/null list-keys -T copy-mode[-vi]} prints them, minus the mouse rows (the
 * TUI's mouse code handles the mouse in copy mode). Commands are {@code send-keys -X NAME}, which
 * the TUI's copy mode carries out, or command-prompts whose template is one.
 */
final class CopyModeBindings {
    static final String EMACS = "copy-mode";
    static final String VI = "copy-mode-vi";

    static void addTo(KeyTables t) {
        emacs(t);
        vi(t);
    }

    private static void emacs(KeyTables t) {
        b(t, "copy-mode", "C-Space", "send-keys -X begin-selection");
        b(t, "copy-mode", "C-a", "send-keys -X start-of-line");
        b(t, "copy-mode", "C-b", "send-keys -X cursor-left");
        b(t, "copy-mode", "C-c", "send-keys -X cancel");
        b(t, "copy-mode", "C-e", "send-keys -X end-of-line");
        b(t, "copy-mode", "C-f", "send-keys -X cursor-right");
        b(t, "copy-mode", "C-g", "send-keys -X clear-selection");
        b(t, "copy-mode", "C-k", "send-keys -X copy-pipe-end-of-line-and-cancel");
        b(t, "copy-mode", "C-n", "send-keys -X cursor-down");
        b(t, "copy-mode", "C-p", "send-keys -X cursor-up");
        b(t, "copy-mode", "C-r", "command-prompt -i -I \"#{pane_search_string}\" -T search -p \"(search up)\" { send-keys -X search-backward-incremental \"%%\" }");
        b(t, "copy-mode", "C-s", "command-prompt -i -I \"#{pane_search_string}\" -T search -p \"(search down)\" { send-keys -X search-forward-incremental \"%%\" }");
        b(t, "copy-mode", "C-v", "send-keys -X page-down");
        b(t, "copy-mode", "C-w", "send-keys -X copy-pipe-and-cancel");
        b(t, "copy-mode", "Escape", "send-keys -X cancel");
        b(t, "copy-mode", "Space", "send-keys -X page-down");
        b(t, "copy-mode", ",", "send-keys -X jump-reverse");
        b(t, "copy-mode", ";", "send-keys -X jump-again");
        b(t, "copy-mode", "F", "command-prompt -1 -p \"(jump backward)\" { send-keys -X jump-backward \"%%\" }");
        b(t, "copy-mode", "N", "send-keys -X search-reverse");
        b(t, "copy-mode", "P", "send-keys -X toggle-position");
        b(t, "copy-mode", "R", "send-keys -X rectangle-toggle");
        b(t, "copy-mode", "T", "command-prompt -1 -p \"(jump to backward)\" { send-keys -X jump-to-backward \"%%\" }");
        b(t, "copy-mode", "X", "send-keys -X set-mark");
        b(t, "copy-mode", "f", "command-prompt -1 -p \"(jump forward)\" { send-keys -X jump-forward \"%%\" }");
        b(t, "copy-mode", "g", "command-prompt -p \"(goto line)\" { send-keys -X goto-line \"%%\" }");
        b(t, "copy-mode", "n", "send-keys -X search-again");
        b(t, "copy-mode", "q", "send-keys -X cancel");
        b(t, "copy-mode", "r", "send-keys -X refresh-from-pane");
        b(t, "copy-mode", "t", "command-prompt -1 -p \"(jump to forward)\" { send-keys -X jump-to-forward \"%%\" }");
        b(t, "copy-mode", "Home", "send-keys -X start-of-line");
        b(t, "copy-mode", "End", "send-keys -X end-of-line");
        b(t, "copy-mode", "NPage", "send-keys -X page-down");
        b(t, "copy-mode", "PPage", "send-keys -X page-up");
        b(t, "copy-mode", "Up", "send-keys -X cursor-up");
        b(t, "copy-mode", "Down", "send-keys -X cursor-down");
        b(t, "copy-mode", "Left", "send-keys -X cursor-left");
        b(t, "copy-mode", "Right", "send-keys -X cursor-right");
        b(t, "copy-mode", "M-C-b", "send-keys -X previous-matching-bracket");
        b(t, "copy-mode", "M-C-f", "send-keys -X next-matching-bracket");
        b(t, "copy-mode", "M-1", "command-prompt -N -I 1 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-2", "command-prompt -N -I 2 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-3", "command-prompt -N -I 3 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-4", "command-prompt -N -I 4 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-5", "command-prompt -N -I 5 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-6", "command-prompt -N -I 6 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-7", "command-prompt -N -I 7 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-8", "command-prompt -N -I 8 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-9", "command-prompt -N -I 9 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode", "M-<", "send-keys -X history-top");
        b(t, "copy-mode", "M->", "send-keys -X history-bottom");
        b(t, "copy-mode", "M-R", "send-keys -X top-line");
        b(t, "copy-mode", "M-b", "send-keys -X previous-word");
        b(t, "copy-mode", "M-f", "send-keys -X next-word-end");
        b(t, "copy-mode", "M-m", "send-keys -X back-to-indentation");
        b(t, "copy-mode", "M-r", "send-keys -X middle-line");
        b(t, "copy-mode", "M-v", "send-keys -X page-up");
        b(t, "copy-mode", "M-w", "send-keys -X copy-pipe-and-cancel");
        b(t, "copy-mode", "M-x", "send-keys -X jump-to-mark");
        b(t, "copy-mode", "M-{", "send-keys -X previous-paragraph");
        b(t, "copy-mode", "M-}", "send-keys -X next-paragraph");
        b(t, "copy-mode", "M-Up", "send-keys -X halfpage-up");
        b(t, "copy-mode", "M-Down", "send-keys -X halfpage-down");
        b(t, "copy-mode", "C-Up", "send-keys -X scroll-up");
        b(t, "copy-mode", "C-Down", "send-keys -X scroll-down");
    }

    private static void vi(KeyTables t) {
        b(t, "copy-mode-vi", "C-b", "send-keys -X page-up");
        b(t, "copy-mode-vi", "C-c", "send-keys -X cancel");
        b(t, "copy-mode-vi", "C-d", "send-keys -X halfpage-down");
        b(t, "copy-mode-vi", "C-e", "send-keys -X scroll-down");
        b(t, "copy-mode-vi", "C-f", "send-keys -X page-down");
        b(t, "copy-mode-vi", "C-h", "send-keys -X cursor-left");
        b(t, "copy-mode-vi", "C-j", "send-keys -X copy-pipe-and-cancel");
        b(t, "copy-mode-vi", "Enter", "send-keys -X copy-pipe-and-cancel");
        b(t, "copy-mode-vi", "C-u", "send-keys -X halfpage-up");
        b(t, "copy-mode-vi", "C-v", "send-keys -X rectangle-toggle");
        b(t, "copy-mode-vi", "C-y", "send-keys -X scroll-up");
        b(t, "copy-mode-vi", "Escape", "send-keys -X clear-selection");
        b(t, "copy-mode-vi", "Space", "send-keys -X begin-selection");
        b(t, "copy-mode-vi", "#", "send-keys -FX search-backward \"#{copy_cursor_word}\"");
        b(t, "copy-mode-vi", "$", "send-keys -X end-of-line");
        b(t, "copy-mode-vi", "%", "send-keys -X next-matching-bracket");
        b(t, "copy-mode-vi", "*", "send-keys -FX search-forward \"#{copy_cursor_word}\"");
        b(t, "copy-mode-vi", ",", "send-keys -X jump-reverse");
        b(t, "copy-mode-vi", "/", "command-prompt -T search -p \"(search down)\" { send-keys -X search-forward \"%%\" }");
        b(t, "copy-mode-vi", "0", "send-keys -X start-of-line");
        b(t, "copy-mode-vi", "1", "command-prompt -N -I 1 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "2", "command-prompt -N -I 2 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "3", "command-prompt -N -I 3 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "4", "command-prompt -N -I 4 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "5", "command-prompt -N -I 5 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "6", "command-prompt -N -I 6 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "7", "command-prompt -N -I 7 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "8", "command-prompt -N -I 8 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", "9", "command-prompt -N -I 9 -p (repeat) { send-keys -N \"%%\" }");
        b(t, "copy-mode-vi", ":", "command-prompt -p \"(goto line)\" { send-keys -X goto-line \"%%\" }");
        b(t, "copy-mode-vi", ";", "send-keys -X jump-again");
        b(t, "copy-mode-vi", "?", "command-prompt -T search -p \"(search up)\" { send-keys -X search-backward \"%%\" }");
        b(t, "copy-mode-vi", "A", "send-keys -X append-selection-and-cancel");
        b(t, "copy-mode-vi", "B", "send-keys -X previous-space");
        b(t, "copy-mode-vi", "D", "send-keys -X copy-pipe-end-of-line-and-cancel");
        b(t, "copy-mode-vi", "E", "send-keys -X next-space-end");
        b(t, "copy-mode-vi", "F", "command-prompt -1 -p \"(jump backward)\" { send-keys -X jump-backward \"%%\" }");
        b(t, "copy-mode-vi", "G", "send-keys -X history-bottom");
        b(t, "copy-mode-vi", "H", "send-keys -X top-line");
        b(t, "copy-mode-vi", "J", "send-keys -X scroll-down");
        b(t, "copy-mode-vi", "K", "send-keys -X scroll-up");
        b(t, "copy-mode-vi", "L", "send-keys -X bottom-line");
        b(t, "copy-mode-vi", "M", "send-keys -X middle-line");
        b(t, "copy-mode-vi", "N", "send-keys -X search-reverse");
        b(t, "copy-mode-vi", "P", "send-keys -X toggle-position");
        b(t, "copy-mode-vi", "T", "command-prompt -1 -p \"(jump to backward)\" { send-keys -X jump-to-backward \"%%\" }");
        b(t, "copy-mode-vi", "V", "send-keys -X select-line");
        b(t, "copy-mode-vi", "W", "send-keys -X next-space");
        b(t, "copy-mode-vi", "X", "send-keys -X set-mark");
        b(t, "copy-mode-vi", "^", "send-keys -X back-to-indentation");
        b(t, "copy-mode-vi", "b", "send-keys -X previous-word");
        b(t, "copy-mode-vi", "e", "send-keys -X next-word-end");
        b(t, "copy-mode-vi", "f", "command-prompt -1 -p \"(jump forward)\" { send-keys -X jump-forward \"%%\" }");
        b(t, "copy-mode-vi", "g", "send-keys -X history-top");
        b(t, "copy-mode-vi", "h", "send-keys -X cursor-left");
        b(t, "copy-mode-vi", "j", "send-keys -X cursor-down");
        b(t, "copy-mode-vi", "k", "send-keys -X cursor-up");
        b(t, "copy-mode-vi", "l", "send-keys -X cursor-right");
        b(t, "copy-mode-vi", "n", "send-keys -X search-again");
        b(t, "copy-mode-vi", "o", "send-keys -X other-end");
        b(t, "copy-mode-vi", "q", "send-keys -X cancel");
        b(t, "copy-mode-vi", "r", "send-keys -X refresh-from-pane");
        b(t, "copy-mode-vi", "t", "command-prompt -1 -p \"(jump to forward)\" { send-keys -X jump-to-forward \"%%\" }");
        b(t, "copy-mode-vi", "v", "send-keys -X rectangle-toggle");
        b(t, "copy-mode-vi", "w", "send-keys -X next-word");
        b(t, "copy-mode-vi", "{", "send-keys -X previous-paragraph");
        b(t, "copy-mode-vi", "}", "send-keys -X next-paragraph");
        b(t, "copy-mode-vi", "BSpace", "send-keys -X cursor-left");
        b(t, "copy-mode-vi", "NPage", "send-keys -X page-down");
        b(t, "copy-mode-vi", "PPage", "send-keys -X page-up");
        b(t, "copy-mode-vi", "Up", "send-keys -X cursor-up");
        b(t, "copy-mode-vi", "Down", "send-keys -X cursor-down");
        b(t, "copy-mode-vi", "Left", "send-keys -X cursor-left");
        b(t, "copy-mode-vi", "Right", "send-keys -X cursor-right");
        b(t, "copy-mode-vi", "M-x", "send-keys -X jump-to-mark");
        b(t, "copy-mode-vi", "C-Up", "send-keys -X scroll-up");
        b(t, "copy-mode-vi", "C-Down", "send-keys -X scroll-down");
    }

    private static void b(KeyTables t, String table, String key, String command) {
        t.bind(table, key, false, command);
    }

    private CopyModeBindings() {}
}
