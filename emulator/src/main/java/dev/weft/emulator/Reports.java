package dev.weft.emulator;

import java.nio.charset.StandardCharsets;

/**
 * Replies written back to the PTY: DA1/DA2/DA3, DSR/CPR/DECXCPR, DECRQM, XTVERSION, window
 * size reports, kitty keyboard flags, and the DCS queries (DECRQSS, XTGETTCAP).
 *
 * <p>Security: nothing a program writes is ever echoed back. Replies are built only from the
 * emulator's own state and fixed strings; no title report (CSI 20/21 t), no font query.
 */
final class Reports {
    static final String VERSION = "weft(0.1.0)";
    private final Emulator e;

    Reports(Emulator e) {
        this.e = e;
    }

    void reply(String s) {
        e.listener.reply(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** DA1: a VT100 with advanced video option, as libvterm and tmux answer. */
    void da1() {
        reply("\033[?1;2c");
    }

    /** DA2: terminal type 0 (VT100), firmware version 100, ROM 0. */
    void da2() {
        reply("\033[>0;100;0c");
    }

    /** DA3: unit id. */
    void da3() {
        reply("\033P!|00000000\033\\");
    }

    void xtversion() {
        reply("\033P>|" + VERSION + "\033\\");
    }

    void dsr(int what, boolean dec) {
        if (!dec && what == 5) {
            reply("\033[0n");
        } else if (what == 6) {
            int row = e.cy + 1;
            int col = e.cx + 1;
            if (e.modes.originMode) {
                row -= e.top;
                col -= e.left;
            }
            reply(dec ? "\033[?" + row + ";" + col + ";1R" : "\033[" + row + ";" + col + "R");
        } else if (dec && what == 15) {
            reply("\033[?13n"); // no printer
        } else if (dec && what == 25) {
            reply("\033[?21n"); // UDKs locked
        } else if (dec && what == 26) {
            reply("\033[?27;1;0;0n"); // North American keyboard, ready
        } else if (dec && what == 996) {
            // Colour scheme preference: not known to a multiplexer; no answer.
            return;
        }
    }

    /** DECRQM: CSI ? Ps $ p (DEC) or CSI Ps $ p (ANSI) answered with CSI [?] Ps ; Pm $ y. */
    void decrqm(int mode, boolean dec) {
        int state = dec ? e.decModeState(mode) : e.ansiModeState(mode);
        reply("\033[" + (dec ? "?" : "") + mode + ";" + state + "$y");
    }

    /** CSI t window operations: only size reports; 22/23 keep the title stack. */
    void windowOp(CsiParams p) {
        switch (p.get(0, 0)) {
            case 14 -> reply("\033[4;" + e.rows * CELL_HEIGHT + ";" + e.cols * CELL_WIDTH + "t");
            case 16 -> reply("\033[6;" + CELL_HEIGHT + ";" + CELL_WIDTH + "t");
            case 18 -> reply("\033[8;" + e.rows + ";" + e.cols + "t");
            case 22 -> e.osc.pushTitle(p.get(1, 0));
            case 23 -> e.osc.popTitle(p.get(1, 0));
            default -> { } // 20/21 (title reports) are refused: they would echo attacker-chosen text.
        }
    }

    /** The cell size we report in pixels; a multiplexer has no real pixels, so xterm's default font. */
    static final int CELL_WIDTH = 8;
    static final int CELL_HEIGHT = 16;

    // ---- kitty keyboard protocol ----

    void kittyPush(int flags) {
        Modes m = e.modes;
        int[] stack = e.altActive ? m.kittyAlt : m.kittyMain;
        int depth = e.altActive ? m.kittyAltDepth : m.kittyMainDepth;
        if (depth == stack.length) {
            System.arraycopy(stack, 1, stack, 0, stack.length - 1);
            depth--;
        }
        stack[depth++] = flags & 0x1F;
        if (e.altActive) {
            m.kittyAltDepth = depth;
        } else {
            m.kittyMainDepth = depth;
        }
        e.modesDirty = true;
    }

    void kittyPop(int n) {
        Modes m = e.modes;
        if (e.altActive) {
            m.kittyAltDepth = Math.max(0, m.kittyAltDepth - n);
        } else {
            m.kittyMainDepth = Math.max(0, m.kittyMainDepth - n);
        }
        e.modesDirty = true;
    }

    void kittySet(int flags, int mode) {
        Modes m = e.modes;
        int[] stack = e.altActive ? m.kittyAlt : m.kittyMain;
        if (e.altActive ? m.kittyAltDepth == 0 : m.kittyMainDepth == 0) {
            kittyPush(0);
        }
        int top = (e.altActive ? m.kittyAltDepth : m.kittyMainDepth) - 1;
        flags &= 0x1F;
        stack[top] = switch (mode) {
            case 2 -> stack[top] | flags;
            case 3 -> stack[top] & ~flags;
            default -> flags;
        };
        e.modesDirty = true;
    }

    void kittyQuery() {
        reply("\033[?" + e.modes.kittyFlags() + "u");
    }

    // ---- DCS ----

    void dcs(CsiParams p, int inter, int f, String payload) {
        if (inter == '$' && f == 'q' && p.leader == 0) {
            decrqss(payload);
        } else if (inter == '+' && f == 'q' && p.leader == 0) {
            TermcapQuery.answer(this, payload);
        }
    }

    /**
     * DECRQSS: DCS $ q Pt ST answered DCS 1 $ r value Pt ST, or DCS 0 $ r ST if Pt is not a
     * setting we report. The reply's Pt is our own constant, never the request echoed back.
     */
    void decrqss(String request) {
        String value = switch (request) {
            case "m" -> SgrReport.of(e.pen) + "m";
            case "r" -> (e.top + 1) + ";" + e.bottom + "r";
            case "s" -> (e.left + 1) + ";" + e.right + "s";
            case " q" -> Math.max(1, e.modes.cursorShape) + " q";
            case "\"q" -> ((e.pen.attrs & Row.PROTECTED) != 0 ? 1 : 2) + "\"q";
            case "\"p" -> "64;1\"p";
            case "t" -> e.rows + "t";
            case "$|" -> e.cols + "$|";
            case "*|" -> e.rows + "*|";
            default -> null;
        };
        reply(value == null ? "\033P0$r\033\\" : "\033P1$r" + value + "\033\\");
    }

    /**
     * DECRQCRA: CSI Pid ; Pp ; Pt ; Pl ; Pb ; Pr * y answered DCS Pid ! ~ XXXX ST, the 16-bit sum
     * of the code points in the rectangle (erased cells count 0), as esctest expects.
     */
    void decrqcra(CsiParams p) {
        int pid = p.get(0, 0);
        int[] r = Rectangles.rect(e, p, 2);
        int sum = 0;
        if (r != null) {
            for (int row = r[0]; row < r[2]; row++) {
                Row line = e.grid[row];
                for (int c = r[1]; c < r[3]; c++) {
                    int cp = line.cp[c];
                    if (cp > 0) {
                        sum += cp;
                    }
                }
            }
        }
        reply("\033P" + pid + "!~" + String.format("%04X", sum & 0xFFFF) + "\033\\");
    }
}
