package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.client.PaneMirror;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** Our own AttachedSession interface's test double: records what the TUI asks of the session. */
class FakeSession implements AttachedSession {
    record Sent(int paneId, byte[] data) {}

    final Map<Integer, PaneMirror> panes = new ConcurrentHashMap<>();
    final List<Sent> sent = new ArrayList<>();
    final List<int[]> resizes = new ArrayList<>();
    int detaches;
    /** Every command sent with runCommand, in order, with the context pane. */
    final List<List<String>> commands = new CopyOnWriteArrayList<>();
    final List<Integer> commandPanes = new CopyOnWriteArrayList<>();
    /** How runCommand answers: the output, or a failed future for an error. Default: no output. */
    volatile Function<List<String>, CompletableFuture<String>> answers = argv -> CompletableFuture.completedFuture("");

    FakeSession(PaneMirror... panes) {
        for (PaneMirror pane : panes) {
            this.panes.put(pane.paneId(), pane);
        }
    }

    /** Everything sent to {@code paneId}, concatenated. */
    synchronized byte[] sentTo(int paneId) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Sent s : sent) {
            if (s.paneId() == paneId) {
                all.writeBytes(s.data());
            }
        }
        return all.toByteArray();
    }

    @Override public int sessionId() { return 1; }
    @Override public String sessionName() { return "work"; }
    @Override public Collection<PaneMirror> panes() { return panes.values(); }
    @Override public PaneMirror pane(int paneId) { return panes.get(paneId); }

    @Override
    public synchronized long sendInput(int paneId, byte[] data) {
        sent.add(new Sent(paneId, data.clone()));
        return sent.size();
    }

    @Override
    public synchronized void resize(int cols, int rows) {
        resizes.add(new int[] {cols, rows});
    }

    @Override
    public synchronized void detach() {
        detaches++;
    }

    @Override
    public CompletableFuture<String> runCommand(List<String> argv, int contextPaneId) {
        commands.add(List.copyOf(argv));
        commandPanes.add(contextPaneId);
        return answers.apply(argv);
    }
}
