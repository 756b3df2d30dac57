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
            case 4 -> setPalette(arg);
            case 10, 11, 12 -> dynamicColors(code, arg);
            case 104 -> resetPalette(arg);
            case 110 -> resetDynamic(10);
            case 111 -> resetDynamic(11);
            case 112 -> resetDynamic(12);
            case 7 -> e.listener.workingDirectoryChanged(clean(arg));
            case 8 -> hyperlink(arg);
            case 133 -> promptMark(arg);
            case 52 -> clipboard(arg);
            case 1337 -> userVar(arg);
            default -> { }
        }
    }

    // ---- colours: OSC 4 / 10-12 / 104 / 110-112; replies end with ST, never BEL ----

    private void setPalette(String arg) {
        String[] p = arg.split(";", -1);
        boolean changed = false;
        for (int i = 0; i + 1 < p.length && i < 512; i += 2) {
            int index = parseIndex(p[i]);
            if (index < 0 || index > 255) {
                continue;
            }
            if (p[i + 1].equals("?")) {
                e.reports.reply("\033]4;" + index + ";" + Palette.format(e.palette.colors[index]) + "\033\\");
            } else {
                int rgb = Palette.parse(p[i + 1]);
                if (rgb >= 0) {
                    e.palette.colors[index] = rgb;
                    changed = true;
                }
            }
        }
        if (changed) {
            e.listener.colorsChanged();
        }
    }

    private void resetPalette(String arg) {
        if (arg.isEmpty()) {
            for (int i = 0; i < 256; i++) {
                e.palette.reset(i);
            }
        } else {
            for (String x : arg.split(";", 257)) {
                e.palette.reset(parseIndex(x));
            }
        }
        e.listener.colorsChanged();
    }

    /** OSC 10/11/12 take several values in turn: "10;fg;bg" sets the foreground then the background. */
    private void dynamicColors(int code, String arg) {
        boolean changed = false;
        for (String v : arg.split(";", 4)) {
            if (code > 12) {
                break;
            }
            Palette pal = e.palette;
            if (v.equals("?")) {
                int rgb = switch (code) {
                    case 10 -> pal.foreground;
                    case 11 -> pal.background;
                    default -> pal.cursor == Palette.NO_COLOR ? pal.foreground : pal.cursor;
                };
                e.reports.reply("\033]" + code + ";" + Palette.format(rgb) + "\033\\");
            } else {
                int rgb = Palette.parse(v);
                if (rgb >= 0) {
                    switch (code) {
                        case 10 -> pal.foreground = rgb;
                        case 11 -> pal.background = rgb;
                        default -> pal.cursor = rgb;
                    }
                    changed = true;
                }
            }
            code++;
        }
        if (changed) {
            e.listener.colorsChanged();
        }
    }

    private void resetDynamic(int code) {
        Palette pal = e.palette;
        switch (code) {
            case 10 -> pal.foreground = pal.baseForeground;
            case 11 -> pal.background = pal.baseBackground;
            default -> pal.cursor = Palette.NO_COLOR;
        }
        e.listener.colorsChanged();
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    /** OSC 8 ; params ; URI starts a hyperlink for the cells printed next; an empty URI ends it. */
    private void hyperlink(String arg) {
        int semi = arg.indexOf(';');
        String uri = semi < 0 ? "" : clean(arg.substring(semi + 1));
        e.currentLink = uri.isEmpty() ? null : uri;
    }

    /** OSC 133 ; A|B|C|D: shell integration marks on the cursor's row (A = prompt start). */
    private void promptMark(String arg) {
        if (arg.isEmpty()) {
            return;
        }
        int kind = switch (arg.charAt(0)) {
            case 'A' -> Row.MARK_PROMPT;
            case 'B' -> Row.MARK_INPUT;
            case 'C' -> Row.MARK_OUTPUT;
            case 'D' -> Row.MARK_END;
            default -> 0;
        };
        if (kind != 0) {
            e.grid[e.cy].mark = kind;
            e.touch(e.cy);
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
