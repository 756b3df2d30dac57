package dev.weft.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;

/**
 * OSC dispatch: titles (0/1/2 and the CSI 22/23 title stack), working directory (7), clipboard
 * (52, set only: a query is refused), user variables (1337 SetUserVar), hyperlinks (8) and
 * prompt marks (133) accepted.
 */
final class OperatingSystemCommands {
    private static final int TITLE_STACK_MAX = 10;
    private static final int TITLE_MAX = 4096;
    private final Emulator e;
    private final ArrayDeque<String[]> titleStack = new ArrayDeque<>();

    OperatingSystemCommands(Emulator e) {
        this.e = e;
    }

    void dispatch(String s) {
        int semi = s.indexOf(';');
        String num = semi < 0 ? s : s.substring(0, semi);
        String arg = semi < 0 ? "" : s.substring(semi + 1);
        int code;
        try {
            code = Integer.parseInt(num);
        } catch (NumberFormatException ex) {
            return;
        }
        switch (code) {
            case 0 -> {
                setIcon(arg);
                setTitle(arg);
            }
            case 1 -> setIcon(arg);
            case 2 -> setTitle(arg);
            case 7 -> e.listener.workingDirectoryChanged(arg);
            case 52 -> clipboard(arg);
            case 1337 -> userVar(arg);
            default -> { }
        }
    }

    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), TITLE_MAX));
        for (int i = 0; i < s.length() && sb.length() < TITLE_MAX; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void setTitle(String t) {
        t = clean(t);
        if (!t.equals(e.title)) {
            e.title = t;
            e.listener.titleChanged(t);
        }
    }

    private void setIcon(String t) {
        e.iconTitle = clean(t);
    }

    /** CSI 22 ; which t: push title (0 both, 1 icon, 2 title). */
    void pushTitle(int which) {
        if (titleStack.size() >= TITLE_STACK_MAX) {
            titleStack.removeFirst();
        }
        titleStack.addLast(new String[] {e.title, e.iconTitle});
    }

    /** CSI 23 ; which t: pop title. */
    void popTitle(int which) {
        String[] t = titleStack.pollLast();
        if (t == null) {
            return;
        }
        if (which == 0 || which == 2) {
            setTitle(t[0]);
        }
        if (which == 0 || which == 1) {
            e.iconTitle = t[1];
        }
    }

    private void clipboard(String arg) {
        int semi = arg.indexOf(';');
        if (semi < 0) {
            return;
        }
        String sel = arg.substring(0, semi);
        String data = arg.substring(semi + 1);
        if (data.equals("?")) {
            return; // a clipboard query would hand the user's clipboard to the program: refused
        }
        try {
            e.listener.clipboardSet(sel.isEmpty() ? "s0" : sel, Base64.getMimeDecoder().decode(data));
        } catch (IllegalArgumentException ex) {
            // not base64: ignored, as xterm does
        }
    }

    private void userVar(String arg) {
        if (!arg.startsWith("SetUserVar=")) {
            return;
        }
        String kv = arg.substring("SetUserVar=".length());
        int eq = kv.indexOf('=');
        if (eq <= 0) {
            return;
        }
        try {
            String value = new String(Base64.getMimeDecoder().decode(kv.substring(eq + 1)), StandardCharsets.UTF_8);
            e.listener.userVarChanged(kv.substring(0, eq), value);
        } catch (IllegalArgumentException ex) {
            // not base64: ignored
        }
    }
}
