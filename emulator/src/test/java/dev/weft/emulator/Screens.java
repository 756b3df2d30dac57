package dev.weft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a terminal plus whole-screen assertions. */
final class Screens {
    final Terminal term;
    final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    final List<String> events = new ArrayList<>();

    Screens(int cols, int rows) {
        this(cols, rows, 100);
    }

    Screens(int cols, int rows, int scrollback) {
        term = new Terminal(cols, rows, scrollback, new TerminalListener() {
            @Override
            public void reply(byte[] bytes) {
                replies.writeBytes(bytes);
            }

            @Override
            public void titleChanged(String title) {
                events.add("title " + title);
            }

            @Override
            public void bell() {
                events.add("bell");
            }

            @Override
            public void modesChanged(TerminalModes modes) {
                events.add("modes");
            }

            @Override
            public void workingDirectoryChanged(String uri) {
                events.add("cwd " + uri);
            }

            @Override
            public void clipboardSet(String selection, byte[] data) {
                events.add("clipboard " + selection + " " + new String(data, StandardCharsets.UTF_8));
            }

            @Override
            public void userVarChanged(String name, String value) {
                events.add("uservar " + name + "=" + value);
            }
        });
    }

    Screens feed(String s) {
        term.feed(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Screens feedBytes(byte[] b) {
        term.feed(b);
        return this;
    }

    String replies() {
        String s = replies.toString(StandardCharsets.ISO_8859_1);
        replies.reset();
        return s;
    }

    List<String> screen() {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < term.rows(); r++) {
            out.add(term.line(r).plainText());
        }
        return out;
    }

    /** Assert every visible row's text (trailing blanks trimmed). */
    Screens rows(String... expected) {
        assertThat(screen()).containsExactly(expected);
        return this;
    }

    Screens cursor(int row, int col) {
        assertThat(new int[] {term.cursorRow(), term.cursorCol()})
                .as("cursor (row, col)").containsExactly(row, col);
        return this;
    }

    List<String> scrollback() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < term.scrollbackSize(); i++) {
            out.add(term.scrollbackLine(i).plainText());
        }
        return out;
    }
}
