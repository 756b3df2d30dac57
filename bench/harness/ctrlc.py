"""5. Ctrl-C under flood.

A pane runs pane_flood.py (floods like `yes`, records when SIGINT arrives). A client is attached
in an 80x25 pty; this process reads the client's terminal either as fast as it can
("unthrottled") or at 1 MB/s ("throttled": the client's writes to its terminal block, as over a
slow link). Each try: flood for 0.5 s, write C-c (0x03) to the client's pty, time until the
program got SIGINT; then let the output settle (1 s) before the next try. p50 and p99 of the tries.
"""
import os
import signal
import time

from common import log, now, pane_program, percentile, strip_escapes, summary, wait_for

COLS, ROWS = 80, 24
RATE = 1_000_000  # bytes per second, throttled link
TRY_TIMEOUT = 10.0


class Pump:
    """Reads a client's pty at a given rate (None: as fast as possible)."""

    def __init__(self, proc, rate):
        self.proc = proc
        self.rate = rate
        self.budget = 0.0
        self.last = now()

    def run_for(self, seconds, until=None):
        end = now() + seconds
        while now() < end:
            if until and until():
                return now()
            if self.rate is None:
                self.proc.read_some(0.001)
                continue
            t = now()
            self.budget = min(self.budget + (t - self.last) * self.rate, 16384.0)
            self.last = t
            if self.budget >= 1024:
                self.budget -= len(self.proc.read_some(0.001, int(self.budget)))
            else:
                time.sleep(0.001)
        return None


def _lines(path):
    try:
        with open(path) as f:
            return [float(x) for x in f.read().split()]
    except FileNotFoundError:
        return []


def run_mux(work, mux, tries, rate, tag, try_timeout=TRY_TIMEOUT, settle=1.0):
    session = "cc" + tag
    result = work.file("cc-%s-%s.txt" % (mux.name, tag))
    mux.new_session(session, pane_program("pane_flood.py", result), COLS, ROWS)
    pid = int(wait_for(lambda: open(result + ".pid").read() if os.path.exists(result + ".pid") else None, 30, "flooder"))
    client = mux.attach(session, COLS, ROWS + 1)
    pump = Pump(client, rate)
    out, missed = [], 0
    try:
        # The client must be up (its terminal raw) before C-c: earlier, the tty would signal it.
        client.read_until(lambda t: session.encode() in strip_escapes(t), 30, mux.name + " attach frame")
        pump.run_for(0.3)
        for i in range(tries):
            seen = len(_lines(result))
            os.kill(pid, signal.SIGUSR1)
            pump.run_for(0.5)
            t0 = now()
            client.write(b"\x03")
            got = pump.run_for(try_timeout, lambda: len(_lines(result)) > seen)
            if got is None:
                missed += 1
                log("  %s %s: C-c not delivered within %.0f s" % (mux.name, tag, try_timeout))
                if missed == 2 and not out:
                    missed += tries - i - 1  # it does not get through at all: do not wait 10 s more each
                    log("  %s %s: giving up on this link" % (mux.name, tag))
                    break
            else:
                out.append((_lines(result)[seen] - t0) * 1000)
            pump.run_for(settle)
    finally:
        client.close()
        try:
            os.kill(pid, signal.SIGKILL)  # ends the session too
        except ProcessLookupError:
            pass
    return out, missed


def run(work, muxes, quick, reps):
    tries = 2 if quick else 20
    log("ctrl-c: %d tries per link" % tries)
    rows = []
    for link, rate in (("unthrottled", None), ("throttled 1 MB/s", RATE)):
        got = {}
        for m in muxes:
            lat, missed = run_mux(work, m, tries, rate, "u" if rate is None else "t",
                                  3.0 if quick else TRY_TIMEOUT, 0.5 if quick else 1.0)
            got[m.name] = (lat, missed)
        for p in (50, 99):
            row = {"benchmark": "ctrl-c", "name": "C-c under flood, %s, p%d" % (link, p), "unit": "ms",
                   "higher_is_better": False, "target": "weft p99 < 200 ms" if p == 99 else None}
            for name, (lat, missed) in got.items():
                row[name] = dict(summary(lat) or {}, median=percentile(lat, p), missed=missed) if lat else None
            rows.append(row)
            log("  %s: %s" % (row["name"], ", ".join("%s %s" % (n, "%.1f" % row[n]["median"] if row[n] else "-") for n in got)))
    return rows
