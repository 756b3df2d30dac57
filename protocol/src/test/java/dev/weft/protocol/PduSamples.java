package dev.weft.protocol;

import dev.weft.protocol.Pdu.*;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One non-trivial instance of every PDU, with negative numbers, wide characters and nesting. */
final class PduSamples {
    private PduSamples() {}

    static StyledLine line(String text) {
        return new StyledLine(false, List.of(
                new StyledRun(0, 0x1000000 | 4, 0, 0, text.codePoints().mapToObj(Character::toString).toList()),
                new StyledRun(0x2000000 | 0xff8800, 0, 0x1000000 | 1, 5, List.of("世", "", "é"))));
    }

    static List<Pdu> all() {
        return List.of(
                new Hello("0.1.0-SNAPSHOT", 1, 0, Set.of(Capabilities.FRAME_ACK, "future-thing"), "tui"),
                new HelloOk("0.1.0", 1, 3, Set.of(Capabilities.SCROLLBACK_RANGES), 4242),
                new Ping(Long.MIN_VALUE, -7),
                new Pong(Long.MAX_VALUE, 123456789012345L),
                new ErrorReply(0, "frame-too-large", "frame of 99 bytes exceeds the limit of 10 bytes"),
                new OkReply(Long.MAX_VALUE),
                new ListSessions(1),
                new SessionList(2, List.of(new SessionInfo(0, "main", 2, 3, 1, 1_700_000_000_000L, 80, 24),
                        new SessionInfo(7, "ünï", 1, 1, 0, 0, 200, 50))),
                new NewSession(3, "", "/home/u", List.of("/bin/sh", "-l"), List.of("A=b", "EMPTY="), 80, 23),
                new SessionCreated(4, 1, "1", 5),
                new HasSession(5, "main:1.2"),
                new KillSession(6, "%3"),
                new KillServer(7),
                new Attach(8, "", 120, 39, true),
                new Attached(8, 1, "main"),
                new ResizeClient(100, 30),
                new DetachRequest(9),
                new Detached("main", "detached"),
                new SessionState(1, "main", 80, 23, List.of(
                        new TabInfo(0, 0, "sh", 1, false, List.of(new PaneGeometry(1, 0, 0, 40, 23),
                                new PaneGeometry(2, 41, 0, 39, 23))),
                        new TabInfo(3, 1, "vim", 4, true, List.of())), 0),
                new Input(1, 17, "echo hi\r".getBytes(StandardCharsets.UTF_8)),
                new PaneUpdate(1, 42, true, 80, 24, List.of(new RowUpdate(0, line("$ echo hi")),
                        new RowUpdate(23, new StyledLine(true, List.of()))),
                        new CursorState(1, 2, true, 2),
                        new PaneModes(PaneModes.BRACKETED_PASTE | PaneModes.ALT_SCREEN, 1002, 1006, 1),
                        "vim – file.txt", 17, 16, PaneUpdate.ECHO | PaneUpdate.ICANON, 1000),
                new Ack(1, 42),
                new PaneClosed(2),
                new GetScrollback(10, 1, 500, 100),
                new ScrollbackLines(10, 1, 500, List.of(line("old"), line(""))),
                new SendKeys(11, "main", List.of("C-c", "Enter"), false),
                new CapturePane(12, "main:0.1", Integer.MIN_VALUE, Integer.MAX_VALUE, true, false),
                new CaptureResult(12, "line 1\nline 2\n"),
                new RunCommand(13, List.of("split-window", "-h", "-t", "work"), 4),
                new CommandOutput(13, "work:0.1"),
                new ClientSettings(List.of(new OptionValue("status.position", "top")),
                        List.of(new KeyBinding("prefix", "%", false, "split-window -h"),
                                new KeyBinding("prefix", "C-Up", true, "resize-pane -U"))),
                new StatusUpdate("#[fg=red][work] ", List.of(new TabLabel(0, "0:bash*"), new TabLabel(3, "1:vim-")),
                        "\"host\" 12:00"),
                new ShowMessage("can't find pane: 7"),
                new ClientCommand(List.of("display-panes")),
                new GetHistory(14, 3, -40, 40, true),
                new HistoryLines(14, 3, 1960, 0, 2000, 24, 23, 2, List.of(line("$ make"), line("ok"))),
                new SearchHistory(15, 3, "error", 2010, 0, true, false, true, 2024),
                new SearchResult(15, 3, true, 1500, 12, 5, false),
                new ClientIdentity("/dev/pts/3", "xterm-256color", 4242),
                new SetClipboard("c", "copied text"));
    }

    /** Record equality, except that Input's byte[] is compared by content. */
    static boolean same(Pdu a, Pdu b) {
        if (a instanceof Input x && b instanceof Input y) {
            return x.paneId() == y.paneId() && x.serial() == y.serial() && Arrays.equals(x.data(), y.data());
        }
        return a.equals(b);
    }
}
