package dev.weft.server;

import java.util.List;

/**
 * tmux capture-pane at the prompt or in a binding: the pane's text into a new paste buffer
 * ({@code -b NAME}: that buffer), or with {@code -p} as the command's output. Lines as
 * {@link PaneCapture}: {@code -S}/{@code -E} line numbers (0 the first visible row, negative
 * into history, {@code -} the start of history / the last row), {@code -e} SGR escapes,
 * {@code -J} joined wrapped rows; {@code -q} is accepted. (The cli's {@code weft capture-pane -p}
 * uses the CapturePane request; both end in {@link PaneCapture}.)
 */
final class CapturePaneCommand implements Command {
    private static final Spec SPEC = new Spec("capture-pane", List.of("capturep"), "eJpqb:E:S:t:",
            "[-aCeJNpPq] [-b buffer-name] [-E end-line] [-S start-line] [-t target-pane]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        Target t = ctx.target(args, 't', TargetParser.Kind.PANE);
        int start = line("-S", args.value('S'), 0, Integer.MIN_VALUE);
        int end = line("-E", args.value('E'), Integer.MAX_VALUE, Integer.MAX_VALUE);
        boolean escapes = args.has('e');
        boolean join = args.has('J');
        String text = t.pane().screen().read(term -> PaneCapture.capture(term, start, end, escapes, join));
        if (args.has('p')) {
            return text;
        }
        ctx.mux().buffers().set(args.value('b'), text, ctx.mux().bufferLimit());
        return "";
    }

    private static int line(String flag, String value, int unset, int dash) throws MuxException {
        if (value == null) {
            return unset;
        }
        if (value.equals("-")) {
            return dash;
        }
        Integer n = TargetParser.number(value.startsWith("-") ? value.substring(1) : value);
        if (n == null) {
            throw new MuxException("bad-line", "capture-pane " + flag + " takes a line number or -, got \""
                    + Visible.of(value) + "\"");
        }
        return value.startsWith("-") ? -n : n;
    }
}
