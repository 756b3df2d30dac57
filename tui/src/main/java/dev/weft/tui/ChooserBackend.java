package dev.weft.tui;

import dev.weft.client.AttachedSession;
import dev.weft.protocol.Pdu;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Where a {@link Chooser}'s lists come from and its commands go: for an attached client the
 * server (through the {@link AttachedSession}) and the {@link CommandRunner}; a test's own
 * otherwise.
 */
interface ChooserBackend {
    /** A server command's output. */
    CompletableFuture<String> list(List<String> argv);

    /** A pane's screen for the preview. */
    CompletableFuture<Pdu.HistoryLines> screen(int paneId);

    /** Run a command line as a key binding would (client-side commands included). */
    CompletableFuture<Void> run(String line);

    /** Show a one-line message in the status line. */
    void message(String text);

    /** Ask a question in the status line ({@code prompt}, answered by {@code answer}); a confirmation when {@code confirm}. */
    void ask(String prompt, String initial, boolean confirm, Consumer<String> answer);

    /** Lines asked of a pane for its preview (the server answers at most its screen). */
    int PREVIEW_LINES = 500;

    /** The backend of an attached client: the server through {@code session}, commands through {@code commands}. */
    static ChooserBackend of(AttachedSession session, SessionView view, ClientUi ui, Settings settings,
                             CommandRunner commands) {
        return new ChooserBackend() {
            @Override
            public CompletableFuture<String> list(List<String> argv) {
                return session.runCommand(argv, view.activePaneId());
            }

            @Override
            public CompletableFuture<Pdu.HistoryLines> screen(int paneId) {
                return session.history(paneId, 0, PREVIEW_LINES, true);
            }

            @Override
            public CompletableFuture<Void> run(String line) {
                return commands.runLine(line);
            }

            @Override
            public void message(String text) {
                ui.message(text, settings.get().millis("display_time"));
            }

            @Override
            public void ask(String prompt, String initial, boolean confirm, Consumer<String> answer) {
                if (confirm) {
                    ui.prompt(Prompt.confirm(prompt, "y", answer));
                } else {
                    // "=%%": an empty answer still reaches us (it clears a filter, as in tmux)
                    ui.prompt(Prompt.command(List.of(prompt), List.of(initial), "=%%", List.of(),
                            line -> answer.accept(line.substring(1))));
                }
            }
        };
    }

    /** choose-buffer/choose-client -f: the list command filters (list-buffers and list-clients take -f). */
    static ChooserBackend filtered(ChooserBackend backend, String filter) {
        return new ChooserBackend() {
            @Override
            public CompletableFuture<String> list(List<String> argv) {
                if (argv.get(0).startsWith("list-")) {
                    List<String> with = new java.util.ArrayList<>(argv);
                    with.add("-f");
                    with.add(filter);
                    return backend.list(with);
                }
                return backend.list(argv);
            }

            @Override
            public CompletableFuture<Pdu.HistoryLines> screen(int paneId) {
                return backend.screen(paneId);
            }

            @Override
            public CompletableFuture<Void> run(String line) {
                return backend.run(line);
            }

            @Override
            public void message(String text) {
                backend.message(text);
            }

            @Override
            public void ask(String prompt, String initial, boolean confirm,
                            Consumer<String> answer) {
                backend.ask(prompt, initial, confirm, answer);
            }
        };
    }
}
