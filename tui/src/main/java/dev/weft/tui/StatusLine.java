package dev.weft.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.protocol.Pdu;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The status line in tmux's default look: black on green; left {@code [NAME] } and the tab list
 * ({@code INDEX:NAME} with {@code *} current, {@code -} last, {@code Z} zoomed); right the host name
 * in quotes (tmux shows the pane title, which defaults to the host name) and the clock as
 * {@code %H:%M %d-%b-%y}. When both do not fit, the left side wins, as in tmux.
 */
final class StatusLine {
    static final TextColor FG = TextColor.ANSI.BLACK;
    static final TextColor BG = TextColor.ANSI.GREEN;
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm dd-MMM-yy", Locale.ENGLISH);

    private final String hostName;
    private final Clock clock;

    StatusLine(String hostName, Clock clock) {
        this.hostName = hostName;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    String left(Pdu.SessionState state, int lastTabId) {
        StringBuilder s = new StringBuilder();
        s.append('[').append(state.sessionName()).append("] ");
        boolean first = true;
        for (Pdu.TabInfo tab : state.tabs()) {
            if (!first) {
                s.append(' ');
            }
            first = false;
            s.append(tab.index()).append(':').append(tab.name());
            if (tab.tabId() == state.activeTabId()) {
                s.append('*');
            } else if (tab.tabId() == lastTabId) {
                s.append('-');
            }
            if (tab.zoomed()) {
                s.append('Z');
            }
        }
        return s.toString();
    }

    String right() {
        String time = ZonedDateTime.now(clock).format(CLOCK);
        return hostName.isEmpty() ? time : "\"" + hostName + "\" " + time;
    }

    /** Draw the whole line into {@code row} of the screen, {@code cols} wide. */
    void draw(Screen screen, int row, int cols, Pdu.SessionState state, int lastTabId) {
        TextCharacter blank = TextCharacter.fromCharacter(' ', FG, BG)[0];
        for (int x = 0; x < cols; x++) {
            screen.setCharacter(x, row, blank);
        }
        String left = state == null ? "" : left(state, lastTabId);
        int leftEnd = put(screen, 0, row, cols, left);
        String right = right();
        int rightWidth = width(right);
        int rightStart = cols - rightWidth;
        if (rightStart > leftEnd) {
            put(screen, rightStart, row, cols, right);
        }
    }

    /** Writes text from column x, never past {@code limit}; returns the column after it. */
    private static int put(Screen screen, int x, int row, int limit, String text) {
        for (TextCharacter c : TextCharacter.fromString(text, FG, BG)) {
            int w = c.isDoubleWidth() ? 2 : 1;
            if (x + w > limit) {
                break;
            }
            screen.setCharacter(x, row, c);
            x += w;
        }
        return x;
    }

    private static int width(String text) {
        int w = 0;
        for (TextCharacter c : TextCharacter.fromString(text)) {
            w += c.isDoubleWidth() ? 2 : 1;
        }
        return w;
    }
}
