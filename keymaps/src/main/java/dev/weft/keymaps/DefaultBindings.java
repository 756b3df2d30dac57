package dev.weft.keymaps;

/**
 * tmux 3.3's default {@code prefix} table for the keys PRODUCT.md lists, as command lines the
 * server and TUI run. Where tmux 3.3 uses a command block ({@code { rename-window "%%" }}) the
 * older string form is used ({@code "rename-window -- '%%'"}), since {@link CommandParser} does
 * not take braces. The root table starts empty (mouse bindings come later);
 * the copy-mode tables are {@link CopyModeBindings}.
 */
final class DefaultBindings {
    static final String PREFIX = "prefix";
    static final String ROOT = "root";

    static void addTo(KeyTables t) {
        p(t, "C-b", "send-prefix");
        p(t, "%", "split-window -h");
        p(t, "\"", "split-window");
        r(t, "Up", "select-pane -U");
        r(t, "Down", "select-pane -D");
        r(t, "Left", "select-pane -L");
        r(t, "Right", "select-pane -R");
        p(t, "o", "select-pane -t :.+");
        p(t, ";", "last-pane");
        p(t, "q", "display-panes");
        p(t, "z", "resize-pane -Z");
        p(t, "x", "confirm-before -p \"kill-pane #P? (y/n)\" kill-pane");
        p(t, "!", "break-pane");
        p(t, "{", "swap-pane -U");
        p(t, "}", "swap-pane -D");
        p(t, "C-o", "rotate-window");
        p(t, "M-o", "rotate-window -D");
        p(t, "Space", "next-layout");
        String[] layouts = {"even-horizontal", "even-vertical", "main-horizontal", "main-vertical", "tiled"};
        for (int i = 0; i < layouts.length; i++) {
            p(t, "M-" + (i + 1), "select-layout " + layouts[i]);
        }
        String[] arrows = {"Up", "Down", "Left", "Right"};
        String[] flags = {"-U", "-D", "-L", "-R"};
        for (int i = 0; i < arrows.length; i++) {
            r(t, "C-" + arrows[i], "resize-pane " + flags[i]);
            r(t, "M-" + arrows[i], "resize-pane " + flags[i] + " 5");
        }
        p(t, "c", "new-window");
        p(t, "n", "next-window");
        p(t, "p", "previous-window");
        for (int i = 0; i <= 9; i++) {
            p(t, Integer.toString(i), "select-window -t :=" + i);
        }
        p(t, "l", "last-window");
        p(t, "w", "choose-tree -Zw");
        p(t, ",", "command-prompt -I \"#W\" \"rename-window -- '%%'\"");
        p(t, "&", "confirm-before -p \"kill-window #W? (y/n)\" kill-window");
        p(t, "$", "command-prompt -I \"#S\" \"rename-session -- '%%'\"");
        p(t, "s", "choose-tree -Zs");
        p(t, "(", "switch-client -p");
        p(t, ")", "switch-client -n");
        p(t, "d", "detach-client");
        p(t, "D", "choose-client -Z");
        p(t, "[", "copy-mode");
        p(t, "]", "paste-buffer -p");
        p(t, "PPage", "copy-mode -u");
        p(t, "=", "choose-buffer -Z");
        p(t, ":", "command-prompt");
        p(t, "?", "list-keys");
        p(t, "t", "clock-mode");
        p(t, "i", "display-message");
        p(t, "'", "command-prompt -p index \"select-window -t ':%%'\"");
        p(t, "E", "select-layout -E");
        p(t, "C-z", "suspend-client");
        CopyModeBindings.addTo(t);
    }

    private static void p(KeyTables t, String key, String command) {
        t.bind(PREFIX, key, false, command);
    }

    private static void r(KeyTables t, String key, String command) {
        t.bind(PREFIX, key, true, command);
    }

    private DefaultBindings() {}
}
