"""2. Keystroke echo latency, locally.

The pane runs `cat` on a raw, non-echoing tty (`stty raw -echo; exec cat`), so the echo is made by
the application, as a shell's line editor does. A client runs in an 80x25 pty driven by this
process: one key at a time, the time from writing the key to the client's pty until the key's
glyph appears in what the client writes to its terminal (escape sequences removed first: CSI
final bytes are letters). Keys are letters that the first frame did not contain (so a status
line redraw cannot be taken for the echo); after 59 keys a CR (untimed) returns to column 0, and
59 is prime, so a cell never gets the letter it already shows (a client that sends only changed
cells would send nothing). 5-15 ms pass between keys, as in typing. The floor: the same `cat` on
a bare pty.
"""
import random
import string

from common import PtyProc, log, now, percentile, strip_escapes, summary

COLS, ROWS = 80, 24
PANE = ["/bin/sh", "-c", "stty raw -echo; printf 'READY%s\\r\\n' ECHO; exec cat"]
READY = b"READYECHO"


def measure(proc, keys, first_frame, timeout=10.0):
    """Latencies in ms of `keys` keystrokes through an already started pty program."""
    letters = [c for c in string.ascii_lowercase if c.encode() not in first_frame] or list("xyz")
    rnd = random.Random(7)
    out = []
    col = 0
    for i in range(keys):
        if col == 59:
            proc.write(b"\r")
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
                    out.append((now() - t0) * 1000)
                    break
            if now() > deadline:
                raise TimeoutError("no echo of %r within %.0f s (got %r)" % (ch, timeout, buf[-200:]))
        col += 1
        proc.drain(rnd.uniform(0.005, 0.015))
    return out


def attach_ready(mux, session):
    """A client attached to a session whose pane printed READY; returns (client, first frame)."""
    client = mux.attach(session, COLS, ROWS + 1)
    client.read_until(lambda t: READY in strip_escapes(t), 30, mux.name + " echo pane")
    client.drain(0.3)
    return client, strip_escapes(client.tail)


def run_mux(mux, keys, session="echo"):
    mux.new_session(session, PANE, COLS, ROWS)
    client = None
    try:
        client, frame = attach_ready(mux, session)
        return measure(client, keys, frame)
    finally:
        if client:
            client.close()
        mux.kill_session(session)


def run_floor(keys):
    p = PtyProc(PANE, None, COLS, ROWS)
    try:
        p.read_until(lambda t: READY in t, 10, "bare pty cat")
        p.drain(0.05)
        return measure(p, keys, b"")
    finally:
        p.close()


def rows(name, per_rep, muxes, target_p50=None, target_p99=None, floor=None):
    """Table rows: p50 and p99 over all keys pooled; min-max is the range of the per-rep values."""
    result = []
    for p, target in ((50, target_p50), (99, target_p99)):
        row = {"benchmark": "echo", "name": "%s p%d" % (name, p), "unit": "ms", "higher_is_better": False,
               "target": target}
        for m in muxes + (["floor"] if floor else []):
            reps = per_rep[m]
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
        run_mux(m, 20)
    for rep in range(reps):
        for m in (muxes if rep % 2 == 0 else list(reversed(muxes))):
            per_rep[m.name].append(run_mux(m, keys))
        per_rep["floor"].append(run_floor(keys))
    res = rows("local echo", per_rep, [m.name for m in muxes], "weft <= tmux + 0.2 ms", "weft < 2 ms", floor=True)
    for r in res:
        log("  %s: %s" % (r["name"], ", ".join("%s %.2f" % (k, r[k]["median"]) for k in ("weft", "tmux", "floor") if k in r)))
    return res
