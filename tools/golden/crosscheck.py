#!/usr/bin/env python3
"""Cross-check the two attribute sources: for every golden screen where xterm's and tmux's texts
agree, compare each cell's rendition from NAME.xterm-attrs.txt (xterm's print, decoded by
xterm_print.py) with the one tmux's `capture-pane -p -e` gives. Agreement shows the print decoding
(e.g. "a cell without an SGR of its own is plain") is right. Prints a summary; not run by CI.
Usage: tools/golden/crosscheck.py [golden-dir]
"""
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
from xterm_print import parse_sgr  # noqa: E402

G = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../emulator/src/test/resources/golden")
FLAGS = ["bold", "dim", "italic", "underline", "blink", "inverse", "hidden", "strike"]


def xterm_cells(name):
    lens, cells = {}, {}
    for line in open(os.path.join(G, name + ".xterm-attrs.txt"), encoding="utf-8"):
        f = line.split()
        if f[1].startswith("len="):
            lens[int(f[0])] = int(f[1][4:])
        elif f[1].startswith("line="):
            continue
        else:
            a, b = map(int, f[1].split("-"))
            for c in range(a, b + 1):
                cells[(int(f[0]), c)] = (f[2][3:], f[3][3:], f[4])
    return lens, cells


def apply_sgr(state, params):
    fg, bg, flags = state
    # Reuse the print parser by expressing the state as SGR first.
    codes = []
    for i, n in enumerate(FLAGS):
        if n in flags.split(","):
            codes.append(str([1, 2, 3, 4, 5, 7, 8, 9][i]))
    for col, base in ((fg, 38), (bg, 48)):
        if col.startswith("i"):
            codes.append("%d;5;%s" % (base, col[1:]))
        elif col.startswith("#"):
            codes.append("%d;2;%d;%d;%d" % ((base,) + tuple(int(col[k:k + 2], 16) for k in (1, 3, 5))))
    return parse_sgr(";".join(["0"] + codes + [params or "0"]))


def tmux_cells(name):
    cells = {}
    state = ("default", "default", "-")
    tok = re.compile(r"\x1b\[([0-9;:]*)m|\x1b\(0|\x1b\(B|(.)", re.S)
    rows = open(os.path.join(G, name + ".tmux-e.txt"), encoding="utf-8").read().split("\n")
    for r, row in enumerate(rows[:24]):
        col = 0
        for m in tok.finditer(row):
            if m.group(1) is not None:
                state = apply_sgr(state, m.group(1))
            elif m.group(2) is not None:
                ch = m.group(2)
                if unicodedata.combining(ch):
                    continue
                cells[(r, col)] = state
                col += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return cells


def main():
    names = [n.strip() for n in open(os.path.join(G, "screens.txt")) if n.strip()]
    agree = disagree = 0
    by_kind = {}
    for name in names:
        xt = open(os.path.join(G, name + ".xterm.txt"), encoding="utf-8").read().split("\n")
        tt = open(os.path.join(G, name + ".tmux.txt"), encoding="utf-8").read().split("\n")
        if [l.rstrip() for l in xt[:24]] != [l.rstrip() for l in tt[:24]]:
            continue
        lens, xc = xterm_cells(name)
        tc = tmux_cells(name)
        for (r, c), t in tc.items():
            if c >= lens.get(r, 0):
                continue
            x = xc.get((r, c), ("default", "default", "-"))
            if x == t:
                agree += 1
            else:
                disagree += 1
                key = "xterm %s / tmux %s" % (x, t)
                by_kind.setdefault(key, []).append("%s %d,%d" % (name, r, c))
    print("cells compared: %d agree, %d disagree" % (agree, disagree))
    for key, where in sorted(by_kind.items(), key=lambda kv: -len(kv[1]))[:25]:
        print("%6d  %s  e.g. %s" % (len(where), key, where[0]))


if __name__ == "__main__":
    main()
