package dev.weft.tui;

import com.googlecode.lanterna.screen.Screen;
import dev.weft.config.Style;
import dev.weft.keymaps.InputEvent;
import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEvent;
import dev.weft.protocol.Pdu;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open chooser (choose-tree, choose-buffer or choose-client): an {@link Overlay.Interactive}
 * over the pane area holding a {@link ChooserTree}, with tmux's mode-tree keys and mouse, and a
 * preview of the current item fetched from the server. Choosing ends it and runs the template
 * with the item's target for {@code %%}.
 *
 * <p>The input thread sends keys and the mouse, the render thread paints, the client's I/O thread
 * delivers lists and previews: all under this object's lock; commands and repaints are started
 * outside it.
 */
final class Chooser implements Overlay.Interactive {
    private static final Logger LOG = LoggerFactory.getLogger(Chooser.class);
    static final Style DEFAULT_MODE_STYLE = Style.parse("fg=black,bg=yellow"); // tmux mode-style

    /** What the chooser is for: the list it loads and what its keys do. */
    enum Mode { TREE, BUFFER, CLIENT }

    private final Mode mode;
    private final ChooserBackend backend;
    private final ClientUi ui;
    private final Settings settings;
    private final Function<List<ChooserItem>, List<ChooserItem>> defaults;
    private final ChooserTree tree;
    private final String template;
    private final String format;
    private final ChooserPainter painter = new ChooserPainter();
    private final Map<String, ChooserPainter.Preview> previews = new HashMap<>();
    private String filter;
    private boolean filterNoMatches;
    private boolean typing;
    private String lastSearch;
    private String startKey;
    private boolean ended;
    /** When the shown preview was answered (nanoTime), -1 while a request is out. */
    private long previewAsked = -1;
    /** How old a preview may get before a paint asks for it again. */
    long refreshNanos = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    /**
     * @param format the user's {@code -F}, or null for tmux's default
     * @param defaults sets each new item's expanded state ({@code -s}, {@code -w})
     */
    Chooser(Mode mode, ChooserBackend backend, ClientUi ui, Settings settings, String template, String format,
            String filter, Function<List<ChooserItem>, List<ChooserItem>> defaults) {
        this.mode = mode;
        this.backend = backend;
        this.ui = ui;
        this.settings = settings;
        this.template = template;
        this.format = format;
        this.filter = filter;
        this.defaults = defaults;
        this.tree = switch (mode) {
            case TREE -> new ChooserTree(ChooserLists.TREE_SORTS, ChooserLists.treeSorts());
            case BUFFER -> new ChooserTree(ChooserLists.BUFFER_SORTS, ChooserLists.bufferSorts());
            case CLIENT -> new ChooserTree(ChooserLists.CLIENT_SORTS, ChooserLists.clientSorts());
        };
        tree.rows(Math.max(1, ui.paneAreaRows()));
    }

    synchronized ChooserTree tree() {
        return tree;
    }

    // ---- loading ----------------------------------------------------------------------------------

    /**
     * Fetch the lists and (re)build the tree; the first load selects {@code selectKey}. Completes
     * with whether there is anything to choose.
     */
    CompletableFuture<Boolean> load(String selectKey) {
        CompletableFuture<List<ChooserItem>> items = switch (mode) {
            case TREE -> loadTree();
            case BUFFER -> backend.list(List.of("list-buffers", "-F", ChooserLists.BUFFERS + text("")))
                    .thenApply(out -> ChooserLists.buffers(out, format == null, java.time.ZoneId.systemDefault(),
                            System.currentTimeMillis() / 1000));
            case CLIENT -> backend.list(List.of("list-clients", "-F", ChooserLists.CLIENTS + text("")))
                    .thenApply(out -> ChooserLists.clients(out, format == null, java.time.ZoneId.systemDefault(),
                            System.currentTimeMillis() / 1000));
        };
        return items.thenApply(list -> {
            boolean any;
            synchronized (this) {
                tree.replace(defaults.apply(list));
                if (selectKey != null) {
                    startKey = selectKey;
                    tree.select(selectKey);
                }
                any = !tree.isEmpty();
            }
            preview();
            ui.overlayChanged();
            return any;
        });
    }

    private String text(String otherwise) {
        return format != null ? format : otherwise;
    }

