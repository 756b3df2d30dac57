#!/usr/bin/env python3
"""Convert xterm's HTML screen dump (CSI 10 i, xterm 379) to NAME.xterm-colors.txt: the colours
xterm *displays* in every cell, which the print-screen cannot give for erased cells past the last
drawn one (a background left by ED/EL/ECH, "BCE").

The dump is one <span style='color: rgb(R%, G%, B%); background: rgb(...)'> per run, rows
separated by newlines inside <pre>; colours are resolved (palette looked up, inverse applied,
concealed text drawn as blanks; reverse video, DECSCNM, is NOT applied). The dump covers only the
scrolling region, so expected.sh resets the region (CSI r) before asking for it. Output: one line per run of equal colours,
    ROW C1-C2 fg=#rrggbb bg=#rrggbb CLASSES
0-based rows and columns, a wide character counting two columns, CLASSES xterm's span classes
(bd bold, it italic, ul underline, st strike, lu strike+underline) or "-".
"""
import html
import re
import sys
import unicodedata

SPAN = re.compile(r"<span class='([^']*)' style='color: rgb\(([^)]*)\); background: rgb\(([^)]*)\)'>(.*?)</span>", re.S)


def rgb(percents):
    vals = [round(float(p.strip().rstrip('%')) * 255 / 100) for p in percents.split(',')]
    return "#%02x%02x%02x" % tuple(vals)


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def convert(text):
    pre = text[text.index("<pre>") + 5:text.index("</pre>")]
    rows = pre.strip("\n").split("\n")
    out = []
    for r, row in enumerate(rows):
        runs = []
        col = 0
        for m in SPAN.finditer(row):
            classes = [c for c in m.group(1).split() if c not in ("od", "ev")]
            fg, bg = rgb(m.group(2)), rgb(m.group(3))
            n = sum(width(c) for c in html.unescape(m.group(4)))
            key = (fg, bg, ",".join(classes) or "-")
            if runs and runs[-1][2] == key and runs[-1][1] == col - 1:
                runs[-1][1] = col + n - 1
            else:
                runs.append([col, col + n - 1, key])
            col += n
        for start, end, (fg, bg, cls) in runs:
            out.append("%d %d-%d fg=%s bg=%s %s" % (r, start, end, fg, bg, cls))
    return len(rows), out


def main():
    src, dst = sys.argv[1:3]
    n, lines = convert(open(src, encoding="utf-8").read())
    if n != 24:
        raise SystemExit("%s: expected 24 rows, got %d" % (src, n))
    with open(dst, "w", encoding="utf-8") as f:
        f.write("".join(l + "\n" for l in lines))


if __name__ == "__main__":
    main()
