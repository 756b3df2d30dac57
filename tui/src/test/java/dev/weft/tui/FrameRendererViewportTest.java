package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.weft.protocol.Pdu;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session of another size than this client's terminal (several clients): the outside area and the offset view. */
class FrameRendererViewportTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T14:05:30Z"), ZoneOffset.UTC);

    private DefaultVirtualTerminal terminal;
    private SessionView view;
    private FrameRenderer renderer;

    private void screen(int cols, int rows) throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        view = new SessionView();
        renderer = new FrameRenderer(screen, view, new StatusLine("myhost", FIXED), null);
    }

    private String row(int y) {
        StringBuilder s = new StringBuilder();
        for (int x = 0; x < terminal.getTerminalSize().getColumns(); x++) {
            s.append(terminal.getCharacter(x, y).getCharacterString());
        }
        return s.toString();
    }

    private void session(int cols, int rows, Pdu.PaneGeometry... panes) {
        view.state(new Pdu.SessionState(1, "work", cols, rows,
                List.of(new Pdu.TabInfo(1, 0, "sh", panes[panes.length - 1].paneId(), false, List.of(panes))), 1));
    }

    @Test
    void aSmallerSessionHasABorderAndDotsOutsideIt() throws Exception {
        screen(20, 8); // a pane area of 20x7
        FakePane pane = new FakePane(1, 12, 4).text(0, "hello");
        pane.cursor = new Pdu.CursorState(0, 5, true, 0);
        view.mirror(pane);
        session(12, 4, new Pdu.PaneGeometry(1, 0, 0, 12, 4));
        renderer.render();

        assertThat(row(0)).isEqualTo("hello       │·······");
        assertThat(row(1)).isEqualTo("            │·······");
        assertThat(row(3)).isEqualTo("            │·······");
        assertThat(row(4)).isEqualTo("────────────┘·······");
        assertThat(row(5)).isEqualTo("····················");
        assertThat(row(6)).isEqualTo("····················");
        assertThat(row(7)).startsWith("[work] 0:sh*"); // the status line spans the whole terminal
        assertThat(terminal.getCursorPosition()).isEqualTo(new TerminalPosition(5, 0));
        assertThat(terminal.getCharacter(12, 0).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(terminal.getCharacter(15, 5).getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(view.viewport()).isEqualTo(new Viewport(0, 0, 12, 4, 20, 7));
    }

    @Test
    void splitPanesKeepTheirBordersInsideASmallerSession() throws Exception {
        screen(16, 6); // area 16x5
        view.mirror(new FakePane(1, 5, 3).text(0, "left"));
        view.mirror(new FakePane(2, 4, 3).text(0, "rt"));
        session(10, 3, new Pdu.PaneGeometry(1, 0, 0, 5, 3), new Pdu.PaneGeometry(2, 6, 0, 4, 3));
        renderer.render();
        assertThat(row(0)).isEqualTo("left │rt  │·····");
        assertThat(row(2)).isEqualTo("     │    │·····");
        assertThat(row(3)).isEqualTo("──────────┘·····");
        assertThat(row(4)).isEqualTo("················");
    }

    @Test
    void aLargerSessionShowsThePartAroundTheCursor() throws Exception {
        screen(10, 4); // area 10x3
        FakePane pane = new FakePane(1, 20, 6);
        for (int r = 0; r < 6; r++) {
            pane.text(r, "r" + r + "-abcdefghijklmnopq".substring(0, 18));
        }
        pane.cursor = new Pdu.CursorState(5, 15, true, 0);
        view.mirror(pane);
        session(20, 6, new Pdu.PaneGeometry(1, 0, 0, 20, 6));
        renderer.render();

        // offset 10, 3: columns 10..19 of rows 3..5
        assertThat(row(0)).isEqualTo("r3-abcdefghijklmnopq".substring(10));
        assertThat(row(1)).isEqualTo("r4-abcdefghijklmnopq".substring(10));
        assertThat(row(2)).isEqualTo("r5-abcdefghijklmnopq".substring(10));
        assertThat(row(3)).startsWith("[work]");
        assertThat(terminal.getCursorPosition()).isEqualTo(new TerminalPosition(5, 2));
        assertThat(view.viewport().toSessionX(0)).isEqualTo(10);

        // the cursor goes home: the view follows it back to the top left
        pane.cursor = new Pdu.CursorState(0, 0, true, 0);
        pane.text(0, "r0-abcdefghijklmnopq");
        renderer.paneChanged(1);
        renderer.render();
        assertThat(row(0)).isEqualTo("r0-abcdefg");
        assertThat(row(2)).isEqualTo("r2-abcdefg");
        assertThat(terminal.getCursorPosition()).isEqualTo(new TerminalPosition(0, 0));
    }
}
