package dev.weft.tui;

import dev.weft.client.SessionListener;
import dev.weft.protocol.Pdu;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stand-in for a server session (no server runs in this module's tests): one pane that shows,
 * per input, the bytes it received in hex, plus the pane size after each resize. Typing
 * {@code exit<CR>} ends the session, {@code kill<CR>} drops the connection.
 */
final class EchoSession {
    private final FakePane[] pane = new FakePane[1];
    final FakeSession session;
    private final SessionListener listener;
    private int row;
    private final StringBuilder typed = new StringBuilder();

    EchoSession(int cols, int rows, SessionListener listener) {
        this.listener = listener;
        this.pane[0] = new FakePane(1, cols, rows);
        this.session = new FakeSession(pane[0]) {
            @Override
            public synchronized long sendInput(int paneId, byte[] data) {
                long serial = super.sendInput(paneId, data);
                received(data);
                return serial;
            }

            @Override
            public synchronized void resize(int cols, int rows) {
                super.resize(cols, rows);
                resized(cols, rows);
            }

            @Override
            public synchronized void detach() {
                super.detach();
                listener.detached("work", "detached");
            }
        };
        show("ready " + cols + "x" + rows);
        state(cols, rows);
    }

    private void state(int cols, int rows) {
        listener.sessionState(new Pdu.SessionState(1, "work", cols, rows,
                List.of(new Pdu.TabInfo(1, 0, "echo", 1, false, List.of(new Pdu.PaneGeometry(1, 0, 0, cols, rows)))), 1));
        listener.paneChanged(pane[0]);
    }

    private synchronized void received(byte[] data) {
        StringBuilder hex = new StringBuilder("in:");
        for (byte b : data) {
            hex.append(String.format(" %02x", b & 0xff));
        }
        show(hex.toString());
        typed.append(new String(data, StandardCharsets.UTF_8));
        if (typed.toString().endsWith("exit\r")) {
            listener.detached("work", "session-ended");
        } else if (typed.toString().endsWith("kill\r")) {
            listener.disconnected("test dropped the connection");
        }
        listener.paneChanged(pane[0]);
    }

    private synchronized void resized(int cols, int rows) {
        FakePane next = new FakePane(1, cols, rows);
        pane[0] = next;
        session.panes.put(1, next);
        row = 0;
        show("size " + cols + "x" + rows);
        state(cols, rows);
    }

    private void show(String text) {
        FakePane p = pane[0];
        if (row >= p.rows()) {
            row = 0;
        }
        p.text(row, text);
        p.cursor = new Pdu.CursorState(Math.min(row + 1, p.rows() - 1), 0, true, 0);
        row++;
    }
}
