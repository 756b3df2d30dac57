package dev.weft.cli;

import dev.weft.config.RuntimePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Picks the logging backend before any logger exists: the server logs with logback to
 * server.log (configured by the server), every client command with slf4j-simple to client.log.
 * Both are on the classpath, so the provider is named explicitly (which also keeps slf4j from
 * printing its "multiple providers" warning on the user's terminal).
 */
final class Logging {
    private static final String LOGBACK = "ch.qos.logback.classic.spi.LogbackServiceProvider";
    private static final String SIMPLE = "org.slf4j.simple.SimpleServiceProvider";

    static void chooseProvider(String[] args) {
        // slf4j reports the explicit choice on stderr at INFO; only its warnings may reach a user.
        System.setProperty("slf4j.internal.verbosity", "WARN");
        boolean server = false;
        for (String a : args) {
            if (a.equals("mux-server")) {
                server = true;
                break;
            }
        }
        if (server) {
            System.setProperty("slf4j.provider", LOGBACK);
            return;
        }
        System.setProperty("slf4j.provider", SIMPLE);
        Path log = clientLog();
        try {
            Files.createDirectories(log.getParent());
            System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
        } catch (Exception e) {
            // No writable state directory: log nowhere rather than on the user's terminal.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
    }

    static Path clientLog() {
        return RuntimePaths.stateDir(System.getenv()).resolve("client.log");
    }

    static Path serverLog() {
        return RuntimePaths.stateDir(System.getenv()).resolve("server.log");
    }

    static void logUnexpected(Throwable e) {
        LoggerFactory.getLogger(Main.class).error("unexpected error", e);
    }

    private Logging() {}
}
