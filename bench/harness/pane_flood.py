"""Pane program of the Ctrl-C and many-panes benchmarks: floods its terminal like `yes`.

  pane_flood.py RESULT [--now] [--nice]  (--nice: at nice 19)

Writes its pid to RESULT.pid; floods after SIGUSR1 (at once with --now). On SIGINT it appends the
time the signal arrived (time.monotonic()) to RESULT, as `yes` would have exited then, stops
flooding and waits for the next SIGUSR1, so one pane serves every try without a shell in between.
"""
import os
import signal
import sys
import time

FLOOD = b"y\n" * 4096


def main():
    result = sys.argv[1]
    state = {"flood": "--now" in sys.argv}
    if "--nice" in sys.argv:
        os.nice(19)

    def on_int(*_):
        t = time.monotonic()
        state["flood"] = False
        with open(result, "a") as f:
            f.write("%.9f\n" % t)

    def on_go(*_):
        state["flood"] = True

    signal.signal(signal.SIGINT, on_int)
    signal.signal(signal.SIGUSR1, on_go)
    with open(result + ".pid.tmp", "w") as f:
        f.write(str(os.getpid()))
    os.rename(result + ".pid.tmp", result + ".pid")
    while True:
        if state["flood"]:
            try:
                os.write(1, FLOOD)
            except InterruptedError:
                pass
        else:
            time.sleep(0.005)  # not pause(): a SIGUSR1 just before it would be lost


if __name__ == "__main__":
    main()
