"""6. Many panes: 50 panes flood at once (pane_flood.py, like `yes`), each in its own session,
while one client is attached to another session whose pane is idle (`cat` on a raw tty). We
measure that client's keystroke echo (as in echo.py) during the flood, and the server's CPU
(user+system over the echo window, in % of one core) and RSS at its end.

The flooding panes are in other sessions rather than splits of the attached tab: both
multiplexers then do the same work (parse every pane's output, draw only the attached one).
The panes are created first and start flooding together on SIGUSR1, so creating them (a JVM
start per `weft new` on this 2-core machine) is not slowed by the flood. The flooders run at
nice 19: 50 busy processes on 2 cores would otherwise measure how the kernel shares the CPU
rather than the multiplexer (at nice 10 the 50 still outweighed the server 5 to 1) (the pty buffers stay full either way: the server drains them in
bursts and the flooders refill them in between).
"""
import os
import signal

import echo
from common import log, make, now, pane_program, proc_cpu_seconds, proc_rss_kb, wait_for, percentile, summary


def _pid(path):
    try:
        with open(path) as f:
            return int(f.read())
    except (FileNotFoundError, ValueError):
        return None


def one(work, name, panes, keys):
    mux = make(name, work, tag="many")
    mux.start()
    client = None
    pids = []
    try:
        for i in range(panes):
            result = work.file("many-%s-%d.txt" % (name, i))
            mux.new_session("f%d" % i, pane_program("pane_flood.py", result, "--nice"), 80, 24)
            pids.append(result + ".pid")  # paths until all have started
        paths, pids = pids, []
        for p in paths:
            pids.append(int(wait_for(lambda p=p: _pid(p), 60, "flooder")))
        log_path = work.file("many-echo-%s.log" % name)
        mux.new_session("echo", echo.pane(log_path), echo.COLS, echo.ROWS)
        client, frame = echo.attach_ready(mux, "echo")
        for pid in pids:
            os.kill(pid, signal.SIGUSR1)
        client.drain(1.0)  # let the flood reach its steady state
        spid = mux.server_pid()
        cpu0, t0 = proc_cpu_seconds(spid), now()
        lat = echo.measure(client, keys, frame, log_path, timeout=30.0)
        cpu = (proc_cpu_seconds(spid) - cpu0) / (now() - t0) * 100
        rss = proc_rss_kb(spid) / 1024.0
        return lat, cpu, rss
    finally:
        for pid in pids:  # end the flood (our own pane programs) before the server
            if isinstance(pid, int):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if client:
            client.close()
        mux.stop()


def run(work, muxes, quick, reps):
    panes, keys = (5, 30) if quick else (50, 300)
    log("many panes: %d flooding, %d keys in an idle pane" % (panes, keys))
    got = {m.name: one(work, m.name, panes, keys) for m in muxes}
    names = [m.name for m in muxes]
    rows = echo.rows("many-panes", "%d panes flooding: idle-pane echo" % panes, {n: [got[n][0]] for n in names},
                     names, None, "weft p99 < 20 ms")
    rows.append({"benchmark": "many-panes", "name": "%d panes flooding: server CPU" % panes, "unit": "% of a core",
                 "higher_is_better": False, "target": None,
                 **{n: {"median": got[n][1], "min": got[n][1], "max": got[n][1], "n": 1} for n in names}})
    rows.append({"benchmark": "many-panes", "name": "%d panes flooding: server RSS" % panes, "unit": "MB",
                 "higher_is_better": False, "target": None,
                 **{n: {"median": got[n][2], "min": got[n][2], "max": got[n][2], "n": 1} for n in names}})
    for r in rows:
        log("  %s: %s" % (r["name"], ", ".join("%s %.1f" % (n, r[n]["median"]) for n in names)))
    return rows
