"""2. Keystroke echo latency, locally.

The pane runs pane_echo.py, `cat` on a raw, non-echoing tty, so the echo is made by the
application, as a shell's line editor does; it also logs when each key arrived, which splits
the latency into its input half (client -> server -> pane) and output half (pane -> server ->
client -> terminal). A client runs in an 80x25 pty driven by this
process: one key at a time, the time from writing the key to the client's pty until the key's
glyph appears in what the client writes to its terminal (escape sequences removed first: CSI
final bytes are letters). Keys are letters that the first frame did not contain (so a status
line redraw cannot be taken for the echo); after 59 keys a CR (untimed) returns to column 0, and
59 is prime, so a cell never gets the letter it already shows (a client that sends only changed
cells would send nothing). 5-15 ms pass between keys, as in typing. The floor: the same `cat` on
a bare pty.
"""
import itertools
import random
import string

from common import PtyProc, log, now, pane_program, percentile, strip_escapes, summary, wait_for

COLS, ROWS = 80, 24
READY = b"READYECHO"
_RUNS = itertools.count()


def pane(log_path):
    return pane_program("pane_echo.py", log_path)


def arrivals(log_path):
    """Times the pane read each byte, in order."""
    try:
        with open(log_path) as f:
            return [float(line.split()[1]) for line in f if line.strip()]
    except FileNotFoundError:
        return []


def measure(proc, keys, first_frame, log_path, timeout=10.0):
    """Latencies in ms of `keys` keystrokes through an already started pty program:
    (total, input half, output half) lists."""
    letters = [c for c in string.ascii_lowercase if c.encode() not in first_frame] or list("xyz")
    rnd = random.Random(7)
    out, sent = [], []
    col = 0
    cr = set()
    for i in range(keys):
        if col == 59:
            proc.write(b"\r")
            cr.add(len(sent))
            sent.append(None)
            proc.drain(0.02)
            col = 0
        ch = letters[i % len(letters)].encode()
        buf = b""
        t0 = now()
        proc.write(ch)
        deadline = t0 + timeout
        while True:
            chunk = proc.read_some(0.05)
            if chunk:
                buf += chunk
                if ch in strip_escapes(buf):
                    out.append(now())
                    sent.append(t0)
                    break
            if now() > deadline:
                raise TimeoutError("no echo of %r within %.0f s (got %r)" % (ch, timeout, buf[-200:]))
        col += 1
        proc.drain(rnd.uniform(0.005, 0.015))
    got = wait_for(lambda: (lambda a: a if len(a) >= len(sent) else None)(arrivals(log_path)), 10, "the pane's key log")
    got = got[-len(sent):]  # the log may hold an earlier warm-up's keys
    total, inp, outp = [], [], []
    k = 0
    for i, t0 in enumerate(sent):
        if t0 is None:
            continue
        total.append((out[k] - t0) * 1000)
        inp.append((got[i] - t0) * 1000)
        outp.append((out[k] - got[i]) * 1000)
        k += 1
    return total, inp, outp


def attach_ready(mux, session):
    """A client attached to a session whose pane printed READY; returns (client, first frame)."""
    client = mux.attach(session, COLS, ROWS + 1)
    client.read_until(lambda t: READY in strip_escapes(t), 30, mux.name + " echo pane")
    client.drain(0.3)
    return client, strip_escapes(client.tail)


def run_mux(work, mux, keys, session="echo"):
    log_path = work.file("echo-%s-%d.log" % (mux.name, next(_RUNS)))
    mux.new_session(session, pane(log_path), COLS, ROWS)
    client = None
    try:
        client, frame = attach_ready(mux, session)
        return measure(client, keys, frame, log_path)
    finally:
        if client:
            client.close()
        end_pane(log_path)


def end_pane(log_path):
    """Ends the pane's program, and so its session (cheaper than a `weft kill-session` JVM)."""
    import os
    import signal
    try:
        with open(log_path + ".pid") as f:
            os.kill(int(f.read()), signal.SIGKILL)
    except (FileNotFoundError, ValueError, ProcessLookupError):
        pass


def run_floor(work, keys):
    log_path = work.file("echo-floor-%d.log" % next(_RUNS))
    p = PtyProc(pane(log_path), None, COLS, ROWS)
    try:
        p.read_until(lambda t: READY in t, 10, "bare pty cat")
        p.drain(0.05)
        return measure(p, keys, b"", log_path)
    finally:
        p.close()


def rows(bench, name, per_rep, names, target_p50=None, target_p99=None):
    """Table rows from per-rep (total, input, output) lists: p50 and p99 of the whole latency over
    all keys pooled (min-max: the range of the per-rep values), then the p50 of each half."""
    result = []
    for part, p, target in ((0, 50, target_p50), (0, 99, target_p99), (1, 50, None), (2, 50, None)):
        label = ("%s p%d" % (name, p), "%s p50, input half (key -> pane)" % name,
                 "%s p50, output half (pane -> terminal)" % name)[part]
        row = {"benchmark": bench, "name": label, "unit": "ms", "higher_is_better": False, "target": target}
        for m in names:
            reps = [r[part] for r in per_rep.get(m, [])]
            if not reps:
                continue
            pooled = [x for r in reps for x in r]
            each = [percentile(r, p) for r in reps]
            row[m] = dict(summary(each), median=percentile(pooled, p), n=len(pooled))
        result.append(row)
    return result


def run(work, muxes, quick, reps):
    keys = 30 if quick else 170   # per rep and multiplexer: 3 reps x 170 = 510 keys
    per_rep = {m.name: [] for m in muxes}
    per_rep["floor"] = []
    log("echo: %d keys x %d reps" % (keys, reps))
    for m in muxes:  # warm-up
        run_mux(work, m, 20)
    for rep in range(reps):
        for m in (muxes if rep % 2 == 0 else list(reversed(muxes))):
            per_rep[m.name].append(run_mux(work, m, keys))
        per_rep["floor"].append(run_floor(work, keys))
    res = rows("echo", "local echo", per_rep, [m.name for m in muxes] + ["floor"],
               "weft <= tmux + 0.2 ms", "weft < 2 ms")
    for r in res:
        log("  %s: %s" % (r["name"], ", ".join("%s %.2f" % (k, r[k]["median"]) for k in ("weft", "tmux", "floor") if k in r)))
    return res
