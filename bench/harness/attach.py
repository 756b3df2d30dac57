"""3. Attach and one-shot commands (what bench/startup.py measured, folded in here).

  attach:   from starting `weft attach` / `tmux attach` in a fresh 100x30 pty until the client
            has drawn a full frame: the pane's marker text and the status line's session name;
  ls:       wall time of `weft ls` / `tmux ls` against a running server;
  new -d:   wall time of `weft new -d` / `tmux new -d` (the session is killed after, untimed);
  JVM floor: `java -version` with the client's flags and its AppCDS archive, beside weft's figures.
"""
import os
import shutil
import subprocess
import time

from common import LAUNCHER, PtyProc, log, now, strip_escapes, summary

MARK = "startup-marker"
PANE = ["/bin/sh", "-c", "echo startup-%s; exec cat" % "marker"]


def attach_once(mux, session):
    start = now()
    p = PtyProc(mux.cmd() + mux.attach_args(session), mux.env, 100, 30)
    try:
        end = p.read_until(lambda t: MARK.encode() in strip_escapes(t) and session.encode() in strip_escapes(t),
                           30, mux.name + " attach")
        return (end - start) * 1000
    finally:
        p.close()


def wall(argv, env):
    start = now()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (now() - start) * 1000


def jvm_floor_argv():
    dist = os.path.dirname(os.path.dirname(LAUNCHER))
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else shutil.which("java")
    argv = [java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]
    jsa = os.path.join(dist, "weft.jsa")
    if os.path.exists(jsa):
        argv += ["-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
    return argv + ["-version"]


def run(work, muxes, quick, reps):
    runs = 1 if quick else 15
    log("attach: %d runs" % runs)
    figs = {k: {m.name: [] for m in muxes} for k in ("attach", "ls", "new -d")}
    floor = []
    for m in muxes:
        m.new_session("att", PANE, 100, 29)
    try:
        for i in range(runs):
            for m in (muxes if i % 2 == 0 else list(reversed(muxes))):
                figs["attach"][m.name].append(attach_once(m, "att"))
                figs["ls"][m.name].append(wall(m.cmd() + ["ls"], m.env))
                figs["new -d"][m.name].append(wall(m.cmd() + ["new-session" if m.name == "tmux" else "new", "-d", "-s",
                                                              "nd%d" % i, "-x", "80", "-y", "24", "cat"], m.env))
                m.kill_session("nd%d" % i)
            floor.append(wall(jvm_floor_argv(), None))
    finally:
        for m in muxes:
            m.kill_session("att")
    rows = []
    for k, per in figs.items():
        row = {"benchmark": "attach", "name": k, "unit": "ms", "higher_is_better": False,
               "floor": summary(floor), "target": "weft <= 1.3x JVM floor" if k == "attach" else None}
        for name, xs in per.items():
            row[name] = summary(xs)
        rows.append(row)
        log("  %s: %s" % (k, ", ".join("%s %.1f" % (n, row[n]["median"]) for n in per)))
    return rows
