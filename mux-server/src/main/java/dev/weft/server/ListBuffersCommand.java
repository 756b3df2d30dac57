package dev.weft.server;

import dev.weft.config.Formats;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * tmux list-buffers: one line per buffer, newest first, format {@code -F} (default tmux 3.3's
 * {@value BufferFormats#LIST_FORMAT}); {@code -f} keeps the buffers whose filter expands true
 * (not empty, not "0"). The current session, tab and pane's variables are there too.
 */
final class ListBuffersCommand implements Command {
    private static final Spec SPEC = new Spec("list-buffers", List.of("lsb"), "F:f:", "[-F format] [-f filter]", 0, 0);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String format = args.value('F') != null ? args.value('F') : BufferFormats.LIST_FORMAT;
        String filter = args.value('f');
        Target current = ctx.current();
        FormatContext rest = current == null ? null
                : new FormatContext(ctx.mux(), current.session(), current.tab(), current.pane());
        ZonedDateTime now = ZonedDateTime.now();
        List<String> lines = new ArrayList<>();
        for (PasteBuffers.Buffer b : ctx.mux().buffers().newestFirst()) {
            BufferFormats vars = new BufferFormats(b, rest);
            if (filter != null) {
                String v = Formats.expand(filter, vars, now);
                if (v.isEmpty() || v.equals("0")) {
                    continue;
                }
            }
            lines.add(Formats.expand(format, vars, now));
        }
        return String.join("\n", lines);
    }
}
