package dev.weft.tui;

import dev.weft.keymaps.KeyCode;
import dev.weft.keymaps.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A question in the status line: command-prompt (one or more prompts, each answered in turn and
 * edited with {@link PromptEditor}) or confirm-before (one key: {@code y} runs the command,
 * anything else cancels). When every prompt is answered, the template gets the answers
 * ({@code %%} or {@code %1} the first, {@code %2} the second...) and the resulting command line is
 * handed to {@code onDone}.
 */
final class Prompt {
    /** What a key did to the prompt: DONE_AGAIN ended it and the key is to be handled as if no prompt were shown. */
    enum Result { KEEP, DONE, DONE_AGAIN }

    /**
     * command-prompt's kinds: a line; {@code -1} one key; {@code -N} digits only (another key
     * answers and is then handled as usual, tmux's repeat count); {@code -i} incremental (the
     * template runs on every change with the text after {@code =}, or after {@code +} / {@code -}
     * for C-s / C-r, as tmux's incremental search prompt; Enter just closes it).
     */
    enum Kind { LINE, SINGLE_KEY, NUMERIC, INCREMENTAL }

    private final List<String> prompts;
    private final List<String> inputs;
    private final String template;
    private final boolean confirm;
    private final Kind kind;
    private final List<String> history;
    private final Consumer<String> onDone;
    private final List<String> answers = new ArrayList<>();
    private PromptEditor editor;

    private Prompt(Kind kind, List<String> prompts, List<String> inputs, String template, boolean confirm,
                   List<String> history, Consumer<String> onDone) {
        this.kind = kind;
        this.prompts = prompts;
        this.inputs = inputs;
        this.template = template;
        this.confirm = confirm;
        this.history = history;
        this.onDone = onDone;
        this.editor = new PromptEditor(input(0), history);
    }

    /**
     * command-prompt: {@code prompts} shown in turn (at least one), {@code inputs} their initial
     * texts (missing ones empty), {@code template} with {@code %%} (null: the answer is the command).
     */
    static Prompt command(List<String> prompts, List<String> inputs, String template, List<String> history,
                          Consumer<String> onDone) {
        return command(Kind.LINE, prompts, inputs, template, history, onDone);
    }

    /** command-prompt of a {@link Kind}. */
    static Prompt command(Kind kind, List<String> prompts, List<String> inputs, String template, List<String> history,
                          Consumer<String> onDone) {
        return new Prompt(kind, prompts.isEmpty() ? List.of(":") : List.copyOf(prompts), List.copyOf(inputs),
                template, false, history, onDone);
    }

    /** confirm-before: {@code y} hands {@code command} to {@code onDone}. */
    static Prompt confirm(String prompt, String command, Consumer<String> onDone) {
        return new Prompt(Kind.LINE, List.of(prompt), List.of(), command, true, List.of(), onDone);
    }

    private String input(int i) {
        return i < inputs.size() ? inputs.get(i) : "";
    }

    boolean confirming() {
        return confirm;
    }

    /** The prompt text of the current question. */
    synchronized String label() {
        return prompts.get(Math.min(answers.size(), prompts.size() - 1));
    }

    /** The editor of the current question (the input thread's; others use {@link #shown}). */
    synchronized PromptEditor editor() {
        return editor;
    }

    /** What the status line shows, taken at once (the render thread reads while the input thread edits). */
    record Shown(String label, String text, String beforeCursor, boolean confirming) {}

    synchronized Shown shown() {
        return new Shown(label(), editor.text(), editor.beforeCursor(), confirm);
    }

    /** Pasted text goes into the line being edited. */
    synchronized void paste(String text) {
        if (!confirm) {
            editor.insert(text);
        }
    }

