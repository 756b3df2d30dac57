"""Pane program of the throughput benchmark: writes a stream to its terminal and times it.

  pane_feeder.py STREAM RESULT MARKER [--no-dsr]

Writes its pid to RESULT.pid and waits for SIGUSR1 (so the harness can attach a client first).
Then: t0; the stream; a DSR cursor-position query (ESC [ 6 n); it reads the reply, t1. The
terminal answers the query only after it has parsed every byte before it, so t1 - t0 is the time
the multiplexer took to consume the whole stream, with no polling. Then it clears the screen,
prints MARKER at the top (so a client draws it as one run of new cells) and writes
{"t0":..,"t1":..} to RESULT. With --no-dsr (a bare pty, nobody answers) t1 is left out and the
harness times the marker in what it drains. Then it waits to be killed.
"""
import json
import os
import signal
import sys
import termios
import time


def main():
    stream, result, marker = sys.argv[1:4]
    dsr = "--no-dsr" not in sys.argv
    # The reply must not be echoed onto the screen, and arrives without a newline.
    attrs = termios.tcgetattr(0)
    attrs[3] &= ~(termios.ECHO | termios.ICANON)
    termios.tcsetattr(0, termios.TCSANOW, attrs)
    go = []
    signal.signal(signal.SIGUSR1, lambda *_: go.append(1))
    with open(result + ".pid.tmp", "w") as f:
        f.write(str(os.getpid()))
    os.rename(result + ".pid.tmp", result + ".pid")
    while not go:
        signal.pause()
    fd = os.open(stream, os.O_RDONLY)
    t0 = time.monotonic()
    while True:
        buf = os.read(fd, 1 << 16)
        if not buf:
            break
        view = memoryview(buf)
        while view:
            n = os.write(1, view)
            view = view[n:]
    times = {"t0": t0}
    if dsr:
        os.write(1, b"\x1b[6n")
        reply = b""
        while not reply.endswith(b"R"):
            reply += os.read(0, 64)
        times["t1"] = time.monotonic()
    os.write(1, b"\x1b[0m\x1b[r\x1b[H\x1b[2J" + marker.encode() + b"\r\n")
    with open(result + ".tmp", "w") as f:
        json.dump(times, f)
    os.rename(result + ".tmp", result)
    while True:
        signal.pause()


if __name__ == "__main__":
    main()
