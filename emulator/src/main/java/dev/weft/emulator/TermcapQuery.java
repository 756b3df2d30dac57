package dev.weft.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * XTGETTCAP (DCS + q hex-name ; ... ST): answers for a few capabilities programs probe.
 * Known: DCS 1 + r hex-name = hex-value ST, built from our own table (the request is decoded and
 * looked up, never copied into the reply). Unknown or malformed: DCS 0 + r ST.
 */
final class TermcapQuery {
    /** Capability values as terminfo source text (\E stays two characters, no raw controls). */
    static final Map<String, String> CAPS = Map.ofEntries(
            Map.entry("TN", "xterm-256color"),
            Map.entry("name", "xterm-256color"),
            Map.entry("Co", "256"),
            Map.entry("colors", "256"),
            Map.entry("RGB", "8/8/8"),
            Map.entry("Tc", ""),
            Map.entry("Ss", "\\E[%p1%d q"),
            Map.entry("Se", "\\E[2 q"),
            Map.entry("Smulx", "\\E[4:%p1%dm"),
            Map.entry("Setulc", "\\E[58:2::%p1%{65536}%/%d:%p1%{256}%/%{255}%&%d:%p1%{255}%&%d%;m"),
            Map.entry("Ms", "\\E]52;%p1%s;%p2%s\\007"),
            Map.entry("Sync", "\\E[?2026%?%p1%{1}%-%tl%eh%;"),
            Map.entry("BE", "\\E[?2004h"),
            Map.entry("BD", "\\E[?2004l"),
            Map.entry("fe", "\\E[?1004h"),
            Map.entry("fd", "\\E[?1004l"));

    private TermcapQuery() {}

    static void answer(Reports reports, String payload) {
        StringBuilder ok = new StringBuilder();
        for (String hexName : payload.split(";", 33)) {
            String name = unhex(hexName);
            String value = name == null ? null : CAPS.get(name);
            if (value == null) {
                reports.reply("\033P0+r\033\\");
                continue;
            }
            ok.setLength(0);
            ok.append("\033P1+r").append(hex(name));
            if (!value.isEmpty()) {
                ok.append('=').append(hex(value));
            }
            reports.reply(ok.append("\033\\").toString());
        }
    }

    private static String unhex(String s) {
        if (s.isEmpty() || s.length() % 2 != 0 || s.length() > 64) {
            return null;
        }
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.ISO_8859_1)) {
            sb.append(String.format(Locale.ROOT, "%02X", x & 0xFF));
        }
        return sb.toString();
    }
}
