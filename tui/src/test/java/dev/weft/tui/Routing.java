package dev.weft.tui;

import dev.weft.client.PaneMirror;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * An {@link InputRouter} wired as {@link Tui} wires it (settings, UI state, command runner) around
 * a {@link FakeSession}, with a clock the test moves by hand and no timer (nothing times out by itself).
 */
final class Routing {
    final FakeSession session;
    final SessionView view = new SessionView();
    final Settings settings;
    final ClientUi ui = new ClientUi(null, null);
    final AtomicInteger detaches = new AtomicInteger();
    final AtomicLong now = new AtomicLong(1_000_000);
    final CommandRunner commands;
    final InputRouter router;

    Routing(FakeSession session, IntSupplier activePane, Settings settings) {
        this.session = session;
        this.settings = settings;
        for (PaneMirror p : session.panes()) {
            view.mirror(p);
        }
        commands = new CommandRunner(session, view, settings, ui, detaches::incrementAndGet);
        router = new InputRouter(session, activePane, settings, commands, ui, now::get);
    }

    Routing(FakeSession session, int activePane) {
        this(session, () -> activePane, new Settings());
    }

    void type(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        router.feed(b, 0, b.length);
    }
}
