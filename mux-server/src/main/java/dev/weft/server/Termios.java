package dev.weft.server;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads termios ECHO and ICANON of a PTY through its master fd with libc {@code tcgetattr}
 * (via the JNA pty4j already bundles). On Linux a TCGETS on the master reports the slave's
 * settings, which is what the program in the pane set.
 *
 * <p>Layout: Linux {@code struct termios} starts with four 32-bit {@code tcflag_t}
 * (iflag, oflag, cflag, lflag), so c_lflag is at byte 12; on macOS/BSD the flags are
 * {@code unsigned long}, c_lflag at byte 24 (64-bit).
 */
final class Termios {
    private static final Logger LOG = LoggerFactory.getLogger(Termios.class);

    interface LibC extends Library {
        int tcgetattr(int fd, byte[] termios);

        int tcgetpgrp(int fd);
    }

    private static final LibC LIBC = load();
    private static final boolean BSD_LAYOUT = Platform.isMac() || Platform.isFreeBSD() || Platform.isOpenBSD();
    private static final int LFLAG_OFFSET = BSD_LAYOUT ? 24 : 12;
    private static final int ECHO = 0x8;
    private static final int ICANON = BSD_LAYOUT ? 0x100 : 0x2;

    private static LibC load() {
        try {
            return Native.load("c", LibC.class);
        } catch (Throwable t) {
            LOG.warn("cannot load libc for tcgetattr; echo state will not be reported", t);
            return null;
        }
    }

    /** {@code Pdu.PaneUpdate.ECHO | ICANON} bits for the PTY behind {@code masterFd}; 0 if unknown. */
    static int echoFlags(int masterFd) {
        if (LIBC == null || masterFd < 0) {
            return 0;
        }
        byte[] buf = new byte[256]; // larger than any struct termios
        if (LIBC.tcgetattr(masterFd, buf) != 0) {
            return 0;
        }
        ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
        long lflag = BSD_LAYOUT && Native.LONG_SIZE == 8 ? b.getLong(LFLAG_OFFSET) : b.getInt(LFLAG_OFFSET);
        int flags = 0;
        if ((lflag & ECHO) != 0) {
            flags |= 1; // Pdu.PaneUpdate.ECHO
        }
        if ((lflag & ICANON) != 0) {
            flags |= 2; // Pdu.PaneUpdate.ICANON
        }
        return flags;
    }

    /** The PTY's foreground process group id, or -1 when unknown. */
    static int foregroundProcessGroup(int masterFd) {
        if (LIBC == null || masterFd < 0) {
            return -1;
        }
        try {
            return LIBC.tcgetpgrp(masterFd);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return -1;
        }
    }

    private Termios() {}
}
