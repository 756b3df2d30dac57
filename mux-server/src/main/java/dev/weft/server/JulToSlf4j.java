package dev.weft.server;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends java.util.logging (and so {@link System.Logger}, which the protocol module uses) to slf4j,
 * replacing JUL's console handler: otherwise its warnings would reach the user's terminal.
 */
final class JulToSlf4j extends Handler {
    private final Formatter formatter = new SimpleFormatter();

    static void install() {
        LogManager.getLogManager().reset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new JulToSlf4j());
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        Logger log = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
        String message = formatter.formatMessage(record);
        Throwable t = record.getThrown();
        int level = record.getLevel().intValue();
        if (level >= Level.SEVERE.intValue()) {
            log.error(message, t);
        } else if (level >= Level.WARNING.intValue()) {
            log.warn(message, t);
        } else if (level >= Level.INFO.intValue()) {
            log.info(message, t);
        } else if (level >= Level.FINE.intValue()) {
            log.debug(message, t);
        } else {
            log.trace(message, t);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
