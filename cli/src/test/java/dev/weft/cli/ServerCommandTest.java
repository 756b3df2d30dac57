package dev.weft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerCommandTest {
    private static List<String> resolved(String... argv) {
        List<String> list = new ArrayList<>(List.of(argv));
        ServerCommand.absolutePathArgument(list);
        return list;
    }

    @Test
    void a_relative_buffer_file_is_the_callers() {
        String here = Path.of("").toAbsolutePath().toString();
        assertThat(resolved("save-buffer", "out.txt")).containsExactly("save-buffer", here + "/out.txt");
        assertThat(resolved("loadb", "-b", "x", "dir/../in.txt")).containsExactly("loadb", "-b", "x", here + "/in.txt");
    }

    @Test
    void absolute_paths_stdout_formats_and_other_commands_stay() {
        assertThat(resolved("save-buffer", "-")).containsExactly("save-buffer", "-");
        assertThat(resolved("save-buffer", "/tmp/a")).containsExactly("save-buffer", "/tmp/a");
        assertThat(resolved("save-buffer", "#{pane_current_path}/a")).containsExactly("save-buffer", "#{pane_current_path}/a");
        assertThat(resolved("load-buffer", "-b", "name")).containsExactly("load-buffer", "-b", "name");
        assertThat(resolved("set-buffer", "file")).containsExactly("set-buffer", "file");
    }
}
