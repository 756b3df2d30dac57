package dev.weft.emulator;

/**
 * The vt100.net (Paul Williams) DEC ANSI parser state machine, over UTF-8 input.
 *
 * <p>Bytes are first decoded from UTF-8 (an invalid or truncated sequence becomes U+FFFD; input
 * may be split anywhere), then each code point drives the state machine below, read top to
 * bottom as on https://vt100.net/emu/dec_ansi_parser. C1 controls are recognised as the code
 * points U+0080-U+009F. Everything is bounded: at most {@link CsiParams#MAX} parameters, values
 * clamped, OSC/DCS/APC/PM/SOS strings capped at {@link #MAX_STRING} code points (the excess is
 * dropped, the terminator still recognised).
 */
final class Parser {
    static final int MAX_STRING = 1 << 20;
    private static final int REPLACEMENT = 0xFFFD;

    private enum State {
        GROUND, ESCAPE, ESCAPE_INTERMEDIATE,
        CSI_ENTRY, CSI_PARAM, CSI_INTERMEDIATE, CSI_IGNORE,
        DCS_ENTRY, DCS_PARAM, DCS_INTERMEDIATE, DCS_PASSTHROUGH, DCS_IGNORE,
        OSC_STRING, SOS_PM_APC_STRING
    }

    private final ParserHandler handler;
    private final CsiParams params = new CsiParams();
    private final StringBuilder string = new StringBuilder();
    private State state = State.GROUND;
    private int intermediates;
    private int intermediateCount;
    private int dcsFinal;

    // UTF-8 decoder state: code point so far, continuation bytes still expected, smallest legal value.
    private int utfCodePoint;
    private int utfRemaining;
    private int utfMin;

    Parser(ParserHandler handler) {
        this.handler = handler;
    }

    /** Back to the ground state, forgetting any partial sequence. */
    void reset() {
        state = State.GROUND;
        utfRemaining = 0;
        string.setLength(0);
    }

