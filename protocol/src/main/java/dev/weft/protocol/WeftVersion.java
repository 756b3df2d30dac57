package dev.weft.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The weft release this build belongs to, filtered into a resource by Maven ({@code ${project.version}}). */
public final class WeftVersion {
    private static final String RESOURCE = "weft-version.properties";
    private static final String CURRENT = load();

    private WeftVersion() {}

    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = WeftVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown").trim();
            // An unfiltered resource (an IDE build without Maven) still says something honest.
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
