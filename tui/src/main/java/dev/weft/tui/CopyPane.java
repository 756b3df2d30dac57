package dev.weft.tui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One pane's copy mode with what surrounds the model: its lines, the {@code send-keys -X} commands
 * (tmux's names and meanings), the search state, and what a command asks of its owner (copy text,
 * search on the server, leave). All methods are called under this object's lock by
 * {@link CopyModes}.
 */
final class CopyPane {
    /** tmux's default {@code word-separators} (3.3). */
    static final String WORD_SEPARATORS = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~";
    /** What next-space / previous-space stop at: blanks only. */
    static final String SPACE_ONLY = "";

    /** What a command wants done beyond moving the model. */
    sealed interface Effect {
        /** Nothing more (redraw). */
        record None() implements Effect {}

        /** Leave copy mode. */
        record Cancel() implements Effect {}

        /** Copy {@code text} (append: add to the newest buffer); leave afterwards when {@code cancel}. */
        record Copy(String text, boolean append, boolean cancel) implements Effect {}

        /** Ask the server for the next match. */
        record Search(String query, boolean backward, boolean regex, long fromY, int fromX) implements Effect {}

        /** Freeze the pane again (refresh-from-pane). */
        record Refresh() implements Effect {}

        /** Show a message (unknown command, bad argument). */
        record Message(String text) implements Effect {}
    }

    static final Effect NONE = new Effect.None();

    final int paneId;
    final CopyMode mode;
    final HistoryPages pages;
    /** {@code -e}: leave when scrolled back to the bottom. */
    boolean scrollExit;
    /** Commands wait for the history's bounds and run in order. */
    CompletableFuture<Void> chain;
    /** A count given by {@code send-keys -N} alone (the repeat prompt), for the next command. */
    int prefixCount;

    String searchQuery;
    boolean searchBackward;
    boolean searchRegex;
    /** What matches are highlighted with (the last search), or null. */
    Pattern highlight;
    /** The match the cursor went to, or null. */
    CopyView.Match current;
    /** Where an incremental search started (its view and cursor), or null outside one. */
    long[] incrementalStart;
    String incrementalText;

    private CopyView cached;
    private long version;
    private long cachedVersion = -1;

    CopyPane(int paneId, CopyMode mode, HistoryPages pages) {
        this.paneId = paneId;
        this.mode = mode;
        this.pages = pages;
        this.chain = pages == null ? CompletableFuture.completedFuture(null) : pages.ready();
    }

    /** Something shown changed: the next {@link #view} is built anew. */
    void changed() {
        version++;
    }

    CopyView view(dev.weft.client.PaneMirror live) {
        if (cached == null || cachedVersion != version) {
            cached = CopyView.of(paneId, mode, highlight, current, live);
            cachedVersion = version;
        }
        pages.want(mode.lineAt(0), mode.lineAt(mode.lines().rows() - 1));
        return cached;
    }

