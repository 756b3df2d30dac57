"""The table printed after a run, and its copy in docs/BENCHMARKS.md (between the two markers)."""
import os

from common import ROOT

DOC = os.path.join(ROOT, "docs", "BENCHMARKS.md")
BEGIN = "<!-- bench/run table: generated, do not edit by hand (bench/run --docs) -->"
END = "<!-- end of bench/run table -->"


def _ok(row, w, t, f):
    """'met' / 'MISSED (...)' for the issue's target of a row; '' when it has none."""
    target = row.get("target")
    if not target or w is None:
        return ""
    checks = {
        "weft >= 2x tmux": lambda: (t is not None and w >= 2 * t, "%.2fx of tmux, needs 2x" % (w / t) if t else ""),
        "weft <= tmux + 0.2 ms": lambda: (t is not None and w <= t + 0.2, "+%.2f ms over tmux" % (w - t) if t is not None else ""),
        "weft < 2 ms": lambda: (w < 2, "%.1fx the limit" % (w / 2)),
        "weft <= 1.3x JVM floor": lambda: (f is not None and w <= 1.3 * f, "%.1fx the floor, needs 1.3x" % (w / f) if f else ""),
        "weft <= tmux": lambda: (t is not None and w <= t, "%.2fx tmux" % (w / t) if t else ""),
        "weft p99 < 200 ms": lambda: (w < 200, "%.1fx the limit" % (w / 200)),
        "weft p99 < 20 ms": lambda: (w < 20, "%.1fx the limit" % (w / 20)),
    }
    if target not in checks:
        return ""
    good, why = checks[target]()
    if row.get("weft", {}).get("missed"):
        good, why = False, "%d tries never got through" % row["weft"]["missed"]
    return "met" if good else "MISSED (%s)" % why


def _fmt(v):
    if v is None:
        return "-"
    if abs(v) >= 100:
        return "%.0f" % v
    if abs(v) >= 10:
        return "%.1f" % v
    return "%.2f" % v


def _cell(s):
    if not s:
        return "-"
    text = "%s (%s-%s)" % (_fmt(s["median"]), _fmt(s["min"]), _fmt(s["max"])) if s["n"] > 1 else _fmt(s["median"])
    if s.get("missed"):
        text += ", %d never" % s["missed"]
    return text


def rows_md(data):
    out = ["| benchmark | figure | unit | weft | tmux | floor | weft/tmux | target | |",
           "|---|---|---|--:|--:|--:|--:|---|---|"]
    for r in data["results"]:
        w, t, f = (r.get(k) or None for k in ("weft", "tmux", "floor"))
        wm, tm, fm = (x["median"] if x else None for x in (w, t, f))
        ratio = "%.2f" % (wm / tm) if wm is not None and tm else "-"
        if wm is None and t and "weft" in r:
            ratio = "-"
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["benchmark"], r["name"], r["unit"], _cell(w), _cell(t), _cell(f), ratio, r.get("target") or "",
            _ok(r, wm, tm, fm)))
    return "\n".join(out)


def header(data):
    m = data["machine"]
    return ("Run %s UTC%s, %s s, %d rep(s); weft %s; %d cores (%s), %s GiB, Linux %s, %s, %s, Python %s; "
            "load average %.1f at the start, %.1f at the end." % (
                data["started"], " (--quick)" if data["quick"] else "", _fmt(data.get("seconds", 0)), data["reps"],
                m["weft_commit"], m["cores"], m["cpu"], m["memory_gib"], m["kernel"], m["jdk"], m["tmux"],
                m["python"], m["loadavg_start"], m.get("loadavg_end", 0)))


def merge(runs):
    """One table from several runs: each benchmark from the last run that has it."""
    data = dict(runs[0])
    data["results"] = list(runs[0]["results"])
    data["also"] = []
    for later in runs[1:]:
        names = {r["benchmark"] for r in later["results"]}
        data["results"] = [r for r in data["results"] if r["benchmark"] not in names] + later["results"]
        data["errors"] = data.get("errors", []) + later.get("errors", [])
        data["also"].append((sorted(names), later))
    return data


def table(data):
    text = header(data)
    for names, later in data.get("also", []):
        text += "\n\n%s from another run: %s" % (", ".join(names), header(later))
    text += "\n\n" + rows_md(data)
    if data.get("errors"):
        text += "\n\nNot measured (errors): " + "; ".join(data["errors"])
    return text


def write_docs(data):
    with open(DOC) as f:
        doc = f.read()
    block = BEGIN + "\n\n" + table(data) + "\n\n" + END
    if BEGIN in doc and END in doc:
        doc = doc[:doc.index(BEGIN)] + block + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + "\n\n" + block + "\n"
    with open(DOC, "w") as f:
        f.write(doc)
