package dev.weft.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SessionEventsTest {

    @Test
    void detach_reasons_become_tmux_messages() {
        assertThat(SessionEvents.result("work", "detached")).isEqualTo(new TuiResult(0, "[detached (from session work)]"));
        assertThat(SessionEvents.result("work", "session-ended")).isEqualTo(new TuiResult(0, "[exited]"));
        assertThat(SessionEvents.result("work", "server-exiting")).isEqualTo(new TuiResult(0, "[server exited]"));
        assertThat(TuiResult.lostServer()).isEqualTo(new TuiResult(1, "[lost server]"));
    }

    @Test
    void the_first_outcome_wins() throws Exception {
        CompletableFuture<TuiResult> outcome = new CompletableFuture<>();
        SessionEvents events = events(outcome, new AtomicInteger());

        events.detached("s", "server-exiting");
        events.disconnected("connection reset");

        assertThat(outcome.get()).isEqualTo(TuiResult.serverExited());
    }

    @Test
    void updates_wake_the_render_thread_and_register_panes() throws Exception {
        AtomicInteger wakes = new AtomicInteger();
        SessionView view = new SessionView();
        SessionEvents events = new SessionEvents(view, renderer(view), wakes::incrementAndGet, new CompletableFuture<>());
        FakePane pane = new FakePane(3, 10, 2);

        events.paneChanged(pane);
        events.paneChanged(pane);

        assertThat(wakes.get()).isEqualTo(2);
        assertThat(view.mirror(3)).isSameAs(pane);
        assertThat(view.activePaneId()).isEqualTo(3);
        events.paneClosed(3);
        assertThat(view.mirror(3)).isNull();
    }

    @Test
    void the_echo_of_a_key_in_the_active_pane_wakes_the_render_thread_at_once() throws Exception {
        AtomicInteger wakes = new AtomicInteger();
        AtomicInteger urgent = new AtomicInteger();
        SessionView view = new SessionView();
        SessionEvents events = new SessionEvents(view, renderer(view), wakes::incrementAndGet, new CompletableFuture<>());
        events.wakeNowWith(urgent::incrementAndGet);
        FakePane pane = new FakePane(3, 10, 2);
        events.paneChanged(pane); // first sight: a layout change
        pane.echoed = 1;
        events.paneChanged(pane); // answers input 1
        events.paneChanged(pane); // more output, nothing new typed
        assertThat(urgent.get()).isEqualTo(1);
        assertThat(wakes.get()).isEqualTo(2);
    }

    private static SessionEvents events(CompletableFuture<TuiResult> outcome, AtomicInteger wakes) throws Exception {
        SessionView view = new SessionView();
        return new SessionEvents(view, renderer(view), wakes::incrementAndGet, outcome);
    }

    private static FrameRenderer renderer(SessionView view) throws Exception {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(10, 3)));
        return new FrameRenderer(screen, view, new StatusLine("", Clock.systemUTC()), null);
    }
}
