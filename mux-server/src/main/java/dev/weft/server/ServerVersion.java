package dev.weft.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** weft's version as built (TERM_PROGRAM_VERSION, HelloOk). */
final class ServerVersion {
    static final String VERSION = load();

    private static String load() {
        try (InputStream in = ServerVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isEmpty() && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: an unknown version is not worth failing over
        }
        return "unknown";
    }

    private ServerVersion() {}
}
