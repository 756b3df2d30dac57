package dev.weft.cli.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The built distribution under test (cli/target/dist, made in the package phase). */
final class Dist {
    static Path launcher() {
        String dist = System.getProperty("weft.dist", "target/dist");
        Path launcher = Path.of(dist, "bin", "weft").toAbsolutePath();
        if (!Files.isRegularFile(launcher)) {
            throw new AssertionError("no weft distribution at " + launcher + ": run ./mvnw -B verify");
        }
        return launcher;
    }

    private Dist() {}
}