    private CompletableFuture<List<ChooserItem>> loadTree() {
        String f = text(ChooserLists.TREE_FORMAT);
        CompletableFuture<String> sessions = backend.list(List.of("list-sessions", "-F", ChooserLists.SESSIONS + f));
        CompletableFuture<String> windows = backend.list(List.of("list-windows", "-a", "-F", ChooserLists.WINDOWS + f));
        String active = filter;
        CompletableFuture<String> panes = active == null
                ? backend.list(List.of("list-panes", "-a", "-F", ChooserLists.PANES + f))
                : backend.list(List.of("list-panes", "-a", "-F", ChooserLists.PANES + f, "-f", active));
        return sessions.thenCompose(s -> windows.thenCompose(w -> panes.thenCompose(p -> {
            List<ChooserItem> items = ChooserLists.tree(s, w, p, active != null);
            if (active != null && items.isEmpty()) {
                // tmux: a filter that leaves nothing is ignored (and says "no matches")
                synchronized (this) {
                    filterNoMatches = true;
                }
                return backend.list(List.of("list-panes", "-a", "-F", ChooserLists.PANES + f))
                        .thenApply(all -> ChooserLists.tree(s, w, all, false));
            }
            synchronized (this) {
                filterNoMatches = false;
            }
            return CompletableFuture.completedFuture(items);
        })));
    }

    /** Reload after a change (a kill, a delete); the chooser ends when nothing is left. */
    private void reload() {
        load(null).whenComplete((any, e) -> {
            if (e != null) {
                LOG.debug("chooser reload failed", e);
                backend.message(message(e));
                end();
            } else if (!any) {
                end();
            }
        });
    }

    /** Ask for the current item's preview (the answer repaints). */
    private void preview() {
        ChooserItem item;
        synchronized (this) {
            item = tree.currentItem();
            if (item == null || !tree.preview() || ended) {
                return;
            }
        }
        String key = item.key;
        synchronized (this) {
            previewAsked = -1; // none again until this one is answered
        }
        if (mode == Mode.BUFFER) {
            backend.list(List.of("show-buffer", "-b", item.target)).whenComplete((text, e) -> {
                List<String> lines = e != null ? List.of() : List.of(text.split("\n", -1));
                previewed(key, new ChooserPainter.Preview.Text(lines), false);
            });
        } else if (item.previewPane >= 0) {
            int pane = item.previewPane;
            backend.screen(pane).whenComplete((h, e) -> {
                // a server without history requests (protocol 1.1) gets an empty box
                List<Pdu.StyledLine> none = List.of();
                previewed(key, e == null && h != null
                        ? new ChooserPainter.Preview.Screen(h.lines(), h.cursorRow(), h.cursorCol())
                        : new ChooserPainter.Preview.Screen(none, -1, -1), true);
            });
        }
    }

    /** A preview arrived; {@code again}: read it again when it gets old (a pane's screen, not a buffer's text). */
    private void previewed(String key, ChooserPainter.Preview p, boolean again) {
        synchronized (this) {
            previews.put(key, p);
            previewAsked = again ? System.nanoTime() : -1;
        }
        ui.overlayChanged();
    }

    static Pdu.StyledLine plainLine(String text) {
        List<String> cells = new ArrayList<>();
        text.codePoints().forEach(cp -> cells.add(new String(Character.toChars(cp))));
        return new Pdu.StyledLine(false, List.of(new Pdu.StyledRun(0, 0, 0, 0, cells)));
    }

    // ---- painting ---------------------------------------------------------------------------------

    @Override
    public void paint(Screen screen, Settings.Snapshot s, int top, int cols, int rows) {
        boolean stale;
        synchronized (this) {
            ChooserItem item = tree.currentItem();
            ChooserPainter.Preview p = item == null ? null : previews.get(item.key);
            ChooserPainter.Filters filters = new ChooserPainter.Filters(filter != null, filterNoMatches,
                    tree.search(), typing);
            painter.paint(screen, top, cols, rows, tree, p, filters, modeStyle(s),
                    s.style("display_panes.active_style"));
            stale = item != null && previewAsked >= 0 && System.nanoTime() - previewAsked > refreshNanos;
        }
        if (stale) {
            preview(); // what the previewed pane shows now (the overlay repaints every second)
        }
    }

    /** tmux's mode-style (black on yellow), or the config's mode_style option when there is one. */
    static Style modeStyle(Settings.Snapshot s) {
        if (dev.weft.config.OptionTable.find("mode_style") != null) {
            Style style = s.style("mode_style");
            if (!style.equals(Style.NONE)) {
                return style;
            }
        }
        return DEFAULT_MODE_STYLE;
    }

    // ---- keys -------------------------------------------------------------------------------------

    @Override
    public void key(KeyEvent key) {
        Runnable after;
        synchronized (this) {
            ChooserItem before = tree.currentItem();
            boolean previewBefore = tree.preview();
            after = typing ? typed(key) : keyed(key);
            if (tree.currentItem() != before || tree.preview() != previewBefore) {
                after = then(after, this::preview);
            }
        }
        ui.overlayChanged();
        if (after != null) {
            after.run();
        }
    }

    private static Runnable then(Runnable a, Runnable b) {
        return a == null ? b : () -> {
            a.run();
            b.run();
        };
    }

