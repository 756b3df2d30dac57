package dev.weft.tui;

import java.util.Arrays;
import org.jline.nativ.CLibrary;

/**
 * The exact termios of a file descriptor, through JLine's native library (loaded by the JNI
 * provider). JLine's portable {@code Attributes} carry the flags but not the line speed, so
 * saving and restoring through them leaves {@code speed 0 baud} behind; this keeps every field
 * the native struct has. (JLine's struct has no {@code c_line}; Linux stores whatever it receives
 * there but does not act on it: the line discipline changes only through TIOCSETD.)
 */
final class NativeTermios {
    private final int fd;
    private final CLibrary.Termios saved;

    private NativeTermios(int fd, CLibrary.Termios saved) {
        this.fd = fd;
        this.saved = saved;
    }

    /** Read the current termios of {@code fd}. */
    static NativeTermios save(int fd) {
        CLibrary.Termios t = new CLibrary.Termios();
        check(CLibrary.tcgetattr(fd, t), "tcgetattr");
        return new NativeTermios(fd, t);
    }

    /**
     * After JLine set flags through its Attributes: put back the control flags and speeds saved
     * here (raw mode changes only input, output and local flags and control characters).
     */
    void keepLineSettings() {
        CLibrary.Termios now = new CLibrary.Termios();
        check(CLibrary.tcgetattr(fd, now), "tcgetattr");
        now.c_cflag = saved.c_cflag;
        now.c_ispeed = saved.c_ispeed;
        now.c_ospeed = saved.c_ospeed;
        check(CLibrary.tcsetattr(fd, CLibrary.TCSANOW, now), "tcsetattr");
    }

    /** Put the saved termios back. */
    void restore() {
        CLibrary.Termios t = new CLibrary.Termios();
        t.c_iflag = saved.c_iflag;
        t.c_oflag = saved.c_oflag;
        t.c_cflag = saved.c_cflag;
        t.c_lflag = saved.c_lflag;
        t.c_cc = Arrays.copyOf(saved.c_cc, saved.c_cc.length);
        t.c_ispeed = saved.c_ispeed;
        t.c_ospeed = saved.c_ospeed;
        check(CLibrary.tcsetattr(fd, CLibrary.TCSANOW, t), "tcsetattr");
    }

    private static void check(int rc, String call) {
        if (rc != 0) {
            throw new IllegalStateException(call + " on the terminal failed (" + rc + ")");
        }
    }
}
