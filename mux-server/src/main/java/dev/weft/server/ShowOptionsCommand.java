package dev.weft.server;

import dev.weft.config.OptionSpec;
import dev.weft.config.OptionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * tmux show-options (alias show): {@code NAME VALUE} lines, every option (by weft name) or the
 * one asked for (by the name it was asked by); {@code -v} the value alone. Values are quoted as a
 * command line would need them, so the output can be sourced back.
 */
final class ShowOptionsCommand implements Command {
    private static final Spec SPEC = new Spec("show-options", List.of("show"), "AgHpqsvwt:",
            "[-gqsvw] [-t target-pane] [option]", 0, 1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        String name = args.arg(0);
        if (name != null) {
            OptionSpec spec = OptionTable.find(name);
            if (spec == null) {
                if (args.has('q')) {
                    return "";
                }
                throw new MuxException("bad-option", "invalid option: " + Visible.of(name));
            }
            String value = ctx.mux().options().get(name);
            return args.has('v') ? value : name + " " + quoted(value);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : ctx.mux().options().asMap().entrySet()) {
            lines.add(args.has('v') ? e.getValue() : e.getKey() + " " + quoted(e.getValue()));
        }
        return String.join("\n", lines);
    }

    /** As tmux shows a value: bare when it is one plain word, else in double quotes with \ " $ escaped. */
    static String quoted(String value) {
        if (value.matches("[A-Za-z0-9_.,:/@%+=-]+")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
