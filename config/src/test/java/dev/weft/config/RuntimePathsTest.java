package dev.weft.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimePathsTest {

    @Test
    void socketDirUsesXdgRuntimeDirWhenSet() {
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", "/run/user/1000");
        assertThat(RuntimePaths.socketDir(env, 1000)).isEqualTo(Path.of("/run/user/1000/weft"));
        assertThat(RuntimePaths.socketPath(env, 1000, "default"))
                .isEqualTo(Path.of("/run/user/1000/weft/default.sock"));
    }

    @Test
    void socketDirFallsBackToTmpWithUidWhenUnsetOrEmpty() {
        assertThat(RuntimePaths.socketDir(Map.of(), 1234)).isEqualTo(Path.of("/tmp/weft-1234"));
        assertThat(RuntimePaths.socketDir(Map.of("XDG_RUNTIME_DIR", ""), 0)).isEqualTo(Path.of("/tmp/weft-0"));
        assertThat(RuntimePaths.socketPath(Map.of(), 7, "work")).isEqualTo(Path.of("/tmp/weft-7/work.sock"));
    }

    @Test
    void relativeXdgPathsAreIgnoredAsTheSpecificationSays() {
        assertThat(RuntimePaths.socketDir(Map.of("XDG_RUNTIME_DIR", "run"), 3)).isEqualTo(Path.of("/tmp/weft-3"));
        assertThat(RuntimePaths.stateDir(Map.of("XDG_STATE_HOME", "s", "HOME", "/h")))
                .isEqualTo(Path.of("/h/.local/state/weft"));
        assertThat(RuntimePaths.configFile(Map.of("XDG_CONFIG_HOME", "x", "HOME", "/h"), null))
                .isEqualTo(Path.of("/h/.config/weft/weft.toml"));
        // WEFT_CONFIG_FILE is ours, not XDG: a relative path there is relative to the working directory.
        assertThat(RuntimePaths.configFile(Map.of("WEFT_CONFIG_FILE", "my.toml"), null)).isEqualTo(Path.of("my.toml"));
    }

    @Test
    void stateDirFollowsXdgStateHomeElseHome() {
        assertThat(RuntimePaths.stateDir(Map.of("XDG_STATE_HOME", "/s", "HOME", "/h")))
                .isEqualTo(Path.of("/s/weft"));
        assertThat(RuntimePaths.stateDir(Map.of("XDG_STATE_HOME", "", "HOME", "/h")))
                .isEqualTo(Path.of("/h/.local/state/weft"));
        assertThat(RuntimePaths.stateDir(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/state/weft"));
    }

    @Test
    void configFileOrderIsOverrideThenEnvThenXdgThenHome() {
        Map<String, String> all = Map.of("WEFT_CONFIG_FILE", "/e/w.toml", "XDG_CONFIG_HOME", "/x", "HOME", "/h");
        assertThat(RuntimePaths.configFile(all, Path.of("/cli.toml"))).isEqualTo(Path.of("/cli.toml"));
        assertThat(RuntimePaths.configFile(all, null)).isEqualTo(Path.of("/e/w.toml"));
        assertThat(RuntimePaths.configFile(Map.of("XDG_CONFIG_HOME", "/x", "HOME", "/h"), null))
                .isEqualTo(Path.of("/x/weft/weft.toml"));
        assertThat(RuntimePaths.configFile(Map.of("WEFT_CONFIG_FILE", "", "XDG_CONFIG_HOME", "", "HOME", "/h"), null))
                .isEqualTo(Path.of("/h/.config/weft/weft.toml"));
    }

    @Test
    void currentUidIsTheOwnerOfFilesWeCreate(@TempDir Path tmp) throws Exception {
        Path f = Files.createFile(tmp.resolve("mine"));
        long owner = ((Number) Files.getAttribute(f, "unix:uid")).longValue();
        assertThat(RuntimePaths.currentUid()).isEqualTo(owner);
    }
}