    /** Run one {@code send-keys -X} command {@code count} times (at least once). */
    Effect run(String command, String argument, int count) {
        if (!command.endsWith("-incremental")) {
            incrementalStart = null;
            incrementalText = null;
        }
        Effect e = NONE;
        int n = Math.max(1, count);
        switch (command) {
            case "cursor-left" -> repeat(n, mode::cursorLeft);
            case "cursor-right" -> repeat(n, mode::cursorRight);
            case "cursor-up" -> repeat(n, mode::cursorUp);
            case "cursor-down" -> repeat(n, mode::cursorDown);
            case "next-word" -> repeat(n, () -> mode.nextWord(WORD_SEPARATORS));
            case "next-word-end" -> repeat(n, () -> mode.nextWordEnd(WORD_SEPARATORS));
            case "previous-word" -> repeat(n, () -> mode.previousWord(WORD_SEPARATORS));
            case "next-space" -> repeat(n, () -> mode.nextWord(SPACE_ONLY));
            case "next-space-end" -> repeat(n, () -> mode.nextWordEnd(SPACE_ONLY));
            case "previous-space" -> repeat(n, () -> mode.previousWord(SPACE_ONLY));
            case "start-of-line" -> mode.startOfLine();
            case "end-of-line" -> mode.endOfLine();
            case "back-to-indentation" -> mode.backToIndentation();
            case "top-line" -> mode.topLine();
            case "middle-line" -> mode.middleLine();
            case "bottom-line" -> mode.bottomLine();
            case "history-top" -> mode.historyTop();
            case "history-bottom" -> mode.historyBottom();
            case "page-up" -> repeat(n, () -> mode.pageUp(false));
            case "halfpage-up" -> repeat(n, () -> mode.pageUp(true));
            case "scroll-up" -> mode.scrollUp(n);
            case "page-down", "page-down-and-cancel" -> e = down(n, () -> mode.pageDown(false),
                    command.endsWith("-and-cancel"));
            case "halfpage-down", "halfpage-down-and-cancel" -> e = down(n, () -> mode.pageDown(true),
                    command.endsWith("-and-cancel"));
            case "scroll-down", "scroll-down-and-cancel" -> e = down(1, () -> mode.scrollDown(n),
                    command.endsWith("-and-cancel"));
            case "goto-line" -> e = gotoLine(argument);
            case "next-matching-bracket" -> mode.matchingBracket(true);
            case "previous-matching-bracket" -> mode.matchingBracket(false);
            case "next-paragraph" -> repeat(n, mode::nextParagraph);
            case "previous-paragraph" -> repeat(n, mode::previousParagraph);
            case "jump-forward" -> e = jump('f', argument);
            case "jump-backward" -> e = jump('F', argument);
            case "jump-to-forward" -> e = jump('t', argument);
            case "jump-to-backward" -> e = jump('T', argument);
            case "jump-again" -> repeat(n, () -> mode.jumpAgain(false));
            case "jump-reverse" -> repeat(n, () -> mode.jumpAgain(true));
            case "begin-selection" -> mode.beginSelection();
            case "select-line" -> mode.selectLine();
            case "select-word" -> mode.selectWord(WORD_SEPARATORS);
            case "rectangle-toggle" -> mode.rectangle(null);
            case "rectangle-on" -> mode.rectangle(true);
            case "rectangle-off" -> mode.rectangle(false);
            case "clear-selection" -> mode.clearSelection();
            case "other-end" -> repeat(n, mode::otherEnd);
            case "set-mark" -> mode.setMark();
            case "jump-to-mark" -> mode.jumpToMark();
            case "toggle-position" -> mode.togglePosition();
            case "cancel" -> e = new Effect.Cancel();
            case "refresh-from-pane" -> e = new Effect.Refresh();
            case "copy-selection", "copy-pipe" -> e = copySelection(false, false, true);
            case "copy-selection-no-clear", "copy-pipe-no-clear" -> e = copySelection(false, false, false);
            case "copy-selection-and-cancel", "copy-pipe-and-cancel" -> e = copySelection(false, true, true);
            case "append-selection" -> e = copySelection(true, false, true);
            case "append-selection-and-cancel" -> e = copySelection(true, true, true);
            case "copy-end-of-line", "copy-pipe-end-of-line" -> e = copyEndOfLine(n, false);
            case "copy-end-of-line-and-cancel", "copy-pipe-end-of-line-and-cancel" -> e = copyEndOfLine(n, true);
            case "copy-line", "copy-pipe-line" -> e = copyLine(n, false);
            case "copy-line-and-cancel", "copy-pipe-line-and-cancel" -> e = copyLine(n, true);
            case "search-forward", "search-forward-text" -> e = search(argument, false, command.equals("search-forward"));
            case "search-backward", "search-backward-text" -> e = search(argument, true, command.equals("search-backward"));
            case "search-again" -> e = again(false);
            case "search-reverse" -> e = again(true);
            case "search-forward-incremental" -> e = incremental(argument, false);
            case "search-backward-incremental" -> e = incremental(argument, true);
            default -> e = new Effect.Message("unknown command: " + command);
        }
        changed();
        return e;
    }

    private static void repeat(int n, Runnable r) {
        for (int i = 0; i < n; i++) {
            r.run();
        }
    }

    private interface Down {
        boolean atBottom();
    }

    /** A move down; leaving at the bottom with -e or an -and-cancel command (tmux). */
    private Effect down(int n, Down move, boolean cancelAtBottom) {
        boolean bottom = false;
        for (int i = 0; i < n; i++) {
            bottom = move.atBottom();
        }
        return bottom && (scrollExit || cancelAtBottom) ? new Effect.Cancel() : NONE;
    }

    private Effect gotoLine(String argument) {
        try {
            mode.gotoLine(Long.parseLong(argument == null ? "" : argument.trim()));
            return NONE;
        } catch (NumberFormatException e) {
            return new Effect.Message("goto-line: not a line number: " + argument);
        }
    }

    private Effect jump(char type, String argument) {
        if (argument == null || argument.isEmpty()) {
            return NONE;
        }
        mode.jump(type, argument.substring(0, argument.offsetByCodePoints(0, 1)));
        return NONE;
    }

