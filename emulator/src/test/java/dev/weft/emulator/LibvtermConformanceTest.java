package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs libvterm's own test scripts (release 0.3.3, in {@code ../shared/conformance/libvterm})
 * against weft. Checked: every assertion about terminal state that does not depend on
 * libvterm's callback API — {@code ?cursor}, {@code ?screen_row}, {@code ?screen_chars},
 * {@code ?screen_text}, {@code ?screen_cell}, {@code ?screen_eol}, {@code ?pen},
 * {@code ?lineinfo}, the bytes answered ({@code output}) and scrollback traffic
 * ({@code sb_pushline}/{@code sb_popline}). Callback traces (putglyph, movecursor, damage,
 * scrollrect, settermprop, parser events...) are libvterm internals and not counted.
 *
 * <p>The harness's scrollback is emulated as libvterm's does it: pushed lines are not kept,
 * and while scrollback events are wanted ({@code WANTSCREEN b}) every pop returns "ABCDE".
 *
 * <p>The pass count is printed and must not drop below {@link #BASELINE}.
 */
class LibvtermConformanceTest {
    /** Assertions passing when this was last raised; the test fails if fewer pass. */
    static final int BASELINE = 502;

    /** Whole files not run, with the reason. */
    static final Map<String, String> EXCLUDED_FILES = new LinkedHashMap<>();
    /** Cases ("file!case name") whose assertions are not counted, with the reason. */
    static final Map<String, String> EXCLUDED_CASES = new LinkedHashMap<>();
    /** Queries ("pen font") not counted anywhere, with the reason. */
    static final Map<String, String> EXCLUDED_QUERIES = new LinkedHashMap<>();

    static {
        EXCLUDED_FILES.put("02parser.test", "only parser callback traces (libvterm's parser API), no state assertions");
        EXCLUDED_FILES.put("03encoding_utf8.test", "only libvterm's encoding-module API (ENCIN/encout)");
        EXCLUDED_FILES.put("25state_input.test", "keyboard input encoding (INKEY/INCHAR) belongs to the keymaps module");
        EXCLUDED_FILES.put("17state_mouse.test", "mouse event encoding (MOUSEMOVE/MOUSEBTN) belongs to the keymaps module");
        EXCLUDED_FILES.put("40state_selection.test", "selection callbacks API; OSC 52 set is covered by TerminalCoreTest");
        EXCLUDED_FILES.put("28state_dbl_wh.test", "DEC double-width/double-height lines (DECDWL/DECDHL) are not supported");
        EXCLUDED_FILES.put("67screen_dbl_wh.test", "DEC double-width/double-height lines (DECDWL/DECDHL) are not supported");

        EXCLUDED_CASES.put("26state_query.test!XTVERSION", "weft answers XTVERSION with its own name and version");
        EXCLUDED_CASES.put("26state_query.test!DECCPR",
                "weft answers DECXCPR as xterm does, with the page: CSI ? row ; col ; 1 R");
        EXCLUDED_CASES.put("26state_query.test!S8C1T on DSR",
                "weft always replies with 7-bit controls: a raw C1 byte is not valid UTF-8 on the PTY");
        EXCLUDED_CASES.put("30state_pen.test!Bold+ANSI colour == highbright",
                "bold-as-bright is a rendering choice left to the client; weft keeps the colour index as sent");
        EXCLUDED_CASES.put("30state_pen.test!Font Selection", "alternative fonts (SGR 10-19) are not stored");
        EXCLUDED_CASES.put("30state_pen.test!Super/Subscript", "super/subscript (SGR 73-75) is not stored");
        EXCLUDED_CASES.put("64screen_pen.test!Font", "alternative fonts (SGR 10-19) are not stored");
        EXCLUDED_CASES.put("64screen_pen.test!Super/subscript", "super/subscript (SGR 73-75) is not stored");
        String marks = "weft keeps up to 32 UTF-16 units of marks per cell (ZWJ emoji sequences need more than"
                + " libvterm's 5 combining characters)";
        EXCLUDED_CASES.put("61screen_unicode.test!10 combining accents should not crash", marks);
        EXCLUDED_CASES.put("61screen_unicode.test!40 combining accents in two split writes of 20 should not crash",
                marks);

        EXCLUDED_CASES.put("16state_resize.test!Resize shrink moves cursor",
                "weft always reflows on resize (as tmux and WezTerm); libvterm's state layer alone only clamps the"
                        + " cursor");
        EXCLUDED_QUERIES.put("pen font", "alternative fonts (SGR 10-19) are not stored");
    }


    @Test
    void libvtermConformance() throws IOException {
        Path dir = sharedDir().resolve("conformance/libvterm");
        assertThat(dir).as("libvterm tests (set -Dweft.shared.dir)").isDirectory();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".test")).sorted().toList();
        }
        Tally tally = new Tally();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (EXCLUDED_FILES.containsKey(name)) {
                continue;
            }
            new LibvtermRun(name, Files.readAllLines(f, StandardCharsets.UTF_8), tally).run();
        }
        System.out.println("libvterm conformance: " + tally.passed + " of " + tally.total + " assertions pass ("
                + tally.excluded + " in excluded cases, " + EXCLUDED_FILES.size() + " files excluded)");
        if (Boolean.getBoolean("weft.libvterm.verbose") || tally.passed < BASELINE) {
            tally.failures.forEach(System.out::println);
        } else {
            tally.failures.stream().limit(40).forEach(System.out::println);
        }
        assertThat(tally.passed).as("libvterm assertions passing (baseline " + BASELINE + ")")
                .isGreaterThanOrEqualTo(BASELINE);
    }

    static Path sharedDir() {
        String p = System.getProperty("weft.shared.dir");
        if (p != null && Files.isDirectory(Paths.get(p))) {
            return Paths.get(p);
        }
        // Fallback: ../shared from the repository root (the module dir's parent).
        Path here = Paths.get("").toAbsolutePath();
        for (Path d = here; d != null; d = d.getParent()) {
            Path cand = d.resolveSibling("shared");
            if (Files.isDirectory(cand.resolve("conformance"))) {
                return cand;
            }
        }
        return here.resolve("../../shared").normalize();
    }

    static final class Tally {
        int passed;
        int total;
        int excluded;
        final List<String> failures = new ArrayList<>();
    }
}
