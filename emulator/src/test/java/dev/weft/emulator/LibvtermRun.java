package dev.weft.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One libvterm test script run against a fresh weft {@link Terminal}. */
final class LibvtermRun {
    /** Directives weft's emulator has no counterpart for (input encoding, libvterm APIs). */
    private static final Set<String> UNSUPPORTED = Set.of("ENCIN", "INKEY", "INCHAR", "MOUSEMOVE", "MOUSEBTN",
            "FOCUS", "PASTE", "SELECTION", "DAMAGEFLUSH", "DAMAGEMERGE", "WANTPARSER", "WANTENCODING");
    private static final int POPPABLE = 200;

    private final String file;
    private final List<String> lines;
    private final LibvtermConformanceTest.Tally tally;

    private Terminal term;
    private final LibvtermQueries queries = new LibvtermQueries();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private boolean utf8;
    private boolean wantScrollback;
    private String caseName = "";

    // The directive whose expectations are being collected.
    private String directive;
    private int directiveLine;
    private boolean directiveChecked;
    private boolean directiveWantsScrollback;
    private final ByteArrayOutputStream expectedOutput = new ByteArrayOutputStream();
    private final List<String> expectedScrollback = new ArrayList<>();
    private final List<String> actualScrollback = new ArrayList<>();

    LibvtermRun(String file, List<String> lines, LibvtermConformanceTest.Tally tally) {
        this.file = file;
        this.lines = LibvtermScript.expand(lines);
        this.tally = tally;
    }

