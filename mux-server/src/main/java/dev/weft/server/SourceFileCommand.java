package dev.weft.server;

import dev.weft.config.ConfigLoader;
import dev.weft.config.ConfigProblem;
import dev.weft.config.WeftConfig;
import dev.weft.keymaps.CommandParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tmux source-file: a {@code .toml} file is read as weft.toml ({@link ConfigLoader}): the options
 * it sets go over the live ones and its {@code [keys]} over the key tables. Any other file is tmux
 * command lines, one command (or {@code ;}-separated list) per line, {@code #} comments, a line
 * ending in {@code \} continued on the next; each runs in turn. Problems do not stop the file
 * (tmux goes on too); they come back as the command's error, one {@code file:line: message} per
 * line. {@code -q}: a missing file is not an error; {@code -n}: only check the syntax.
 */
final class SourceFileCommand implements Command {
    private static final Spec SPEC = new Spec("source-file", List.of("source"), "Fnqv",
            "[-nqv] path ...", 1, -1);

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public String run(CommandContext ctx, Args args) throws MuxException {
        if (ctx.depth() >= CommandContext.MAX_DEPTH) {
            throw new MuxException("too-deep", "too many nested files");
        }
        List<String> problems = new ArrayList<>();
        StringBuilder output = new StringBuilder();
        for (String name : args.positional()) {
            Path path = Path.of(name.startsWith("~/") ? System.getProperty("user.home") + name.substring(1) : name);
            if (!Files.exists(path)) {
                if (!args.has('q')) {
                    problems.add(name + ": No such file or directory");
                }
                continue;
            }
            if (name.endsWith(".toml")) {
                toml(ctx, path, args.has('n'), problems);
            } else {
                commands(ctx, path, args.has('n'), problems, output);
            }
        }
        if (!problems.isEmpty()) {
            throw new MuxException("source-file", String.join("\n", problems));
        }
        return output.toString();
    }

    private static void toml(CommandContext ctx, Path path, boolean checkOnly, List<String> problems) {
        ConfigLoader.Result r = ConfigLoader.load(path);
        for (ConfigProblem p : r.problems()) {
            problems.add(p.toString());
        }
        if (checkOnly) {
            return;
        }
        WeftConfig config = r.config();
        Mux mux = ctx.mux();
        if (config.options() != null) {
            // Only what the file sets goes over the live options (Options.changed), as a reload should.
            mux.options(mux.options().overlay(config.options()));
        }
        problems.addAll(Mux.applyBindings(mux.keyTables(), config.keys()));
        mux.settingsChanged();
    }

    private static void commands(CommandContext ctx, Path path, boolean checkOnly, List<String> problems,
                                 StringBuilder output) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(path + ": No such file or directory");
            return;
        } catch (IOException e) {
            problems.add(path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        }
        CommandContext nested = ctx.nested();
        StringBuilder pending = new StringBuilder();
        int startLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (pending.isEmpty()) {
                startLine = i + 1;
            }
            if (line.endsWith("\\") && !line.endsWith("\\\\")) {
                pending.append(line, 0, line.length() - 1);
                continue;
            }
            pending.append(line);
            String whole = pending.toString();
            pending.setLength(0);
            List<List<String>> cmds;
            try {
                cmds = CommandParser.parse(whole);
            } catch (IllegalArgumentException e) {
                problems.add(path + ":" + startLine + ": " + e.getMessage());
                continue;
            }
            for (List<String> argv : cmds) {
                if (argv.isEmpty()) {
                    continue;
                }
                try {
                    if (checkOnly) {
                        Args.parse(Commands.find(argv.get(0)).spec(), argv.subList(1, argv.size()));
                    } else {
                        String out = Commands.run(nested, argv);
                        if (!out.isEmpty()) {
                            output.append(output.isEmpty() ? "" : "\n").append(out);
                        }
                    }
                } catch (MuxException e) {
                    problems.add(path + ":" + startLine + ": " + e.getMessage());
                }
            }
        }
    }
}
