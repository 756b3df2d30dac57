package dev.weft.server;

import dev.weft.keymaps.KeyModes;
import dev.weft.keymaps.SendKeys;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * tmux send-keys at the prompt or in a binding ({@code bind C-l send-keys C-l}): key names
 * ({@code Enter}, {@code C-c}, {@code Up}) or text, encoded for the target pane's modes;
 * {@code -l} literal text, {@code -N} repeat. {@code -X} (copy-mode commands) is the TUI's, which
 * runs copy mode; reaching the server it is an error, as tmux's for a pane not in a mode. (The cli's {@code weft send-keys} uses the SendKeys
 * PDU; both end in keymaps' {@link SendKeys}.)
 */
final class SendKeysCommand implements Command {
    private static final Spec SPEC = new Spec("send-keys", List.of("send"), "FlN:t:X",
            "[-FlX] [-N repeat-count] [-t target-pane] key ...", 0, -1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        if (args.has('X')) {
            // copy mode lives in the attached client (the TUI runs -X itself); here no pane is in a mode
            throw new MuxException("not-in-mode", "send-keys -X: pane not in a mode (copy mode runs in the client)");
        }
        int repeat = 1;
        if (args.value('N') != null) {
            Integer n = TargetParser.number(args.value('N'));
            if (n == null || n < 1 || n > 10_000) {
                throw new MuxException("bad-count", "repeat count " + Visible.of(args.value('N')) + " is invalid");
            }
            repeat = n;
        }
        Pane pane = t.pane();
        KeyModes modes = pane.screen().read(term -> new KeyModes(term.modes().cursorKeysApp(),
                term.modes().keypadApp(), term.modes().bracketedPaste(), term.modes().kittyKeyboardFlags()));
        byte[] once;
        try {
            once = SendKeys.encode(args.positional(), args.has('l'), modes);
        } catch (IllegalArgumentException e) {
            throw new MuxException("bad-key", Visible.of(e.getMessage()));
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int i = 0; i < repeat; i++) {
            all.write(once, 0, once.length);
        }
        if (all.size() > 0) {
            pane.write(all.toByteArray(), 0, null);
        }
        return "";
    }
}
