"""bench/run [--quick] [--only NAME...] [--reps N] [--streams S...] [--docs] [--profile]

Runs each benchmark for weft and tmux on this machine, alternating them, and prints a table
(median, min, max, weft/tmux ratio, target). Writes the same as JSON to
bench/results/<UTC time>.json (and latest.json); --docs rewrites the generated table in
docs/BENCHMARKS.md from it. --table FILE prints the table of an earlier JSON file (with --docs,
writes it into docs). A benchmark, not a test: it exits 0 whatever the numbers are; non-zero only
when it could not run.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
import traceback

import attach
import common
import ctrlc
import echo
import manypanes
import memory
import report
import streams
import throughput

BENCHMARKS = {
    "throughput": throughput.run,
    "echo": echo.run,
    "attach": attach.run,
    "memory": memory.run,
    "ctrl-c": ctrlc.run,
    "many-panes": manypanes.run,
}
RESULTS = os.path.join(common.ROOT, "bench", "results")


def machine():
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    tmux = subprocess.run(["tmux", "-V"], capture_output=True, text=True).stdout.strip()
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    commit = subprocess.run(["git", "-C", common.ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    return {"cores": os.cpu_count(), "cpu": cpu, "memory_gib": round(mem_kb / 1024 / 1024, 1),
            "kernel": platform.release(), "jdk": java[1] if len(java) > 1 else (java[0] if java else "?"),
            "tmux": tmux, "python": platform.python_version(), "weft_commit": commit,
            "loadavg_start": os.getloadavg()[0]}


def main():
    ap = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n\n")[1])
    ap.add_argument("--quick", action="store_true", help="tiny streams, few reps (proves it works; < 2 min)")
    ap.add_argument("--only", nargs="+", choices=list(BENCHMARKS), metavar="NAME",
                    help="run only these: " + ", ".join(BENCHMARKS))
    ap.add_argument("--streams", nargs="+", metavar="S", help="throughput streams: " + ", ".join(streams.names()))
    ap.add_argument("--reps", type=int, help="repetitions (default 3, --quick 1)")
    ap.add_argument("--docs", action="store_true", help="rewrite the generated table in docs/BENCHMARKS.md")
    ap.add_argument("--table", metavar="JSON", nargs="+",
                    help="print the table of earlier results files and exit (a later file's benchmarks replace"
                         " the same benchmarks of an earlier one)")
    ap.add_argument("--profile", action="store_true",
                    help="record JFR on the weft server (bench/results/weft-server-<time>.jfr)")
    args = ap.parse_args()
    if args.table:
        data = report.merge([json.load(open(p)) for p in args.table])
        print(report.table(data))
        if args.docs:
            report.write_docs(data)
        return 0
    if not os.path.exists(common.LAUNCHER):
        sys.exit("bench: weft is not built (run ./weft --version, or bench/run which builds it)")
    if args.streams:
        unknown = [s for s in args.streams if s not in streams.names()]
        if unknown:
            sys.exit("bench: unknown stream %s (streams: %s)" % (", ".join(unknown), ", ".join(streams.names())))
    reps = args.reps or (1 if args.quick else 3)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    os.makedirs(RESULTS, exist_ok=True)
    server_env, client_env = {}, {}
    if args.profile:
        # The server of the main runs (throughput, echo, attach, Ctrl-C) and every attached client.
        # Client JVMs start slower with JFR: attach figures of a --profile run mean nothing.
        jfr = "-XX:StartFlightRecording=filename=%s,settings=profile,dumponexit=true"
        server_env["JAVA_TOOL_OPTIONS"] = jfr % os.path.join(RESULTS, "weft-server-%s.jfr" % stamp)
        client_env["JAVA_TOOL_OPTIONS"] = jfr % os.path.join(RESULTS, "weft-client-%s-{n}.jfr" % stamp)
    data = {"started": stamp, "quick": args.quick, "reps": reps, "machine": machine(), "results": [], "errors": []}
    work = common.Workdir()
    muxes = [common.Weft(work, server_env=server_env), common.Tmux(work)]
    muxes[0].client_env = client_env
    begin = time.monotonic()
    try:
        for m in muxes:
            m.start()
        for name in args.only or list(BENCHMARKS):
            t = time.monotonic()
            try:
                if name == "throughput":
                    rows = throughput.run(work, muxes, args.quick, reps, args.streams)
                else:
                    rows = BENCHMARKS[name](work, muxes, args.quick, reps)
                data["results"].extend(rows)
            except Exception as e:  # one benchmark failing must not lose the others' figures
                traceback.print_exc()
                data["errors"].append("%s: %s" % (name, e))
            common.log("  (%s took %.0f s)" % (name, time.monotonic() - t))
    finally:
        for m in muxes:
            m.stop()
        work.remove()
    data["seconds"] = round(time.monotonic() - begin, 1)
    data["machine"]["loadavg_end"] = os.getloadavg()[0]
    for path in (os.path.join(RESULTS, stamp + (".quick" if args.quick else "") + ".json"),
                 os.path.join(RESULTS, "latest.json")):
        with open(path, "w") as f:
            json.dump(data, f, indent=1)
    print(report.table(data))
    common.log("bench: %.0f s; results in %s" % (data["seconds"], os.path.relpath(path, os.getcwd())))
    if args.docs:
        report.write_docs(data)
    return 1 if data["errors"] and not data["results"] else 0


if __name__ == "__main__":
    sys.exit(main())
