"""Pane program of the echo benchmarks: `cat` on a raw, non-echoing tty that also logs when each
byte arrived (time.monotonic(), one line per byte, to LOG), after echoing it. The harness splits
each keystroke's latency into the input half (key written to the client until the pane read it)
and the output half (pane read it until the client drew it).

  pane_echo.py LOG
"""
import os
import sys
import termios
import time
import tty


def main():
    tty.setraw(0)
    attrs = termios.tcgetattr(0)
    attrs[3] &= ~termios.ECHO
    termios.tcsetattr(0, termios.TCSANOW, attrs)
    log = open(sys.argv[1], "a", buffering=1)
    with open(sys.argv[1] + ".pid", "w") as f:
        f.write(str(os.getpid()))
    os.write(1, b"READY" + b"ECHO\r\n")
    while True:
        data = os.read(0, 1024)
        if not data:
            return
        t = time.monotonic()
        os.write(1, data)
        for b in data:
            log.write("%d %.9f\n" % (b, t))


if __name__ == "__main__":
    main()