    /** A key while typing a filter after {@code /}. */
    private Runnable typed(KeyEvent key) {
        String text = tree.search() == null ? "" : tree.search();
        boolean ctrl = key.has(KeyEvent.CTRL);
        switch (key.code()) {
            case ESCAPE -> {
                typing = false;
                tree.search(null);
            }
            case ENTER, KP_ENTER -> typing = false;
            case BACKSPACE -> tree.search(text.isEmpty() ? null : text.substring(0, text.offsetByCodePoints(text.length(), -1)));
            case UP -> tree.up(true);
            case DOWN -> tree.down(true);
            case SPACE -> tree.search(text + " ");
            case CHAR -> {
                if (ctrl && (key.codepoint() == 'u')) {
                    tree.search(null);
                } else if (ctrl && (key.codepoint() == 'c' || key.codepoint() == 'g')) {
                    typing = false;
                    tree.search(null);
                } else if (ctrl && key.codepoint() == 'h') {
                    tree.search(text.isEmpty() ? null : text.substring(0, text.offsetByCodePoints(text.length(), -1)));
                } else if (!ctrl && !key.has(KeyEvent.ALT)) {
                    tree.search(text + new String(Character.toChars(key.codepoint())));
                }
            }
            default -> { }
        }
        return null;
    }

    /** A key of the list (tmux's mode_tree_key and the mode's own keys). */
    private Runnable keyed(KeyEvent key) {
        boolean ctrl = key.has(KeyEvent.CTRL);
        boolean alt = key.has(KeyEvent.ALT);
        int cp = key.code() == KeyCode.CHAR ? key.codepoint() : -1;
        boolean plain = cp >= 0 && !ctrl && !alt;
        if (plain && cp >= '0' && cp <= '9') {
            return tree.choice(cp - '0') ? choose() : null;
        }
        if (alt && !ctrl && cp >= 'a' && cp <= 'z') {
            return tree.choice(10 + cp - 'a') ? choose() : null;
        }
        switch (key.code()) {
            case ESCAPE -> {
                return this::end;
            }
            case ENTER, KP_ENTER -> {
                return choose();
            }
            case UP -> tree.up(true);
            case DOWN -> tree.down(true);
            case PAGE_UP -> tree.pageUp();
            case PAGE_DOWN -> tree.pageDown();
            case HOME -> tree.home();
            case END -> tree.end();
            case LEFT -> tree.collapse();
            case RIGHT -> tree.expand();
            case CHAR -> {
                return character(cp, ctrl, alt);
            }
            default -> { }
        }
        return null;
    }

    private Runnable character(int cp, boolean ctrl, boolean alt) {
        if (ctrl && !alt) {
            switch (cp) {
                case 'g', 'c' -> {
                    return this::end;
                }
                case 'p' -> tree.up(true);
                case 'n' -> tree.down(true);
                case 'b' -> tree.pageUp();
                case 'f' -> tree.pageDown();
                case 't' -> tree.tagAll();
                case 's' -> {
                    return () -> backend.ask("(search) ", "", false, this::search);
                }
                default -> { }
            }
            return null;
        }
        if (alt) {
            if (cp == '+') {
                tree.expandAll();
            } else if (cp == '-') {
                tree.collapseAll();
            }
            return null;
        }
        switch (cp) {
            case 'q' -> {
                return this::end;
            }
            case 'k' -> tree.up(true);
            case 'j' -> tree.down(true);
            case 'g' -> tree.home();
            case 'G' -> tree.end();
            case 'h', '-' -> tree.collapse();
            case 'l', '+' -> tree.expand();
            case 't' -> tree.toggleTag();
            case 'T' -> tree.tagNone();
            case 'O' -> tree.nextSort();
            case 'r' -> tree.reverse();
            case 'v' -> tree.togglePreview();
            case '/' -> typing = true;
            case 'n' -> {
                if (lastSearch != null) {
                    find(lastSearch);
                }
            }
            case 'f' -> {
                String current = filter == null ? "" : filter;
                return () -> backend.ask("(filter) ", current, false, this::filter);
            }
            case ':' -> {
                return () -> backend.ask("(command) ", "", false, this::commandEach);
            }
            case 'H' -> {
                if (startKey != null) {
                    tree.select(startKey);
                }
            }
            default -> {
                return modeKey(cp);
            }
        }
        return null;
    }

