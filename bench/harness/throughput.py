"""1. Output throughput: MB/s for a pane to consume a stream, detached and with a client attached.

A pane runs pane_feeder.py, which times the stream itself (see there): detached, the end is the
DSR reply (the emulator has parsed every byte), so nothing polls. Attached, a client runs in an
80x25 pty that this process drains as fast as it can, and the end is when the client has drawn the
marker that follows the stream (what a person would see); the DSR time is kept in the JSON too.
The floor: the same program writing the same stream into a bare pty drained by this process.
One untimed warm-up run per multiplexer precedes the timed ones (a JVM server compiles on first use).
"""
import json
import os
import signal

from common import PtyProc, log, now, pane_program, strip_escapes, wait_for, summary
import streams

COLS, ROWS = 80, 24
MARKER = "\u2042\u00a4" * 8        # characters no stream contains at the top-left cells
HINT = "\u2042".encode()
TIMEOUT = 900


class Runner:
    def __init__(self, work, muxes, quick):
        self.work = work
        self.muxes = muxes
        self.quick = quick
        self.count = 0

    def _paths(self):
        self.count += 1
        return "tp%d" % self.count, self.work.file("tp%d.json" % self.count)

    def once(self, mux, stream, attached, check=False):
        """Seconds from the first byte written until consumed (detached) / drawn (attached)."""
        session, result = self._paths()
        mux.new_session(session, pane_program("pane_feeder.py", stream, result, MARKER), COLS, ROWS)
        pid = int(wait_for(lambda: _read(result + ".pid"), 30, "the feeder in " + mux.name))
        client = None
        try:
            if attached:
                client = mux.attach(session, COLS, ROWS + 1)
                client.read_until(lambda t: session.encode() in strip_escapes(t), 30, mux.name + " attach frame")
                client.drain(0.3)
            os.kill(pid, signal.SIGUSR1)
            shown = None
            if attached:
                shown = client.read_until(lambda t: MARKER.encode() in strip_escapes(t), TIMEOUT,
                                          mux.name + " marker", hint=HINT)
            times = json.loads(wait_for(lambda: _read(result), TIMEOUT, mux.name + " feeder result", 0.002))
            if not attached and check and MARKER not in mux.capture(session):
                raise RuntimeError("%s: the DSR came back but capture-pane has no marker" % mux.name)
            return {"consumed": times["t1"] - times["t0"], "shown": (shown - times["t0"]) if shown else None}
        finally:
            if client:
                client.close()
            # The pane's program ending ends its session (cheaper than a `weft kill-session` JVM).
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def floor(self, stream):
        _, result = self._paths()
        p = PtyProc(pane_program("pane_feeder.py", stream, result, MARKER, "--no-dsr"), None, COLS, ROWS)
        try:
            pid = int(wait_for(lambda: _read(result + ".pid"), 30, "the feeder on a bare pty"))
            os.kill(pid, signal.SIGUSR1)
            end = p.read_until(lambda t: MARKER.encode() in t, TIMEOUT, "floor marker", hint=HINT)
            t0 = json.loads(wait_for(lambda: _read(result), 30, "floor result"))["t0"]
            return end - t0
        finally:
            p.close()


def _read(path):
    try:
        with open(path) as f:
            return f.read() or None
    except FileNotFoundError:
        return None


def run(work, muxes, quick, reps, only_streams=None):
    names = only_streams or (streams.QUICK if quick else streams.names())
    r = Runner(work, muxes, quick)
    results = []
    for name in names:
        path = streams.build(name, work.path, quick)
        size = os.path.getsize(path)
        mb = size / 1e6
        log("throughput: %s (%.1f MB)" % (name, mb))
        if not quick:
            for m in muxes:  # warm-up, untimed; it also checks that capture-pane shows the marker
                r.once(m, path, attached=False, check=True)
        samples = {(m.name, mode): [] for m in muxes for mode in ("attached", "detached")}
        shown_consumed = {m.name: [] for m in muxes}
        floor = []
        for rep in range(reps):
            for m in (muxes if rep % 2 == 0 else list(reversed(muxes))):
                a = r.once(m, path, attached=True)
                samples[(m.name, "attached")].append(mb / a["shown"])
                shown_consumed[m.name].append(mb / a["consumed"])
                d = r.once(m, path, attached=False)
                samples[(m.name, "detached")].append(mb / d["consumed"])
            floor.append(mb / r.floor(path))
        for mode in ("attached", "detached"):
            row = {"benchmark": "throughput", "name": "%s %s" % (name, mode), "unit": "MB/s", "higher_is_better": True,
                   "bytes": size}
            for m in muxes:
                row[m.name] = summary(samples[(m.name, mode)])
                if mode == "attached":
                    row[m.name + "_server_consumed"] = summary(shown_consumed[m.name])
            row["floor"] = summary(floor)
            row["target"] = "weft >= 2x tmux" if mode == "attached" else None
            results.append(row)
            log("  %s: %s" % (mode, ", ".join("%s %.1f" % (m.name, row[m.name]["median"]) for m in muxes)))
    return results
