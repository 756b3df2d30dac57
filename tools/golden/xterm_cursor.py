#!/usr/bin/env python3
"""Run inside the replay xterm (stdin/stdout are its pty): ask where the cursor is (CPR,
CSI 6 n) and whether origin mode is on (DECRQM, CSI ? 6 $ p), and write "row col origin" to the
file named by argv[1], 1-based and absolute: with origin mode on, CPR counts rows from the
scrolling region's top, so the region is asked for too (DECRQSS for DECSTBM, DCS $ q r ST) and
its top added. Answers to queries earlier in the stream (vttest asks several) are still queued on
the pty: they are flushed first.
"""
import os
import re
import select
import sys
import termios


def ask(query, pattern):
    os.write(1, query)
    buf = b""
    while True:
        ready, _, _ = select.select([0], [], [], 3.0)
        if not ready:
            raise SystemExit("no answer to %r (got %r)" % (query, buf))
        buf += os.read(0, 64)
        m = re.search(pattern, buf)
        if m:
            return m


termios.tcflush(0, termios.TCIFLUSH)
cpr = ask(b"\x1b[6n", rb"\x1b\[(\d+);(\d+)R")
mode = ask(b"\x1b[?6$p", rb"\x1b\[\?6;(\d)\$y")
row, col = int(cpr.group(1)), int(cpr.group(2))
origin = mode.group(1) == b"1"
if origin:
    region = ask(b"\x1bP$qr\x1b\\", rb"\x1bP1\$r(\d+);(\d+)r")
    row += int(region.group(1)) - 1
with open(sys.argv[1], "w") as f:
    f.write("%d %d %d\n" % (row, col, 1 if origin else 0))
