package dev.weft.tui;

import dev.weft.config.Style;
import dev.weft.protocol.Pdu;
import java.util.List;

/**
 * Composes the status line, in this order of precedence: the prompt (label, text and a reverse
 * cursor cell, in {@code status.message_style}, scrolled so the cursor shows); a message (in
 * {@code status.message_style}); the server's {@link Pdu.StatusUpdate}; before the first update,
 * the built-in look of {@link StatusLine}.
 *
 * <p>The server's line, as tmux lays out its default {@code status-format}: the whole row in
 * {@code status.style}; left at column 0, at most {@code status.left_length} cells; right at most
 * {@code status.right_length} cells, right-aligned, and cut short when it would run into the left
 * (the left wins); the tab labels, one space apart, in the room between, each over
 * {@code status.tab_style} or for the active tab {@code status.tab_current_style}. When the labels
 * do not fit, the list is shifted to keep the active tab visible and {@code <} / {@code >} mark
 * the cut ends (tmux's list markers). Style markers ({@code #[fg=red]}) inside any part apply with
 * {@link Style#segments}.
 */
final class StatusBar {
    private final StatusLine fallback;

    StatusBar(StatusLine fallback) {
        this.fallback = fallback;
    }

    StatusRow compose(Settings.Snapshot s, Prompt prompt, String message, Pdu.StatusUpdate update,
                      Pdu.SessionState state, int lastTabId, int cols) {
        if (prompt != null) {
            return prompt(s, prompt, cols);
        }
        if (message != null) {
            StatusRow row = new StatusRow(cols, s.style("status.message_style"));
            row.put(0, message, row.style(0), cols);
            return row;
        }
        Style base = s.style("status.style");
        if (update == null) {
            StatusRow row = new StatusRow(cols, base);
            String left = state == null ? "" : fallback.left(state, lastTabId);
            int leftEnd = row.put(0, left, base, cols);
            String right = fallback.right();
            int rightStart = cols - StatusRow.width(right);
            if (rightStart > leftEnd) {
                row.put(rightStart, right, base, cols);
            }
            return row;
        }
        return server(s, update, state == null ? -1 : state.activeTabId(), base, cols);
    }

    static StatusRow server(Settings.Snapshot s, Pdu.StatusUpdate update, int activeTabId, Style base, int cols) {
        StatusRow row = new StatusRow(cols, base);
        int leftEnd = putSegments(row, 0, update.left(), base, Math.min(cols, Math.max(0, s.millis("status.left_length"))));
        int rightLength = Math.max(0, s.millis("status.right_length"));
        int rightWidth = Math.min(rightLength, segmentsWidth(update.right(), base));
        int rightStart = Math.max(leftEnd, cols - rightWidth);
        putSegments(row, rightStart, update.right(), base, Math.min(cols, rightStart + rightWidth));
        tabs(row, s, update.tabs(), activeTabId, base, leftEnd, rightStart);
        return row;
    }

    private static void tabs(StatusRow row, Settings.Snapshot s, List<Pdu.TabLabel> tabs, int activeTabId,
                             Style base, int from, int to) {
        int room = to - from;
        if (room <= 0 || tabs.isEmpty()) {
            return;
        }
        Style tabStyle = s.style("status.tab_style").over(base);
        Style currentStyle = s.style("status.tab_current_style").over(base);
        // draw the whole list on a row of its own, then copy the part that fits
        int total = 0;
        int currentStart = 0;
        int currentEnd = 0;
        for (int i = 0; i < tabs.size(); i++) {
            Pdu.TabLabel t = tabs.get(i);
            int w = segmentsWidth(t.text(), t.tabId() == activeTabId ? currentStyle : tabStyle);
            if (t.tabId() == activeTabId) {
                currentStart = total;
                currentEnd = total + w;
            }
            total += w + (i + 1 < tabs.size() ? 1 : 0);
        }
        StatusRow list = new StatusRow(total, base);
        int x = 0;
        int[] starts = new int[tabs.size()];
        int[] ends = new int[tabs.size()];
        for (int i = 0; i < tabs.size(); i++) {
            Pdu.TabLabel t = tabs.get(i);
            starts[i] = x;
            x = putSegments(list, x, t.text(), t.tabId() == activeTabId ? currentStyle : tabStyle, total);
            ends[i] = x;
            x++;
        }
        int offset = 0;
        boolean cutLeft = false;
        boolean cutRight = false;
        if (total > room) {
            if (currentEnd > room - 1) {
                offset = Math.min(total - room + 1, currentEnd - (room - 2));
                offset = Math.max(1, Math.min(offset, currentStart));
                cutLeft = true;
            }
            cutRight = offset + room < total;
        }
        for (int i = 0; i < room && offset + i < total; i++) {
            String g = list.glyph(offset + i);
            boolean wide = offset + i + 1 < total && list.glyph(offset + i + 1).isEmpty();
            if (g.isEmpty() && i > 0) {
                continue; // the second half of a wide character put just before
            }
            boolean cut = g.isEmpty() || wide && i == room - 1;
            row.put(from + i, cut ? " " : g, list.style(offset + i), to);
        }
        if (cutLeft) {
            row.put(from, "<", base, to);
        }
        if (cutRight) {
            row.put(to - 1, ">", base, to);
        }
        // where each label landed, without the list markers, for clicks on the status line
        int first = from + (cutLeft ? 1 : 0);
        int last = to - (cutRight ? 1 : 0);
        for (int i = 0; i < tabs.size(); i++) {
            row.tabSpan(tabs.get(i).tabId(), Math.max(first, from + starts[i] - offset),
                    Math.min(last, from + ends[i] - offset));
        }
    }

    private StatusRow prompt(Settings.Snapshot s, Prompt prompt, int cols) {
        Style style = s.style("status.message_style");
        StatusRow row = new StatusRow(cols, style);
        Prompt.Shown shown = prompt.shown();
        int x = row.put(0, shown.label(), style, cols);
        if (shown.confirming()) {
            return row;
        }
        int cursorAt = StatusRow.width(shown.beforeCursor());
        int room = cols - x - 1;
        // scroll the text left so the cursor stays on the line
        int skip = Math.max(0, cursorAt - Math.max(0, room));
        row.put(x, dropColumns(shown.text(), skip), style, cols);
        int cursorCol = x + cursorAt - skip;
        if (cursorCol < cols) {
            Style reverse = new Style(style.fg(), style.bg(), style.attrs() ^ CellStyle.INVERSE, 0);
            row.restyle(cursorCol, reverse);
            row.cursor(cursorCol);
        }
        return row;
    }

    private static String dropColumns(String text, int columns) {
        int i = 0;
        int w = 0;
        while (i < text.length() && w < columns) {
            int cp = text.codePointAt(i);
            w += StatusRow.width(cp);
            i += Character.charCount(cp);
        }
        return text.substring(i);
    }

    private static int putSegments(StatusRow row, int x, String text, Style base, int limit) {
        for (Style.Segment seg : Style.segments(text, base)) {
            x = row.put(x, seg.text(), seg.style(), limit);
        }
        return x;
    }

    private static int segmentsWidth(String text, Style base) {
        int w = 0;
        for (Style.Segment seg : Style.segments(text, base)) {
            w += StatusRow.width(seg.text());
        }
        return w;
    }
}