    private Effect copySelection(boolean append, boolean cancel, boolean clear) {
        CopyMode.Selection s = mode.selection();
        if (s == null) {
            return cancel ? new Effect.Cancel() : NONE;
        }
        String text = CopyText.of(mode.lines(), s);
        if (clear) {
            mode.clearSelection();
        }
        return new Effect.Copy(text, append, cancel);
    }

    private Effect copyEndOfLine(int n, boolean cancel) {
        long y = mode.cursorLine();
        CopyMode.Selection s = new CopyMode.Selection(CopyMode.Kind.CHAR, y, mode.cx(), y + n - 1,
                mode.lines().cols(), false);
        return new Effect.Copy(CopyText.of(mode.lines(), s), false, cancel);
    }

    private Effect copyLine(int n, boolean cancel) {
        long y = mode.cursorLine();
        CopyMode.Selection s = new CopyMode.Selection(CopyMode.Kind.LINE, y, 0, y + n - 1, 0, false);
        return new Effect.Copy(CopyText.of(mode.lines(), s), false, cancel);
    }

    private Effect search(String query, boolean backward, boolean regex) {
        if (query == null || query.isEmpty()) {
            return NONE;
        }
        searchQuery = query;
        searchBackward = backward;
        searchRegex = regex;
        return new Effect.Search(query, backward, regex, mode.cursorLine(), mode.cx());
    }

    private Effect again(boolean reverse) {
        if (searchQuery == null) {
            return NONE;
        }
        return new Effect.Search(searchQuery, searchBackward != reverse, searchRegex, mode.cursorLine(), mode.cx());
    }

    /**
     * search-*-incremental as tmux's prompt drives it: {@code =text} the text changed (search again
     * from where the incremental search began), {@code +text} / {@code -text} the next match
     * down / up (C-s, C-r in the prompt). Plain text, as tmux 3.3's.
     */
    private Effect incremental(String argument, boolean backward) {
        if (argument == null || argument.isEmpty()) {
            return NONE;
        }
        char prefix = argument.charAt(0);
        String text = argument.substring(1);
        if (incrementalStart == null) {
            incrementalStart = new long[] {mode.cursorLine(), mode.cx()};
        } else if (prefix == '=' && !text.equals(incrementalText)) {
            mode.moveTo(incrementalStart[0], (int) incrementalStart[1]);
        }
        incrementalText = text;
        if (text.isEmpty()) {
            highlight = null;
            current = null;
            return NONE;
        }
        boolean up = prefix == '-' || (prefix == '=' && backward);
        searchQuery = text;
        searchBackward = up;
        searchRegex = false;
        return new Effect.Search(text, up, false, mode.cursorLine(), mode.cx());
    }

    /** The highlight pattern for a query with tmux's rules (smart case); null when the regex does not compile. */
    static Pattern pattern(String query, boolean regex) {
        int flags = ignoreCase(query) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            return Pattern.compile(regex ? query : Pattern.quote(query), flags);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** tmux's smart case: a query without capitals ignores case. */
    static boolean ignoreCase(String query) {
        return query.chars().noneMatch(Character::isUpperCase);
    }

    /** Formats copy mode answers ({@code send-keys -F}, prompts' initial text). */
    String expand(String text) {
        if (text == null || text.indexOf("#{") < 0) {
            return text;
        }
        List<String[]> values = List.of(
                new String[] {"#{copy_cursor_word}", mode.cursorWord(WORD_SEPARATORS)},
                new String[] {"#{copy_cursor_line}", CopyLines.trimmed(mode.lines().line(mode.cursorLine()))},
                new String[] {"#{copy_cursor_x}", Integer.toString(mode.cx())},
                new String[] {"#{copy_cursor_y}", Integer.toString(mode.cy())},
                new String[] {"#{scroll_position}", Long.toString(mode.oy())},
                new String[] {"#{history_size}", Long.toString(mode.lines().historySize())},
                new String[] {"#{pane_search_string}", searchQuery == null ? "" : searchQuery},
                new String[] {"#{pane_in_mode}", "1"},
                new String[] {"#{pane_mode}", "copy-mode"},
                new String[] {"#{selection_present}", mode.selecting() ? "1" : "0"},
                new String[] {"#{rectangle_toggle}", mode.rectangle() ? "1" : "0"});
        String out = text;
        for (String[] v : values) {
            out = out.replace(v[0], v[1]);
        }
        return out;
    }
}
