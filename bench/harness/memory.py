"""4. Memory: server RSS with one idle pane, then with 20 panes (200x50, one session each) that
each hold 10,000 lines of scrollback, and the bytes each scrollback line costs:
(RSS with the full panes - RSS idle) / (panes x lines).

Each multiplexer gets a fresh server here (the throughput runs leave a JVM heap grown by garbage
and tmux a grown malloc arena). Scrollback is 10,000 lines in both (tmux: history-limit 10000;
weft: its default). Lines are 200 different printable ASCII characters (no attributes), written
by pane_feeder.py, whose DSR reply says the pane has consumed them all. RSS is read from
/proc/PID/status after 2 s of rest; weft's JVM is also measured after a full GC (jcmd GC.run)
and that figure gives the per-line cost, since the JVM frees garbage only when it collects.
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import time

from common import log, pane_program, proc_rss_kb, wait_for, make

COLS, ROWS = 200, 50


def fill_stream(path, lines):
    r = random.Random(3)
    chars = [chr(c) for c in range(0x21, 0x7f)]
    with open(path, "w") as f:
        for i in range(lines + ROWS):
            f.write("%06d " % i + "".join(r.choice(chars) for _ in range(COLS - 7)) + "\n")


def _read(path):
    try:
        with open(path) as f:
            return f.read() or None
    except FileNotFoundError:
        return None


def rss_mb(mux, gc, rest, heap=None):
    """RSS in MB; with gc, a weft server is first collected, and its heap in use (MB) after that
    collection is put in heap[0]."""
    time.sleep(rest)
    pid = mux.server_pid()
    if gc and mux.name == "weft":
        jcmd = shutil.which("jcmd")
        if jcmd:
            subprocess.run([jcmd, str(pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
            if heap is not None:
                info = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
                # "PSYoungGen total 1234K, used 567K" / "ParOldGen ... used 890K" (not the
                # indented space lines below them, which repeat the same bytes)
                heap.append(sum(int(u) for u in re.findall(r"^ \S+\s+total \d+K, used (\d+)K", info, re.M)) / 1024.0)
    return proc_rss_kb(pid) / 1024.0


def one(work, name, panes, lines, tag, rest):
    mux = make(name, work, tag="mem")
    stream = work.file("fill-%d.txt" % lines)
    if not os.path.exists(stream):
        fill_stream(stream, lines)
    mux.start(COLS, ROWS)
    try:
        idle = rss_mb(mux, False, rest)
        heap = []
        idle_gc = rss_mb(mux, True, rest, heap)
        for i in range(panes):
            result = work.file("mem-%s-%s-%d.json" % (tag, name, i))
            mux.new_session("m%d" % i, pane_program("pane_feeder.py", stream, result, "filled"), COLS, ROWS)
            pid = int(wait_for(lambda: _read(result + ".pid"), 30, "fill pane"))
            os.kill(pid, signal.SIGUSR1)
            wait_for(lambda: _read(result), 300, "fill pane %d of %s" % (i, name))
        full = rss_mb(mux, False, rest)
        full_gc = rss_mb(mux, True, rest, heap)
        got = {"idle": idle, "idle_gc": idle_gc, "full": full, "full_gc": full_gc}
        if len(heap) == 2:
            got.update(heap_idle=heap[0], heap_full=heap[1])
        return got
    finally:
        mux.stop()


def run(work, muxes, quick, reps):
    panes, lines = (2, 1000) if quick else (20, 10000)
    log("memory: %d panes x %d lines at %dx%d" % (panes, lines, COLS, ROWS))
    got = {}
    for m in muxes:
        got[m.name] = one(work, m.name, panes, lines, "r", 0.5 if quick else 2.0)
        log("  %s: %s" % (m.name, json.dumps({k: round(v, 1) for k, v in got[m.name].items()})))

    def fig(v):
        return {"median": v, "min": v, "max": v, "n": 1}

    names = [m.name for m in muxes]
    rows = [
        {"benchmark": "memory", "name": "RSS, 1 idle pane", "unit": "MB", "higher_is_better": False,
         **{n: fig(got[n]["idle"]) for n in names}, "target": None},
        {"benchmark": "memory", "name": "RSS, %d panes x %d lines" % (panes, lines), "unit": "MB",
         "higher_is_better": False, **{n: fig(got[n]["full"]) for n in names}, "target": None},
        {"benchmark": "memory", "name": "bytes per scrollback line (%d cols)" % COLS, "unit": "B",
         "higher_is_better": False, "target": "weft <= tmux",
         **{n: fig((got[n]["full_gc"] - got[n]["idle_gc"]) * 1024 * 1024 / (panes * lines)) for n in names}},
    ]
    if "heap_full" in got.get("weft", {}):
        w = got["weft"]
        rows.append({"benchmark": "memory", "name": "weft: live heap per scrollback line (after full GC)", "unit": "B",
                     "higher_is_better": False, "target": None,
                     "weft": fig((w["heap_full"] - w["heap_idle"]) * 1024 * 1024 / (panes * lines))})
    rows[0]["detail"] = got
    return rows
