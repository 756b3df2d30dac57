package dev.weft.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run this same weft again (to start a server): the distribution's launcher when we were
 * started by it (it passes -Dweft.launcher; copied without its executable bit, so run by sh), else this JVM with this class path.
 */
final class SelfCommand {
    static List<String> argv() {
        String launcher = System.getProperty("weft.launcher");
        if (launcher != null && !launcher.isEmpty()) {
            return List.of("/bin/sh", launcher);
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    private SelfCommand() {}
}
