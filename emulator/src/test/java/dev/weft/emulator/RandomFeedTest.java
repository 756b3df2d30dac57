package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 100 MB of seeded random bytes through one terminal in a separate JVM limited to 256 MiB:
 * no exception, the cursor always on screen (checked after every chunk), memory flat (the heap
 * after GC at the end is within a margin of the heap at 10%).
 */
class RandomFeedTest {
    private static final long SEED = 0x5eedL;
    private static final int MEGABYTES = 100;

    @Test
    void hundredMegabytesOfRandomBytesUnder256MiB() throws IOException, InterruptedException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", cp,
                RandomFeedMain.class.getName(), Long.toString(SEED), Integer.toString(MEGABYTES))
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("random feed finished; output: " + out).isTrue();
        assertThat(p.exitValue()).as("exit status; output: " + out).isZero();
        Matcher m = Pattern.compile("random-feed ok bytes=(\\d+) .*heapEarlyMiB=(\\d+) heapLateMiB=(\\d+)").matcher(out);
        assertThat(m.find()).as("result line in: " + out).isTrue();
        System.out.println(m.group());
        assertThat(Long.parseLong(m.group(1))).isEqualTo((long) MEGABYTES << 20);
        long early = Long.parseLong(m.group(2));
        long late = Long.parseLong(m.group(3));
        assertThat(late).as("heap after GC at the end vs at 10%%").isLessThanOrEqualTo(early + 32);
    }
}