    void run() {
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String t = line.strip();
            boolean indented = Character.isWhitespace(line.charAt(0)) || t.startsWith("?");
            if (!indented) {
                finishDirective();
                if (t.startsWith("!")) {
                    caseName = t.substring(1);
                } else {
                    execute(t, n);
                }
            } else if (t.startsWith("?")) {
                query(t, n);
            } else {
                expectEvent(t);
            }
        }
        finishDirective();
    }

    private String where(int line) {
        return file + ":" + line + " [" + caseName + "]";
    }

    private boolean excluded() {
        return LibvtermConformanceTest.EXCLUDED_CASES.containsKey(file + "!" + caseName);
    }

    private void execute(String t, int line) {
        String word = t.split("\\s+", 2)[0];
        String rest = t.length() > word.length() ? t.substring(word.length()).strip() : "";
        directive = word;
        directiveLine = line;
        directiveChecked = !UNSUPPORTED.contains(word);
        directiveWantsScrollback = wantScrollback;
        replies.reset();
        switch (word) {
            case "INIT" -> {
                term = new Terminal(80, 25, 1000, new TerminalListener() {
                    @Override
                    public void reply(byte[] bytes) {
                        replies.writeBytes(bytes);
                    }
                });
                term.emulator().scrollback.observer = ev -> {
                    LineSnapshot l = term.emulator().scrollback.lastPushed;
                    actualScrollback.add(ev.equals("push") ? pushLine(l) : "sb_popline " + l.cols());
                };
                utf8 = false;
                wantScrollback = false;
            }
            case "UTF8" -> utf8 = rest.equals("1");
            case "WANTSTATE" -> { }
            case "WANTSCREEN" -> {
                boolean sense = true;
                for (char c : rest.toCharArray()) {
                    if (c == '-') {
                        sense = false;
                    } else if (c == '+') {
                        sense = true;
                    } else if (c == 'b') {
                        wantScrollback = sense;
                    }
                }
            }
            case "RESET" -> {
                term.reset();
                replies.reset();
            }
            case "RESIZE" -> {
                String[] rc = rest.split(",");
                prepareScrollback();
                actualScrollback.clear();
                term.resize(Integer.parseInt(rc[1].strip()), Integer.parseInt(rc[0].strip()));
            }
            case "PUSH" -> {
                byte[] b = LibvtermScript.evaluate(rest);
                if (!utf8) {
                    b = LibvtermScript.latin1ToUtf8(b);
                }
                actualScrollback.clear();
                term.feed(b);
            }
            case "SETDEFAULTCOL" -> {
                String[] cols = rest.split("\\)\\s*");
                queries.defaultFg = rgb(cols[0]);
                if (cols.length > 1) {
                    queries.defaultBg = rgb(cols[1]);
                }
            }
            default -> {
                if (!UNSUPPORTED.contains(word)) {
                    throw new IllegalStateException(where(line) + ": unknown directive " + t);
                }
            }
        }
        if (!word.equals("PUSH") && !word.equals("RESIZE")) {
            actualScrollback.clear();
        }
    }

    /** libvterm's harness keeps no scrollback: a pop finds "ABCDE" while events are wanted, else nothing. */
    private void prepareScrollback() {
        Scrollback sb = term.emulator().scrollback;
        java.util.function.Consumer<String> obs = sb.observer;
        sb.observer = null;
        sb.clear();
        if (wantScrollback) {
            Row r = new Row(term.cols());
            for (int i = 0; i < 5; i++) {
                r.set(i, 'A' + i, 0, 0, 0, 0);
            }
            for (int i = 0; i < POPPABLE; i++) {
                sb.push(r.snapshot());
            }
        }
        sb.observer = obs;
    }

    private static int[] rgb(String s) {
        String inner = s.substring(s.indexOf('(') + 1).replace(")", "");
        String[] p = inner.split(",");
        return new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()), Integer.parseInt(p[2].strip())};
    }

    private static String pushLine(LineSnapshot l) {
        int eol = l.stored();
        while (eol > 0 && l.rawCodePoint(eol - 1) == Row.BLANK) {
            eol--;
        }
        StringBuilder sb = new StringBuilder("sb_pushline " + l.cols() + " =");
        for (int c = 0; c < eol; c++) {
            int cp = l.rawCodePoint(c);
            sb.append(String.format(" %02X", cp == Row.WIDE_TAIL ? 0xFFFFFFFF : cp));
        }
        return sb.toString();
    }

    private void expectEvent(String t) {
        if (t.startsWith("output")) {
            String lit = t.substring("output".length()).strip();
            expectedOutput.writeBytes(LibvtermScript.evaluate(lit));
        } else if (t.startsWith("sb_pushline") || t.startsWith("sb_popline")) {
            expectedScrollback.add(t.replaceAll("\\s+", " ").strip());
        }
    }

    private void finishDirective() {
        if (directive == null) {
            return;
        }
        if (directiveChecked && term != null) {
            byte[] actual = replies.toByteArray();
            byte[] expected = expectedOutput.toByteArray();
            if (expected.length > 0 || actual.length > 0) {
                record(java.util.Arrays.equals(expected, actual), directiveLine, "output",
                        show(expected), show(actual));
            }
            if (directiveWantsScrollback && (!expectedScrollback.isEmpty() || !actualScrollback.isEmpty())) {
                record(expectedScrollback.equals(actualScrollback), directiveLine, "scrollback",
                        expectedScrollback.toString(), actualScrollback.toString());
            }
        }
        directive = null;
        expectedOutput.reset();
        expectedScrollback.clear();
        actualScrollback.clear();
        replies.reset();
    }

    private void query(String t, int line) {
        if (term == null) {
            return;
        }
        int eq = t.indexOf('=');
        String q = t.substring(1, eq).strip();
        String value = t.substring(eq + 1);
        String answer = queries.answer(term, q);
        if (answer == null) {
            return; // not a state query weft can express (e.g. screen_attrs_extent)
        }
        if (LibvtermConformanceTest.EXCLUDED_QUERIES.containsKey(q)) {
            tally.excluded++;
            return;
        }
        String expected = LibvtermScript.expectedText(value);
        if ((q.startsWith("screen_row") || q.startsWith("screen_chars")) && expected.startsWith("0x")) {
            answer = codePoints(answer); // the harness's other form: code points in hex
        }
        record(norm(expected).equals(norm(answer)), line, "?" + q, expected, answer);
    }

    private void record(boolean pass, int line, String what, String expected, String actual) {
        if (excluded()) {
            tally.excluded++;
            return;
        }
        tally.total++;
        if (pass) {
            tally.passed++;
        } else {
            tally.failures.add("FAIL " + where(line) + " " + what + "\n    expected: " + expected
                    + "\n    actual:   " + actual);
        }
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(sb.length() == 0 ? "" : ",").append(String.format("0x%x", c)));
        return sb.toString();
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String show(byte[] b) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte x : b) {
            int v = x & 0xFF;
            if (v == 0x1B) {
                sb.append("\\e");
            } else if (v < 0x20 || v >= 0x7F) {
                sb.append(String.format("\\x{%02x}", v));
            } else {
                sb.append((char) v);
            }
        }
        return sb.append('"').toString();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