    /** The keys that differ by mode: kill (tree), delete and paste (buffers), detach (clients). */
    private Runnable modeKey(int cp) {
        ChooserItem item = tree.currentItem();
        if (item == null) {
            return null;
        }
        List<ChooserItem> tagged = tree.tagged();
        switch (mode) {
            case TREE -> {
                if (cp == 'x') {
                    String what = item.kind.name().toLowerCase(java.util.Locale.ROOT);
                    return () -> backend.ask("Kill " + what + " " + item.name + "? ", "", true,
                            y -> runEach(List.of(item), this::killCommand, true));
                }
                if (cp == 'X' && !tagged.isEmpty()) {
                    return () -> backend.ask("Kill " + tagged.size() + " tagged? ", "", true,
                            y -> runEach(tagged, this::killCommand, true));
                }
            }
            case BUFFER -> {
                switch (cp) {
                    case 'd' -> {
                        return () -> runEach(List.of(item), b -> "delete-buffer -b " + quote(b.target), true);
                    }
                    case 'D' -> {
                        return () -> runEach(tagged, b -> "delete-buffer -b " + quote(b.target), true);
                    }
                    case 'p' -> {
                        return choose();
                    }
                    case 'P' -> {
                        List<ChooserItem> these = tagged;
                        return () -> {
                            end();
                            runEach(these, b -> fill(b), false);
                        };
                    }
                    default -> { }
                }
            }
            case CLIENT -> {
                if (cp == 'd' || cp == 'x') {
                    return () -> runEach(List.of(item), c -> "detach-client -t " + quote(c.target), true);
                }
                if (cp == 'D' || cp == 'X') {
                    return () -> runEach(tagged, c -> "detach-client -t " + quote(c.target), true);
                }
            }
            default -> { }
        }
        return null;
    }

    private String killCommand(ChooserItem item) {
        String verb = switch (item.kind) {
            case SESSION -> "kill-session";
            case WINDOW -> "kill-window";
            default -> "kill-pane";
        };
        return verb + " -t " + quote(item.target);
    }

    /** Run one command per item, in order; then reload when {@code reload}. */
    private void runEach(List<ChooserItem> items, Function<ChooserItem, String> command, boolean reload) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (ChooserItem item : items) {
            String line = command.apply(item);
            chain = chain.thenCompose(x -> backend.run(line));
        }
        if (reload) {
            chain.whenComplete((x, e) -> reload());
        }
    }

    /** ':': the command for every tagged item (the current one when none is), {@code %%} its target. */
    private void commandEach(String command) {
        List<ChooserItem> items;
        synchronized (this) {
            items = tree.tagged();
            if (items.isEmpty() && tree.currentItem() != null) {
                items = List.of(tree.currentItem());
            }
        }
        runEach(items, i -> Prompt.fill(command, List.of(i.target)), true);
    }

    private void filter(String text) {
        synchronized (this) {
            filter = text == null || text.isEmpty() ? null : text;
        }
        reload();
    }

    private void search(String text) {
        synchronized (this) {
            lastSearch = text == null || text.isEmpty() ? null : text;
            if (lastSearch != null) {
                find(lastSearch);
            }
        }
        ui.overlayChanged();
        preview();
    }

    /** C-s and n: the next item after the current one whose name holds the text (tmux searches names). */
    private void find(String text) {
        List<ChooserItem> all = ChooserTree.all(tree.roots());
        int at = all.indexOf(tree.currentItem());
        for (int i = 1; i <= all.size(); i++) {
            ChooserItem item = all.get(Math.floorMod(at + i, all.size()));
            if (item.name.contains(text) || item.text.contains(text)) {
                tree.select(item.key);
                return;
            }
        }
    }

    /** Enter: end and run the template for the current item. */
    private Runnable choose() {
        ChooserItem item = tree.currentItem();
        if (item == null) {
            return null;
        }
        String line = fill(item);
        return () -> {
            end();
            backend.run(line);
        };
    }

    private String fill(ChooserItem item) {
        return Prompt.fill(template, List.of(item.target));
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    void end() {
        synchronized (this) {
            ended = true;
            typing = false;
        }
        ui.endOverlay(this);
    }

    // ---- mouse ------------------------------------------------------------------------------------

    /** A click selects a line, a click on the selected line chooses it (tmux: a double click), the wheel moves. */
    @Override
    public void mouse(InputEvent.Mouse event, int x, int y) {
        Runnable after = null;
        synchronized (this) {
            ChooserItem before = tree.currentItem();
            int button = event.button() & ~(4 | 8 | 16); // without shift, meta, ctrl
            if (event.press() && button == 64) {
                tree.up(true);
            } else if (event.press() && button == 65) {
                tree.down(true);
            } else if (event.press() && button == 0) {
                boolean onCurrent = tree.offset() + y == tree.current() && y < tree.height();
                if (onCurrent) {
                    after = choose();
                } else {
                    tree.selectRow(y);
                }
            }
            if (tree.currentItem() != before) {
                after = then(after, this::preview);
            }
        }
        ui.overlayChanged();
        if (after != null) {
            after.run();
        }
    }

    static String message(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? "the list could not be read" : cause.getMessage();
    }
}