    synchronized Result key(KeyEvent key, List<String> commands) {
        if (confirm) {
            return edit(key, commands);
        }
        boolean plain = key.code() == KeyCode.CHAR && !key.has(KeyEvent.CTRL) && !key.has(KeyEvent.ALT);
        boolean cancel = key.code() == KeyCode.ESCAPE || (key.code() == KeyCode.CHAR && key.has(KeyEvent.CTRL)
                && (key.codepoint() == 'c' || key.codepoint() == 'g'));
        boolean enter = key.code() == KeyCode.ENTER || key.code() == KeyCode.KP_ENTER
                || (key.code() == KeyCode.CHAR && key.has(KeyEvent.CTRL) && (key.codepoint() == 'm' || key.codepoint() == 'j'));
        switch (kind) {
            case SINGLE_KEY -> {
                if (plain || key.code() == KeyCode.SPACE) {
                    String text = key.code() == KeyCode.SPACE ? " " : new String(Character.toChars(key.codepoint()));
                    onDone.accept(template == null ? text : fill(template, List.of(text)));
                }
                return Result.DONE;
            }
            case NUMERIC -> {
                boolean digit = plain && key.codepoint() >= '0' && key.codepoint() <= '9';
                boolean editing = key.code() == KeyCode.BACKSPACE || key.code() == KeyCode.LEFT
                        || key.code() == KeyCode.RIGHT;
                if (!digit && !editing && !cancel) {
                    Result r = answer();
                    return enter ? r : Result.DONE_AGAIN;
                }
                return edit(key, commands);
            }
            case INCREMENTAL -> {
                if (enter || cancel) {
                    return Result.DONE;
                }
                boolean ctrl = key.code() == KeyCode.CHAR && key.has(KeyEvent.CTRL) && !key.has(KeyEvent.ALT);
                if (ctrl && (key.codepoint() == 's' || key.codepoint() == 'r')) {
                    incremental((key.codepoint() == 's' ? "+" : "-") + editor.text());
                    return Result.KEEP;
                }
                String before = editor.text();
                Result r = edit(key, commands);
                if (r == Result.KEEP && !editor.text().equals(before)) {
                    incremental("=" + editor.text());
                }
                return r;
            }
            default -> {
                return edit(key, commands);
            }
        }
    }

    private void incremental(String argument) {
        if (template != null) {
            onDone.accept(fill(template, List.of(argument)));
        }
    }

    private Result edit(KeyEvent key, List<String> commands) {
        if (confirm) {
            if (key.code() == KeyCode.CHAR && key.codepoint() == 'y' && key.modifiers() == 0) {
                onDone.accept(template);
            }
            return Result.DONE;
        }
        boolean ctrl = key.has(KeyEvent.CTRL);
        boolean alt = key.has(KeyEvent.ALT);
        int cp = key.code() == KeyCode.CHAR ? Character.toLowerCase(key.codepoint()) : -1;
        switch (key.code()) {
            case ENTER, KP_ENTER -> {
                return answer();
            }
            case ESCAPE -> {
                return Result.DONE;
            }
            case LEFT -> editor.left();
            case RIGHT -> editor.right();
            case HOME -> editor.home();
            case END -> editor.end();
            case BACKSPACE -> editor.backspace();
            case DELETE -> editor.delete();
            case UP -> editor.historyUp();
            case DOWN -> editor.historyDown();
            case TAB -> editor.complete(commands);
            case SPACE -> editor.insert(" ");
            case CHAR -> {
                if (ctrl && !alt) {
                    switch (cp) {
                        case 'c', 'g' -> {
                            return Result.DONE;
                        }
                        case 'a' -> editor.home();
                        case 'e' -> editor.end();
                        case 'b' -> editor.left();
                        case 'f' -> editor.right();
                        case 'h' -> editor.backspace();
                        case 'd' -> editor.delete();
                        case 'u' -> editor.clear();
                        case 'k' -> editor.killToEnd();
                        case 'w' -> editor.deleteWordBack();
                        case 'm', 'j' -> {
                            return answer();
                        }
                        default -> { }
                    }
                } else if (alt && !ctrl) {
                    if (cp == 'b') {
                        editor.wordLeft();
                    } else if (cp == 'f') {
                        editor.wordRight();
                    }
                } else if (!ctrl) {
                    editor.insert(new String(Character.toChars(key.codepoint())));
                }
            }
            default -> { }
        }
        return Result.KEEP;
    }

    private Result answer() {
        String text = editor.text();
        answers.add(text);
        if (answers.size() < prompts.size()) {
            editor = new PromptEditor(input(answers.size()), history);
            return Result.KEEP;
        }
        if (!text.isBlank() && history != null && !(history.size() > 0 && history.get(0).equals(text))) {
            try {
                history.add(0, text);
            } catch (UnsupportedOperationException e) {
                // a read-only history (tests): nothing to remember
            }
        }
        String line = template == null ? String.join(" ", answers) : fill(template, answers);
        if (!line.isBlank()) {
            onDone.accept(line);
        }
        return Result.DONE;
    }

    /**
     * tmux's template substitution: {@code %%} and {@code %1} are the first answer, {@code %N}
     * the Nth; right after a double quote the answer's {@code " \ $ ; ~} are escaped so it stays
     * one argument.
     */
    static String fill(String template, List<String> answers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char n = template.charAt(i + 1);
                int index = n == '%' ? 0 : (n >= '1' && n <= '9' ? n - '1' : -1);
                if (index >= 0) {
                    String answer = index < answers.size() ? answers.get(index) : "";
                    boolean quoted = i > 0 && template.charAt(i - 1) == '"';
                    for (char a : answer.toCharArray()) {
                        if (quoted && "\"\\$;~".indexOf(a) >= 0) {
                            out.append('\\');
                        }
                        out.append(a);
                    }
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
