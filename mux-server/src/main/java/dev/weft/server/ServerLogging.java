package dev.weft.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends everything the server logs to one file, so nothing of it reaches a terminal. */
public final class ServerLogging {

    /**
     * Replace any logback configuration (including the console default) with an appender to
     * {@code logFile}, creating its directory, and route java.util.logging / System.Logger there
     * too. If the directory cannot be created, logging is switched off rather than printed.
     */
    public static void configure(Path logFile) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return; // another slf4j binding: leave it alone
        }
        context.reset();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        try {
            Path dir = logFile.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            root.setLevel(Level.OFF);
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("server-log");
        file.setFile(logFile.toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        root.setLevel(Level.INFO);
        root.addAppender(file);
        // netty is chatty at DEBUG and says nothing useful at INFO about normal traffic.
        context.getLogger("io.netty").setLevel(Level.WARN);
        JulToSlf4j.install();
    }

    private ServerLogging() {}
}
