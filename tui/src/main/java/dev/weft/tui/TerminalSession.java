package dev.weft.tui;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.jline.nativ.CLibrary;
import org.jline.nativ.JLineNativeLoader;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalExt;
import org.jline.utils.ShutdownHooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controlling terminal, owned through JLine's JNI provider: opened, put in raw mode and on the
 * alternate screen by {@link #enter}, and put back by {@link #restore} (idempotent, also run at JVM
 * shutdown so SIGTERM and SIGHUP restore it too).
 *
 * <p>Only the JNI provider is accepted: JLine's exec provider (stty in a subprocess) would be a
 * silent, slower fallback, and the dumb terminal cannot do raw mode at all.
 */
final class TerminalSession {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalSession.class);

    /** The terminal cannot be used; the message says why, in one line. */
    static final class UnavailableException extends Exception {
        UnavailableException(String message) {
            super(message);
        }
    }

    private final Terminal terminal;
    private final TerminalOutput output;
    private final NativeTermios saved;
    private final Restorer restorer;
    private final ShutdownHooks.Task shutdownTask;

    private TerminalSession(Terminal terminal, FileDescriptor out, NativeTermios saved) {
        this.terminal = terminal;
        // our own stream on the same descriptor: it must still work after JLine's terminal is
        // closed (JLine's shutdown task may close it before ours runs)
        this.output = new TerminalOutput(new FileOutputStream(out));
        this.saved = saved;
        this.restorer = new Restorer(output, terminal::close, saved::restore);
        this.shutdownTask = restorer::restore;
    }

    /** Open the controlling terminal with JLine's JNI provider, or say why not. */
    static TerminalSession open() throws UnavailableException {
        try {
            JLineNativeLoader.initialize();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("cannot load JLine's native library", e);
            throw new UnavailableException("JLine's native library could not be loaded: " + oneLine(e));
        }
        if (CLibrary.isatty(0) == 0) {
            throw new UnavailableException("standard input is not a terminal");
        }
        if (CLibrary.isatty(1) == 0 && CLibrary.isatty(2) == 0) {
            throw new UnavailableException("neither standard output nor standard error is a terminal");
        }
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder()
                    .system(true)
                    .provider(TerminalBuilder.PROP_PROVIDER_JNI)
                    .jni(true).exec(false).ffm(false).jna(false).jansi(false).dumb(false)
                    // false: JLine would otherwise reset SIGINT/SIGQUIT to the OS default, which
                    // kills the JVM without running the restore hook. handle(WINCH) still registers.
                    .nativeSignals(false)
                    .build();
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.warn("cannot open the terminal with JLine's JNI provider", e);
            throw new UnavailableException(oneLine(e));
        }
        String provider = terminal instanceof TerminalExt ext && ext.getProvider() != null
                ? ext.getProvider().name() : "none";
        if (!TerminalBuilder.PROP_PROVIDER_JNI.equals(provider)) {
            closeQuietly(terminal);
            throw new UnavailableException("JLine opened it with the " + provider
                    + " provider instead of jni (is stdin a terminal?)");
        }
        Size size = terminal.getSize();
        if (size.getColumns() <= 0 || size.getRows() <= 1) {
            closeQuietly(terminal);
            throw new UnavailableException("its size is " + size.getColumns() + "x" + size.getRows()
                    + ", too small for a pane and a status line");
        }
        NativeTermios saved;
        try {
            saved = NativeTermios.save(0);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("cannot read the terminal's termios", e);
            closeQuietly(terminal);
            throw new UnavailableException("cannot read its settings: " + oneLine(e));
        }
        FileDescriptor out = ((TerminalExt) terminal).getSystemStream() == SystemStream.Error
                ? FileDescriptor.err : FileDescriptor.out;
        return new TerminalSession(terminal, out, saved);
    }

    /** Save the modes, go raw (as tmux: no ISIG, IXON, ICRNL, OPOST...), alternate screen, paste and focus on. */
    void enter() throws IOException {
        // JLine runs its shutdown tasks in order in one hook: the terminal's own closer was added
        // when it opened, so this restore runs after it and has the last word.
        ShutdownHooks.add(shutdownTask);
        terminal.setAttributes(raw(terminal.getAttributes()));
        saved.keepLineSettings();
        output.write(OuterModes.enter());
        output.flush();
    }

    /**
     * tmux's tty_start_tty: like cfmakeraw, no signals from keys, no flow control. One difference:
     * a read returns after at most 100 ms even when nothing came (VMIN 0, VTIME 1), so the input
     * thread can stop before the terminal goes back to canonical mode; a read left blocked there
     * would steal the next line the user types into their shell.
     */
    static Attributes raw(Attributes cooked) {
        Attributes raw = new Attributes(cooked);
        raw.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.IXOFF, InputFlag.ICRNL, InputFlag.INLCR,
                InputFlag.IGNCR, InputFlag.IMAXBEL, InputFlag.ISTRIP), false);
        raw.setInputFlag(InputFlag.IGNBRK, true);
        raw.setOutputFlags(EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR, OutputFlag.OCRNL,
                OutputFlag.ONLRET), false);
        raw.setLocalFlags(EnumSet.of(LocalFlag.IEXTEN, LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.ECHOE,
                LocalFlag.ECHONL, LocalFlag.ECHOCTL, LocalFlag.ECHOPRT, LocalFlag.ECHOKE,
                LocalFlag.ISIG), false);
        raw.setControlChar(ControlChar.VMIN, 0);
        raw.setControlChar(ControlChar.VTIME, 1);
        return raw;
    }

    int cols() {
        return terminal.getSize().getColumns();
    }

    int rows() {
        return terminal.getSize().getRows();
    }

    TerminalOutput output() {
        return output;
    }

    /**
     * The terminal's input, read in large chunks straight from fd 0 (JLine's non-blocking stream
     * reads one byte per system call, too slow for a large paste). In raw mode a read returns
     * within 100 ms, with -1 when nothing came (see {@link #raw}).
     */
    InputStream input() {
        return new FileInputStream(FileDescriptor.in);
    }

    /** Called when a pane's cursor shape was sent to the outer terminal. */
    void cursorShapeChanged() {
        restorer.cursorShapeChanged();
    }

    /** Run {@code action} on SIGWINCH (on JLine's signal thread). */
    void onResize(Runnable action) {
        terminal.handle(Terminal.Signal.WINCH, signal -> action.run());
    }

    /** Leave everything as it was; safe to call more than once and from any thread. */
    void restore() {
        restorer.restore();
        try {
            ShutdownHooks.remove(shutdownTask);
        } catch (RuntimeException e) {
            // the JVM is shutting down already: the task has run or will find nothing to do
        }
    }

    private static void closeQuietly(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException e) {
            LOG.debug("closing the terminal", e);
        }
    }

    static String oneLine(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null && message == null) {
            message = t.getMessage();
            t = t.getCause();
        }
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
