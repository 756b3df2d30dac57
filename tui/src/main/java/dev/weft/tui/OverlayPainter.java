package dev.weft.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.weft.config.Style;
import dev.weft.protocol.Pdu;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Draws the {@link Overlay}s into the pane area (whose top row on the screen is {@code top}), as
 * tmux draws them:
 * <ul>
 *   <li>pane numbers: each number in {@link BigDigits} centred in its pane, in
 *       {@code display_panes.style} ({@code display_panes.active_style} for the active pane), with
 *       the pane's size at its top right; one row in the centre when the pane is too small;</li>
 *   <li>clock: the pane blanked and {@code HH:MM} in big digits centred, {@code clock_mode.style};</li>
 *   <li>pager: the text over the whole pane area, {@code [N/M]} at the top right.</li>
 * </ul>
 */
final class OverlayPainter {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private final Clock clock;

    OverlayPainter(Clock clock) {
        this.clock = clock;
    }

    void paint(Screen screen, Overlay overlay, Settings.Snapshot s, List<Pdu.PaneGeometry> places,
               int top, int cols, int rows) {
        if (overlay instanceof Overlay.Interactive interactive) {
            interactive.paint(screen, s, top, cols, rows);
            return;
        }
        if (overlay instanceof Overlay.PaneNumbers numbers) {
            Style normal = s.style("display_panes.style");
            Style active = s.style("display_panes.active_style");
            for (Overlay.Numbered n : numbers.panes()) {
                Pdu.PaneGeometry p = n.place();
                boolean isActive = p.paneId() == numbers.activePaneId();
                paintNumber(screen, Integer.toString(n.number()), p, isActive ? active : normal, top, cols, rows, true);
            }
        } else if (overlay instanceof Overlay.Clock c) {
            for (Pdu.PaneGeometry p : places) {
                if (p.paneId() == c.paneId()) {
                    blank(screen, p, top, cols, rows);
                    String time = ZonedDateTime.now(clock).format(HH_MM);
                    paintNumber(screen, time, p, s.style("clock_mode.style"), top, cols, rows, false);
                }
            }
        } else if (overlay instanceof Overlay.Pager pager) {
            paintPager(screen, pager, s, top, cols, rows);
        }
    }

    private static void paintNumber(Screen screen, String text, Pdu.PaneGeometry p, Style style, int top,
                                    int cols, int rows, boolean sizeLabel) {
        int sx = p.cols();
        int sy = p.rows();
        if (!BigDigits.fits(text, sx, sy)) {
            int x = p.x() + sx / 2 - text.length() / 2;
            int y = p.y() + sy / 2;
            put(screen, x, y, text, style, top, cols, rows, p);
            return;
        }
        TextCharacter block = Styles.block(style);
        int x0 = p.x() + sx / 2 - 3 * text.length();
        int y0 = p.y() + sy / 2 - 2;
        for (int i = 0; i < text.length(); i++) {
            for (int row = 0; row < BigDigits.HEIGHT; row++) {
                for (int col = 0; col < 5; col++) {
                    if (BigDigits.lit(text.charAt(i), col, row)) {
                        set(screen, x0 + i * BigDigits.ADVANCE + col, y0 + row, block, top, cols, rows);
                    }
                }
            }
        }
        if (sizeLabel) {
            String size = p.cols() + "x" + p.rows();
            if (sx >= size.length() && sy >= 6) {
                put(screen, p.x() + sx - size.length(), p.y(), size, style, top, cols, rows, p);
            }
        }
    }

    private static void put(Screen screen, int x, int y, String text, Style style, int top, int cols, int rows,
                            Pdu.PaneGeometry within) {
        Style fgOnly = new Style(style.fg(), Style.UNSET, style.attrs(), 0);
        for (int i = 0; i < text.length(); i++) {
            int cx = x + i;
            if (cx >= within.x() && cx < within.x() + within.cols()) {
                set(screen, cx, y, Styles.cell(String.valueOf(text.charAt(i)), fgOnly), top, cols, rows);
            }
        }
    }

    private static void blank(Screen screen, Pdu.PaneGeometry p, int top, int cols, int rows) {
        for (int y = p.y(); y < p.y() + p.rows(); y++) {
            for (int x = p.x(); x < p.x() + p.cols(); x++) {
                set(screen, x, y, PaneRenderer.BLANK, top, cols, rows);
            }
        }
    }

    private static void set(Screen screen, int x, int y, TextCharacter c, int top, int cols, int rows) {
        if (x >= 0 && x < cols && y >= 0 && y < rows) {
            screen.setCharacter(x, top + y, c);
        }
    }

    private static void paintPager(Screen screen, Overlay.Pager pager, Settings.Snapshot s, int top, int cols,
                                   int rows) {
        List<String> lines = pager.lines();
        for (int r = 0; r < rows; r++) {
            int index = pager.top() + r;
            StatusRow row = new StatusRow(cols, Style.NONE);
            if (index < lines.size()) {
                row.put(0, lines.get(index).replace("\t", "        "), Style.NONE, cols);
            }
            if (r == 0) {
                String position = pager.position(rows);
                int x = Math.max(0, cols - StatusRow.width(position));
                row.put(x, position, s.style("status.message_style"), cols);
            }
            draw(screen, row, top + r);
        }
    }

    /** Draw a composed row at screen row {@code y}. */
    static void draw(Screen screen, StatusRow row, int y) {
        for (int x = 0; x < row.cols(); x++) {
            String g = row.glyph(x);
            if (g.isEmpty()) {
                continue; // Lanterna pads after a wide character itself
            }
            screen.setCharacter(x, y, Styles.cell(g, row.style(x)));
        }
    }
}
