package dev.weft.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a status-line prompt and its cursor, with tmux's emacs-style editing (its default
 * {@code status-keys emacs}): Left/Right, Home/C-a, End/C-e, BSpace, Delete, C-u (the whole line,
 * as tmux), C-k (to the end), C-w (the word before the cursor), M-b/M-f (word left/right),
 * Up/Down through this client's history (most recent first; Down past the newest returns to the
 * line being typed), Tab completion of the command name against a list of commands.
 *
 * <p>The text is held as code points so the cursor never splits a surrogate pair. Pure: no
 * drawing, no terminal; one thread (the input thread) uses it.
 */
final class PromptEditor {
    private final List<Integer> text = new ArrayList<>();
    private int cursor;
    private final List<String> history;
    private int historyIndex = -1;
    private String draft = "";

    /** @param history most recent first; shared with later prompts, not modified here */
    PromptEditor(String initial, List<String> history) {
        this.history = history;
        set(initial);
    }

    String text() {
        StringBuilder s = new StringBuilder();
        text.forEach(s::appendCodePoint);
        return s.toString();
    }

    /** The cursor, in code points from the start. */
    int cursor() {
        return cursor;
    }

    /** The text before the cursor (for measuring where to draw the cursor). */
    String beforeCursor() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cursor; i++) {
            s.appendCodePoint(text.get(i));
        }
        return s.toString();
    }

    void set(String value) {
        text.clear();
        value.codePoints().forEach(text::add);
        cursor = text.size();
    }

    void insert(String s) {
        for (int cp : s.codePoints().toArray()) {
            if (cp < 0x20 || cp == 0x7f) {
                continue; // control characters (a pasted newline) do not belong in a one-line prompt
            }
            text.add(cursor++, cp);
        }
    }

    void left() {
        cursor = Math.max(0, cursor - 1);
    }

    void right() {
        cursor = Math.min(text.size(), cursor + 1);
    }

    void home() {
        cursor = 0;
    }

    void end() {
        cursor = text.size();
    }

    void backspace() {
        if (cursor > 0) {
            text.remove(--cursor);
        }
    }

    void delete() {
        if (cursor < text.size()) {
            text.remove(cursor);
        }
    }

    /** C-u: tmux clears the whole line. */
    void clear() {
        text.clear();
        cursor = 0;
    }

    /** C-k: delete from the cursor to the end. */
    void killToEnd() {
        while (text.size() > cursor) {
            text.remove(text.size() - 1);
        }
    }

    /** C-w: delete the word before the cursor (and the spaces after it), as tmux. */
    void deleteWordBack() {
        int start = wordStartBefore(cursor);
        for (int i = cursor - 1; i >= start; i--) {
            text.remove(i);
        }
        cursor = start;
    }

    /** M-b. */
    void wordLeft() {
        cursor = wordStartBefore(cursor);
    }

    /** M-f: to the end of the next word. */
    void wordRight() {
        int i = cursor;
        while (i < text.size() && text.get(i) == ' ') {
            i++;
        }
        while (i < text.size() && text.get(i) != ' ') {
            i++;
        }
        cursor = i;
    }

    private int wordStartBefore(int from) {
        int i = from;
        while (i > 0 && text.get(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && text.get(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    /** Up: the next older history entry (the line being typed is kept for Down). */
    void historyUp() {
        if (historyIndex + 1 >= history.size()) {
            return;
        }
        if (historyIndex < 0) {
            draft = text();
        }
        historyIndex++;
        set(history.get(historyIndex));
    }

    /** Down: the next newer entry, then back to the line being typed. */
    void historyDown() {
        if (historyIndex < 0) {
            return;
        }
        historyIndex--;
        set(historyIndex < 0 ? draft : history.get(historyIndex));
    }

    /**
     * Tab: when the cursor is in the first word, complete it against {@code commands}: one match
     * is completed with a space after it; several are extended to their longest common start.
     * Returns whether the text changed.
     */
    boolean complete(List<String> commands) {
        String before = beforeCursor();
        String word = before.stripLeading();
        if (word.contains(" ")) {
            return false; // arguments are not completed
        }
        List<String> matches = new ArrayList<>();
        for (String c : commands) {
            if (c.startsWith(word)) {
                matches.add(c);
            }
        }
        if (matches.isEmpty()) {
            return false;
        }
        String completion;
        if (matches.size() == 1) {
            completion = matches.get(0) + " ";
        } else {
            completion = commonPrefix(matches);
        }
        if (completion.length() <= word.length()) {
            return false;
        }
        insert(completion.substring(word.length()));
        return true;
    }

    private static String commonPrefix(List<String> words) {
        String prefix = words.get(0);
        for (String w : words) {
            int n = 0;
            while (n < prefix.length() && n < w.length() && prefix.charAt(n) == w.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix;
    }
}