    void feed(byte[] data, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = data[i] & 0xFF;
            if (utfRemaining == 0) {
                if (state == State.GROUND) {
                    if (b >= 0x20 && b < 0x7F) {
                        // Fast path: a run of printable ASCII.
                        int run = i + 1;
                        while (run < end) {
                            int c = data[run];
                            if (c < 0x20 || c >= 0x7F) {
                                break;
                            }
                            run++;
                        }
                        handler.printAscii(data, i, run);
                        i = run;
                        continue;
                    }
                    if (b < 0x20 && b != 0x1B && b != 0x18 && b != 0x1A) {
                        // Fast path: a C0 control in the ground state (CR, LF, BS, HT...).
                        handler.execute(b);
                        i++;
                        continue;
                    }
                    if (b >= 0xC2 && b <= 0xF4) {
                        // Fast path: a whole, valid, printable multi-byte sequence in this buffer.
                        int n = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
                        if (i + n <= end) {
                            int cp = utf8(data, i, n);
                            if (cp >= 0xA0) {
                                handler.print(cp);
                                i += n;
                                continue;
                            }
                        }
                    }
                } else if (state == State.CSI_PARAM || state == State.CSI_ENTRY) {
                    // Fast path: parameter digits and separators, and the final byte.
                    if (b >= '0' && b <= ';') {
                        param(b);
                        state = State.CSI_PARAM;
                        i++;
                        continue;
                    }
                    if (b >= 0x40 && b < 0x7F) {
                        state = State.GROUND;
                        handler.csiDispatch(params, intermediates, b);
                        i++;
                        continue;
                    }
                }
            }
            decodeByte(b);
            i++;
        }
    }

    /** Decode an n-byte UTF-8 sequence at i; -1 if it is malformed (the slow path then reports it). */
    private static int utf8(byte[] d, int i, int n) {
        int b0 = d[i] & 0xFF;
        int cp;
        int min;
        if (n == 2) {
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (n == 3) {
            cp = b0 & 0x0F;
            min = 0x800;
        } else {
            cp = b0 & 0x07;
            min = 0x10000;
        }
        for (int k = 1; k < n; k++) {
            int c = d[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = cp << 6 | (c & 0x3F);
        }
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            return -1;
        }
        return cp;
    }

    private void decodeByte(int b) {
        if (utfRemaining > 0) {
            if ((b & 0xC0) == 0x80) {
                utfCodePoint = (utfCodePoint << 6) | (b & 0x3F);
                if (--utfRemaining == 0) {
                    int cp = utfCodePoint;
                    if (cp < utfMin || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
                        cp = REPLACEMENT;
                    }
                    advance(cp);
                }
                return;
            }
            // A truncated sequence: replace it, then handle this byte afresh.
            utfRemaining = 0;
            advance(REPLACEMENT);
        }
        if (b < 0x80) {
            advance(b);
        } else if (b >= 0xC2 && b <= 0xDF) {
            utfCodePoint = b & 0x1F;
            utfRemaining = 1;
            utfMin = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            utfCodePoint = b & 0x0F;
            utfRemaining = 2;
            utfMin = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            utfCodePoint = b & 0x07;
            utfRemaining = 3;
            utfMin = 0x10000;
        } else {
            advance(REPLACEMENT);
        }
    }

    /** One code point through the state machine. */
    private void advance(int c) {
        // Transitions from "anywhere".
        if (c == 0x1B) {
            leaveString();
            clear();
            state = State.ESCAPE;
            return;
        }
        if (c == 0x18 || c == 0x1A) {
            leaveString();
            handler.execute(c);
            state = State.GROUND;
            return;
        }
        if (c >= 0x80 && c <= 0x9F) {
            c1(c);
            return;
        }
        switch (state) {
            case GROUND -> ground(c);
            case ESCAPE -> escape(c);
            case ESCAPE_INTERMEDIATE -> escapeIntermediate(c);
            case CSI_ENTRY -> csiEntry(c);
            case CSI_PARAM -> csiParam(c);
            case CSI_INTERMEDIATE -> csiIntermediate(c);
            case CSI_IGNORE -> csiIgnore(c);
            case DCS_ENTRY -> dcsEntry(c);
            case DCS_PARAM -> dcsParam(c);
            case DCS_INTERMEDIATE -> dcsIntermediate(c);
            case DCS_PASSTHROUGH -> dcsPassthrough(c);
            case DCS_IGNORE -> { }
            case OSC_STRING -> oscString(c);
            case SOS_PM_APC_STRING -> { }
        }
    }

    private void c1(int c) {
        leaveString();
        switch (c) {
            case 0x90 -> { clear(); state = State.DCS_ENTRY; }
            case 0x9B -> { clear(); state = State.CSI_ENTRY; }
            case 0x9D -> { string.setLength(0); state = State.OSC_STRING; }
            case 0x98, 0x9E, 0x9F -> state = State.SOS_PM_APC_STRING;
            case 0x9C -> state = State.GROUND;
            default -> { handler.execute(c); state = State.GROUND; }
        }
    }

    /** The exit action of the string states, run when ESC, CAN, SUB or a C1 ends them. */
    private void leaveString() {
        if (state == State.OSC_STRING) {
            handler.oscDispatch(string.toString());
            string.setLength(0);
        } else if (state == State.DCS_PASSTHROUGH) {
            handler.dcsDispatch(params, intermediates, dcsFinal, string.toString());
            string.setLength(0);
        }
    }

    private void clear() {
        params.reset();
        intermediates = 0;
        intermediateCount = 0;
    }

    private void collect(int c) {
        if (intermediateCount < 3) {
            intermediates = (intermediates << 8) | c;
        }
        intermediateCount++;
    }

    private void param(int c) {
        CsiParams p = params;
        if (p.count == 0) {
            p.count = 1;
            p.values[0] = CsiParams.DEFAULT;
            p.more[0] = false;
        }
        int i = p.count - 1;
        if (c == ';' || c == ':') {
            if (p.count < CsiParams.MAX) {
                p.more[i] = c == ':';
                p.values[p.count] = CsiParams.DEFAULT;
                p.more[p.count] = false;
                p.count++;
            } else {
                p.overflow = true; // parameters past the 32nd are dropped
            }
            return;
        }
        if (p.overflow) {
            return;
        }
        int v = p.values[i];
        v = v == CsiParams.DEFAULT ? c - '0' : v * 10 + (c - '0');
        p.values[i] = Math.min(v, CsiParams.MAX_VALUE);
    }

    private void ground(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c != 0x7F) {
            handler.print(c);
        }
    }

    private void escape(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c <= 0x2F) {
            collect(c);
            state = State.ESCAPE_INTERMEDIATE;
        } else if (c == '[') {
            clear();
            state = State.CSI_ENTRY;
        } else if (c == ']') {
            string.setLength(0);
            state = State.OSC_STRING;
        } else if (c == 'P') {
            clear();
            state = State.DCS_ENTRY;
        } else if (c == 'X' || c == '^' || c == '_') {
            state = State.SOS_PM_APC_STRING;
        } else if (c < 0x7F) {
            state = State.GROUND;
            handler.escDispatch(intermediates, c);
        }
    }

    private void escapeIntermediate(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c <= 0x2F) {
            collect(c);
        } else if (c < 0x7F) {
            state = State.GROUND;
            handler.escDispatch(intermediates, c);
        }
    }

    private void csiEntry(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c <= 0x2F) {
            collect(c);
            state = State.CSI_INTERMEDIATE;
        } else if (c <= 0x3B) {
            param(c);
            state = State.CSI_PARAM;
        } else if (c <= 0x3F) {
            params.leader = c;
            state = State.CSI_PARAM;
        } else if (c < 0x7F) {
            state = State.GROUND;
            handler.csiDispatch(params, intermediates, c);
        }
    }

    private void csiParam(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c <= 0x2F) {
            collect(c);
            state = State.CSI_INTERMEDIATE;
        } else if (c <= 0x3B) {
            param(c);
        } else if (c <= 0x3F) {
            state = State.CSI_IGNORE;
        } else if (c < 0x7F) {
            state = State.GROUND;
            handler.csiDispatch(params, intermediates, c);
        }
    }

    private void csiIntermediate(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c <= 0x2F) {
            collect(c);
        } else if (c <= 0x3F) {
            state = State.CSI_IGNORE;
        } else if (c < 0x7F) {
            state = State.GROUND;
            handler.csiDispatch(params, intermediates, c);
        }
    }

    private void csiIgnore(int c) {
        if (c < 0x20) {
            handler.execute(c);
        } else if (c >= 0x40 && c < 0x7F) {
            state = State.GROUND;
        }
    }

    private void dcsEntry(int c) {
        if (c < 0x20 || c == 0x7F) {
            return;
        }
        if (c <= 0x2F) {
            collect(c);
            state = State.DCS_INTERMEDIATE;
        } else if (c <= 0x3B) {
            param(c);
            state = State.DCS_PARAM;
        } else if (c <= 0x3F) {
            params.leader = c;
            state = State.DCS_PARAM;
        } else {
            hook(c);
        }
    }

    private void dcsParam(int c) {
        if (c < 0x20 || c == 0x7F) {
            return;
        }
        if (c <= 0x2F) {
            collect(c);
            state = State.DCS_INTERMEDIATE;
        } else if (c <= 0x3B) {
            param(c);
        } else if (c <= 0x3F) {
            state = State.DCS_IGNORE;
        } else {
            hook(c);
        }
    }

    private void dcsIntermediate(int c) {
        if (c < 0x20 || c == 0x7F) {
            return;
        }
        if (c <= 0x2F) {
            collect(c);
        } else if (c <= 0x3F) {
            state = State.DCS_IGNORE;
        } else {
            hook(c);
        }
    }

    private void hook(int c) {
        dcsFinal = c;
        string.setLength(0);
        state = State.DCS_PASSTHROUGH;
    }

    private void dcsPassthrough(int c) {
        if (c != 0x7F && string.length() < MAX_STRING) {
            string.appendCodePoint(c);
        }
    }

    private void oscString(int c) {
        if (c == 0x07) {
            handler.oscDispatch(string.toString());
            string.setLength(0);
            state = State.GROUND;
        } else if (c >= 0x20 && string.length() < MAX_STRING) {
            string.appendCodePoint(c);
        }
    }
}
