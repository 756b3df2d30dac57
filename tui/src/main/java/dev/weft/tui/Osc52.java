package dev.weft.tui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * OSC 52, the escape that sets the outer terminal's clipboard, as tmux writes it (terminfo's
 * {@code Ms}: {@code ESC ] 52 ; selection ; base64 BEL}). An outer tmux with {@code set-clipboard on}
 * turns it into a paste buffer; xterm, kitty, WezTerm and iTerm2 into the system clipboard.
 */
final class Osc52 {
    private Osc52() {}

    /** The escape setting {@code selection} ({@code c} clipboard, {@code p} primary; empty: c) to {@code text}. */
    static String set(String selection, String text) {
        String sel = selection == null || selection.isEmpty() ? "c" : selection.replaceAll("[^cpqs0-7]", "");
        if (sel.isEmpty()) {
            sel = "c";
        }
        return "\033]52;" + sel + ";" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                + "\007";
    }
}
