package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ServerLoggingTest {
    @TempDir
    Path tmp;

    @AfterEach
    void restoreTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
        java.util.logging.LogManager.getLogManager().readConfiguration();
    }

    @Test
    void logsGoToTheFileInANewDirectory() throws Exception {
        Path log = tmp.resolve("state/weft/server.log");
        ServerLogging.configure(log);
        LoggerFactory.getLogger(MuxServer.class).info("server log line {}", 42);
        System.getLogger("dev.weft.protocol.netty.PduFrameDecoder")
                .log(System.Logger.Level.WARNING, "closing connection {0}: {1}", "x", "bad frame");
        assertThat(log).exists();
        assertThat(Files.readString(log)).contains("INFO").contains("server log line 42")
                .contains("closing connection x: bad frame");
    }
}
