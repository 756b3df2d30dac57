package dev.weft.tui;

import dev.weft.protocol.Pdu;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the client draws on top of the session: the status-line message, the prompt, the overlay
 * (pane numbers, clock, pager), and the last status line the server sent. Written from the input
 * thread, the client's I/O thread and the timer; read by the render thread. Every change marks
 * what to repaint and wakes the renderer.
 *
 * <p>Timed things (a message's display time, display-panes' time, the clock's second) run on
 * {@code timer}; each schedule replaces the previous one, so an old timeout never ends a newer
 * message or overlay.
 */
final class ClientUi {
    /** How the UI asks for a repaint: the status line only, or the whole pane area too. */
    interface Repaint {
        void status();

        void all();
    }

    private volatile Repaint repaint;
    private final ScheduledExecutorService timer;
    private volatile String message;
    private volatile Prompt prompt;
    private volatile Overlay overlay;
    private volatile Pdu.StatusUpdate status;
    private ScheduledFuture<?> messageTimeout;
    private ScheduledFuture<?> overlayTimer;
    private volatile int paneAreaRows = 1;

    /** @param repaint null: nothing until {@link #onRepaint}; @param timer null: nothing times out */
    ClientUi(Repaint repaint, ScheduledExecutorService timer) {
        this.repaint = repaint != null ? repaint : new Repaint() {
            @Override public void status() { }
            @Override public void all() { }
        };
        this.timer = timer;
    }

    /** Where repaint requests go from now on (the renderer is made after this). */
    void onRepaint(Repaint r) {
        this.repaint = r;
    }

    // ---- message ------------------------------------------------------------------------------

    /** Show {@code text} in the status line for {@code millis} (0 or less: until a key). */
    synchronized void message(String text, int millis) {
        message = text;
        if (messageTimeout != null) {
            messageTimeout.cancel(false);
            messageTimeout = null;
        }
        if (millis > 0 && timer != null) {
            messageTimeout = timer.schedule(() -> clearMessage(text), millis, TimeUnit.MILLISECONDS);
        }
        repaint.status();
    }

    String message() {
        return message;
    }

    /** A key was pressed: the message goes (tmux). */
    synchronized void clearMessage() {
        if (message != null) {
            message = null;
            repaint.status();
        }
    }

    private synchronized void clearMessage(String shown) {
        if (shown.equals(message)) {
            clearMessage();
        }
    }

    // ---- prompt -------------------------------------------------------------------------------

    void prompt(Prompt p) {
        prompt = p;
        repaint.status();
    }

    Prompt prompt() {
        return prompt;
    }

    void promptChanged() {
        repaint.status();
    }

    void endPrompt(Prompt p) {
        if (prompt == p) {
            prompt = null;
            repaint.status();
        }
    }

    // ---- overlay ------------------------------------------------------------------------------

    /** Show an overlay; {@code millis} > 0 ends it then; {@code tickMillis} > 0 repaints it that often. */
    synchronized void overlay(Overlay o, int millis, int tickMillis) {
        overlay = o;
        if (overlayTimer != null) {
            overlayTimer.cancel(false);
            overlayTimer = null;
        }
        if (timer != null && millis > 0) {
            overlayTimer = timer.schedule(() -> endOverlay(o), millis, TimeUnit.MILLISECONDS);
        } else if (timer != null && tickMillis > 0) {
            overlayTimer = timer.scheduleAtFixedRate(repaint::all, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        }
        repaint.all();
    }

    Overlay overlay() {
        return overlay;
    }

    void overlayChanged() {
        repaint.all();
    }

    /** End {@code o} if it is still the overlay shown. */
    synchronized void endOverlay(Overlay o) {
        if (overlay == o && o != null) {
            overlay = null;
            if (overlayTimer != null) {
                overlayTimer.cancel(false);
                overlayTimer = null;
            }
            repaint.all();
        }
    }

    /** The pane area's height as last drawn (the pager pages by it). */
    int paneAreaRows() {
        return paneAreaRows;
    }

    void paneAreaRows(int rows) {
        paneAreaRows = rows;
    }

    private volatile int screenCols;
    private volatile int screenRows;

    /** The outer terminal's size as last drawn (the mouse's hit tests use it); 0 before the first frame. */
    void screenSize(int cols, int rows) {
        screenCols = cols;
        screenRows = rows;
    }

    int screenCols() {
        return screenCols;
    }

    int screenRows() {
        return screenRows;
    }

    // ---- escapes for the outer terminal itself ------------------------------------------------

    private final StringBuilder toTerminal = new StringBuilder();

    /**
     * Queue an escape sequence for the outer terminal (OSC 52 to set its clipboard): the renderer
     * writes it before its next frame, so it never lands inside one.
     */
    void toTerminal(String escapes) {
        synchronized (toTerminal) {
            toTerminal.append(escapes);
        }
        repaint.status();
    }

    /** What {@link #toTerminal} queued since the last call ("" when nothing). */
    String takeToTerminal() {
        synchronized (toTerminal) {
            String s = toTerminal.toString();
            toTerminal.setLength(0);
            return s;
        }
    }

    // ---- the server's status line ---------------------------------------------------------------

    void status(Pdu.StatusUpdate update) {
        status = update;
        repaint.status();
    }

    /** The last status line the server sent, or null (then the built-in look is drawn). */
    Pdu.StatusUpdate status() {
        return status;
    }

    /** Another session: what belonged to the old one goes. */
    synchronized void sessionSwitched() {
        status = null;
        Overlay o = overlay;
        if (o != null) {
            endOverlay(o);
        }
        repaint.all();
    }
}
