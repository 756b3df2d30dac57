package dev.weft.tui;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Arrays;

/**
 * The exact termios of a file descriptor, as the kernel's {@code struct termios} bytes, read and
 * written whole through libc (JNA). JLine cannot do this: its {@code Attributes} carry neither the
 * line speed nor {@code c_line}, and its native {@code Termios} has no {@code c_line} either, so a
 * round trip through JLine leaves {@code stty -a} different ("speed 0 baud", "line = 79").
 */
final class NativeTermios {
    /** Larger than any libc's struct termios (60 bytes with glibc on Linux); tcgetattr fills sizeof. */
    private static final int BUFFER = 256;
    private static final int TCSANOW = 0;
    /**
     * glibc's Linux layout: c_iflag, c_oflag, c_cflag, c_lflag (4 bytes each), c_line (1), c_cc[32],
     * padding, c_ispeed, c_ospeed. Raw mode changes only the input, output and local flags and
     * c_cc; the control flags, line discipline and speeds are put back from here.
     */
    private static final int C_CFLAG = 8;
    private static final int C_LINE = 16;
    private static final int C_ISPEED = 52;
    private static final int SPEEDS_END = 60;
    private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");

    interface LibC extends Library {
        int tcgetattr(int fd, byte[] termios);

        int tcsetattr(int fd, int optionalActions, byte[] termios);
    }

    private static final class Holder {
        static final LibC LIBC = Native.load("c", LibC.class);
    }

    private final int fd;
    private final byte[] saved;

    private NativeTermios(int fd, byte[] saved) {
        this.fd = fd;
        this.saved = saved;
    }

    /** Read the current termios of {@code fd}. */
    static NativeTermios save(int fd) {
        return new NativeTermios(fd, get(fd));
    }

    /**
     * After JLine set raw mode through its Attributes: put back the fields it cannot express (the
     * control flags, line discipline and speeds), keeping the flags it changed.
     */
    void keepLineSettings() {
        if (!LINUX) {
            return; // layout known for Linux only; elsewhere JLine's own round trip has to do
        }
        byte[] now = get(fd);
        System.arraycopy(saved, C_CFLAG, now, C_CFLAG, 4);
        now[C_LINE] = saved[C_LINE];
        System.arraycopy(saved, C_ISPEED, now, C_ISPEED, SPEEDS_END - C_ISPEED);
        set(fd, now);
    }

    /** Put the saved termios back, byte for byte. */
    void restore() {
        set(fd, saved);
    }

    private static byte[] get(int fd) {
        byte[] termios = new byte[BUFFER];
        if (Holder.LIBC.tcgetattr(fd, termios) != 0) {
            throw new IllegalStateException("tcgetattr on the terminal failed (errno " + Native.getLastError() + ")");
        }
        return termios;
    }

    private static void set(int fd, byte[] termios) {
        if (Holder.LIBC.tcsetattr(fd, TCSANOW, Arrays.copyOf(termios, termios.length)) != 0) {
            throw new IllegalStateException("tcsetattr on the terminal failed (errno " + Native.getLastError() + ")");
        }
    }
}
