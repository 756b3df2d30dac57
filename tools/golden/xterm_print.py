#!/usr/bin/env python3
"""Convert xterm's print-screen output (printAttributes: 2, printerExtent: true) to
NAME.xterm.txt (24 lines of text, trailing blanks trimmed) and NAME.xterm-attrs.txt.

How xterm (patch 379, print.c) writes a screen, as observed:
  * each row: ESC # 5 (or 3/4/6: the row's DEC line size), then the cells, then ESC [ 0 m CR LF;
    trailing default blanks are not printed;
  * before every cell whose rendition is not plain, a full SGR "ESC [ 0 ; ... m" (bold 1, faint 2,
    italic 3, underline 4, blink 5, inverse 7, invisible 8, crossed-out 9, colours 30-37/40-47,
    90-97/100-107, 38:5:N / 48:5:N, 38:2::R:G:B / 48:2::R:G:B);
  * a plain cell gets no SGR of its own (xterm only resets when colours change), so a cell that
    is not immediately preceded by an SGR is plain.
  * the right half of a wide character is printed as U+FFFF;
  * DEC line-drawing characters come out as their Unicode box-drawing equivalents (UTF-8).

NAME.xterm-attrs.txt: one line per run of equal non-plain cells:
    ROW COL1-COL2 fg=F bg=B FLAGS
with rows/cols 0-based, F/B "default", "iN" (palette index N) or "#rrggbb", FLAGS a comma list
(bold,dim,italic,underline,blink,inverse,hidden,strike) or "-"; and "ROW line=dwl|dhl-top|dhl-bottom"
for rows that are not single-size; and "ROW len=N", the number of cells xterm printed in that row
(it stops after the last drawn cell, so the print says nothing about the attributes of later cells,
not even a background colour left by an erase).
"""
import re
import sys

ROWS = 24
FLAG_NAMES = {1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 7: "inverse",
              8: "hidden", 9: "strike"}
LINE_SIZES = {"3": "dhl-top", "4": "dhl-bottom", "5": None, "6": "dwl"}


def parse_sgr(params):
    fg, bg, flags = "default", "default", set()
    parts = params.split(";") if params else ["0"]
    i = 0
    while i < len(parts):
        p = parts[i]
        sub = p.split(":")
        code = int(sub[0] or 0)
        if code in (38, 48):
            if len(sub) > 1:  # colon form: 38:5:N or 38:2::R:G:B
                args = sub[1:]
            else:  # semicolon form, consumes following params
                args = parts[i + 1:i + 2]
                if args == ["5"]:
                    args = parts[i + 1:i + 3]; i += 2
                else:
                    args = parts[i + 1:i + 5]; i += 4
            if args[0] == "5":
                col = "i%d" % int(args[1])
            else:
                rgb = [int(x or 0) for x in args[1:] if x != ""][-3:] if len(args) > 4 else [int(x) for x in args[1:4]]
                col = "#%02x%02x%02x" % tuple(rgb)
            if code == 38:
                fg = col
            else:
                bg = col
        elif code == 0:
            fg, bg, flags = "default", "default", set()
        elif code in FLAG_NAMES:
            flags.add(FLAG_NAMES[code])
        elif 30 <= code <= 37:
            fg = "i%d" % (code - 30)
        elif 40 <= code <= 47:
            bg = "i%d" % (code - 40)
        elif 90 <= code <= 97:
            fg = "i%d" % (code - 90 + 8)
        elif 100 <= code <= 107:
            bg = "i%d" % (code - 100 + 8)
        elif code == 39:
            fg = "default"
        elif code == 49:
            bg = "default"
        else:
            raise ValueError("unexpected SGR code %r in %r" % (p, params))
        i += 1
    order = ["bold", "dim", "italic", "underline", "blink", "inverse", "hidden", "strike"]
    return (fg, bg, ",".join(f for f in order if f in flags) or "-")


PLAIN = ("default", "default", "-")


def convert(prn):
    text = prn.decode("utf-8")
    rows = text.split("\r\n")
    if rows and rows[-1] == "":
        rows.pop()
    if len(rows) != ROWS:
        raise ValueError("expected %d printed rows, got %d" % (ROWS, len(rows)))
    lines, attrs = [], []
    token = re.compile(r"\x1b#([0-9])|\x1b\[([0-9;:]*)m|([^\x1b])|(\x1b.)", re.S)
    for r, row in enumerate(rows):
        cells = []  # (char, rendition)
        pending = None
        for m in token.finditer(row):
            if m.group(1) is not None:
                size = LINE_SIZES.get(m.group(1))
                if size:
                    attrs.append("%d line=%s" % (r, size))
            elif m.group(2) is not None:
                pending = parse_sgr(m.group(2))
            elif m.group(3) is not None:
                ch = m.group(3)
                if ord(ch) < 0x20:
                    raise ValueError("control character %r in row %d" % (ch, r))
                cells.append((ch, pending if pending is not None else PLAIN))
                pending = None
            else:
                raise ValueError("unexpected escape %r in row %d" % (m.group(4), r))
        # How many cells xterm printed: it stops after the last drawn cell, so cells past this
        # (even erased ones with a background colour) have no attributes in the print.
        attrs.append("%d len=%d" % (r, len(cells)))
        # xterm prints U+FFFF for the right half of a wide character: not text of its own.
        lines.append("".join(c for c, _ in cells if c != "\uffff").rstrip(" "))
        col = 0
        while col < len(cells):
            rend = cells[col][1]
            end = col
            while end + 1 < len(cells) and cells[end + 1][1] == rend:
                end += 1
            if rend != PLAIN:
                attrs.append("%d %d-%d fg=%s bg=%s %s" % (r, col, end, rend[0], rend[1], rend[2]))
            col = end + 1
    return lines, attrs


def main():
    prn, txt, attrs_out = sys.argv[1:4]
    lines, attrs = convert(open(prn, "rb").read())
    with open(txt, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(attrs_out, "w", encoding="utf-8") as f:
        f.write("".join(a + "\n" for a in attrs))


if __name__ == "__main__":
    main()
