"""What every benchmark shares: private multiplexer servers, ptys drained as fast as possible, stats.

Isolation: tmux always runs as `tmux -L bench-PID -f /dev/null`; weft runs with XDG_RUNTIME_DIR,
XDG_STATE_HOME and XDG_CONFIG_HOME inside a temp directory of this run and `-S <that dir>/bench.sock`,
and its server is a child of this process. Cleanup kills only those servers and removes only that
directory. All times are time.monotonic() (CLOCK_MONOTONIC), the clock the pane programs use too.
"""
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HARNESS = os.path.dirname(os.path.abspath(__file__))
LAUNCHER = os.path.join(ROOT, "cli", "target", "dist", "bin", "weft")
PY = sys.executable
TERM = "xterm-256color"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def now():
    return time.monotonic()


def summary(xs):
    """median, min, max of a list of numbers (None when empty)."""
    if not xs:
        return None
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


def percentile(xs, p):
    s = sorted(xs)
    if not s:
        return None
    k = (len(s) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def wait_for(cond, timeout, what, interval=0.01):
    deadline = now() + timeout
    while now() < deadline:
        v = cond()
        if v:
            return v
        time.sleep(interval)
    raise TimeoutError("timed out after %.0f s waiting for %s" % (timeout, what))


def set_winsize(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


# Escape sequences (CSI, OSC/DCS/APC strings, two-byte ESC x) removed before looking for text in
# what a client wrote to its terminal: CSI final bytes are letters, so a key's glyph could
# otherwise be "found" inside a cursor move.
_ESC = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]P_^X][^\x07\x1b]*(?:\x07|\x1b\\)|[()*+][0-~]|[ -~])")


def strip_escapes(data):
    return _ESC.sub(b"", data)


class PtyProc:
    """A program on a fresh pty of the given size; the harness is its terminal."""

    def __init__(self, argv, env, cols, rows):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                set_winsize(0, cols, rows)
                os.execvpe(argv[0], argv, env if env is not None else os.environ)
            finally:
                os._exit(127)
        set_winsize(self.fd, cols, rows)
        self.tail = b""   # the last bytes read (for marker searches across reads)
        self.total = 0
        self.closed = False

    def read_some(self, timeout, limit=1 << 16):
        """One read of at most `limit` bytes if any arrive within `timeout`; b"" otherwise."""
        if self.closed:
            time.sleep(timeout)
            return b""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return b""
        try:
            chunk = os.read(self.fd, limit)
        except OSError:
            chunk = b""
        if not chunk:
            self.closed = True
            return b""
        self.total += len(chunk)
        self.tail = (self.tail + chunk)[-8192:]
        return chunk

    def read_until(self, pred, timeout, what, hint=None):
        """Drain as fast as possible until pred(tail) holds; returns the time it first held.
        With a hint (bytes that must have just arrived when pred can hold), pred runs only then,
        so checking costs nothing on the bulk of a fast stream."""
        deadline = now() + timeout
        armed = hint is None
        while now() < deadline:
            chunk = self.read_some(0.05)
            if not chunk:
                if self.closed:
                    break
                continue
            armed = armed or hint in self.tail[-(len(chunk) + len(hint)):]
            if armed and pred(self.tail):
                return now()
        raise TimeoutError("%s: not seen within %.0f s (last output %r)" % (what, timeout, self.tail[-200:]))

    def drain(self, seconds):
        end = now() + seconds
        while now() < end:
            self.read_some(max(0.0, min(0.05, end - now())))

    def write(self, data):
        os.write(self.fd, data)

    def close(self):
        # SIGTERM first, so a JVM runs its shutdown hooks (JFR writes its recording then).
        try:
            os.kill(self.pid, signal.SIGTERM)
            deadline = now() + 2.0
            while now() < deadline:
                self.read_some(0.01)  # a client may block writing its last frame
                if os.waitpid(self.pid, os.WNOHANG)[0]:
                    break
            else:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def proc_rss_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def proc_cpu_seconds(pid):
    """user+system CPU seconds of a process and all its threads."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / tick


class Workdir:
    """The run's temp directory: streams, pane programs' result files, weft's XDG dirs."""

    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="weft-bench-")

    def file(self, name):
        return os.path.join(self.path, name)

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


class Mux:
    """One multiplexer under test. Subclasses say how to run its commands."""
    name = "?"

    def __init__(self, work):
        self.work = work
        self.env = dict(os.environ, TERM=TERM)
        for k in ("TMUX", "TMUX_PANE", "WEFT_PANE", "WEFT_UNIX_SOCKET", "WEFT_SESSION", "STY",
                  "JAVA_TOOL_OPTIONS", "WEFT_CONFIG_FILE"):
            self.env.pop(k, None)

    def run(self, args, check=True, capture=False):
        r = subprocess.run(self.cmd() + args, env=self.env, check=False, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE)
        if check and r.returncode != 0:
            raise RuntimeError("%s %s failed (%d): %s" % (self.name, " ".join(args), r.returncode,
                                                          r.stderr.decode(errors="replace").strip()))
        return r.stdout.decode(errors="replace") if capture else r.returncode

    client_env = {}
    attaches = 0

    def attach(self, session, cols, rows):
        # "{n}" in client_env numbers the clients (JDK 17's JFR does not expand %p in file names).
        self.attaches += 1
        env = {k: v.replace("{n}", str(self.attaches)) for k, v in self.client_env.items()}
        return PtyProc(self.cmd() + self.attach_args(session), dict(self.env, **env), cols, rows)


class Tmux(Mux):
    name = "tmux"

    def __init__(self, work, tag="main", history=10000):
        super().__init__(work)
        self.label = "bench-%d-%s-%s" % (os.getpid(), os.path.basename(work.path)[-6:], tag)
        self.history = history
        self.started = False

    def cmd(self):
        return ["tmux", "-L", self.label, "-f", "/dev/null"]

    def start(self, cols=80, rows=24):
        # The same scrollback as weft's default (10,000 lines) rather than tmux's 2,000.
        self.run(["start-server", ";", "set", "-g", "history-limit", str(self.history), ";",
                  "new-session", "-d", "-s", "keep", "-x", str(cols), "-y", str(rows), "cat"])
        self.started = True

    def server_pid(self):
        return int(self.run(["display-message", "-p", "-t", "keep", "#{pid}"], capture=True).strip())

    def new_session(self, name, argv, cols, rows):
        self.run(["new-session", "-d", "-s", name, "-x", str(cols), "-y", str(rows)] + [sh_join(argv)])

    def kill_session(self, name):
        self.run(["kill-session", "-t", name], check=False)

    def capture(self, name):
        return self.run(["capture-pane", "-p", "-t", name], capture=True)

    def attach_args(self, session):
        return ["attach-session", "-t", session]

    def stop(self):
        if self.started:
            self.run(["kill-server"], check=False)
            self.started = False


class Weft(Mux):
    name = "weft"

    def __init__(self, work, tag="main", server_env=None):
        super().__init__(work)
        home = work.file("weft-" + tag)
        for d in ("run", "state", "config"):
            os.makedirs(os.path.join(home, d), mode=0o700, exist_ok=True)
        self.env.update(XDG_RUNTIME_DIR=os.path.join(home, "run"), XDG_STATE_HOME=os.path.join(home, "state"),
                        XDG_CONFIG_HOME=os.path.join(home, "config"))
        self.socket = os.path.join(home, "run", "bench.sock")
        self.server_env = server_env or {}
        self.server = None

    def cmd(self):
        return ["/bin/sh", LAUNCHER, "-S", self.socket]

    def start(self, cols=80, rows=24):
        env = dict(self.env, **self.server_env)
        logf = open(os.path.join(self.env["XDG_STATE_HOME"], "server.out"), "ab")
        self.server = subprocess.Popen(self.cmd() + ["mux-server"], env=env, stdin=subprocess.DEVNULL,
                                       stdout=logf, stderr=subprocess.STDOUT, start_new_session=True)
        logf.close()
        wait_for(lambda: os.path.exists(self.socket) or self.server.poll() is not None, 30, "the weft server's socket")
        if self.server.poll() is not None:
            raise RuntimeError("the weft server exited at start (see %s)" % self.env["XDG_STATE_HOME"])
        # A session that keeps the server alive between benchmarks (it exits with its last session).
        self.new_session("keep", ["cat"], cols, rows)

    def server_pid(self):
        # The launcher execs java, so the Popen pid is the JVM's.
        return self.server.pid

    def new_session(self, name, argv, cols, rows):
        self.run(["--no-auto-start", "new", "-d", "-s", name, "-x", str(cols), "-y", str(rows), "--"] + argv)

    def kill_session(self, name):
        self.run(["--no-auto-start", "kill-session", "-t", name], check=False)

    def capture(self, name):
        return self.run(["--no-auto-start", "capture-pane", "-p", "-t", name], capture=True)

    def attach_args(self, session):
        return ["--no-auto-start", "attach", "-t", session]

    def stop(self):
        if self.server is None:
            return
        self.run(["--no-auto-start", "kill-server"], check=False)
        try:
            self.server.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.server.pid, signal.SIGKILL)
            self.server.wait()
        self.server = None


def sh_join(argv):
    import shlex
    return " ".join(shlex.quote(a) for a in argv)


def make(name, work, **kw):
    return {"weft": Weft, "tmux": Tmux}[name](work, **kw)


def pane_program(script, *args):
    """argv of one of the harness's pane programs (bench/harness/pane_*.py)."""
    return [PY, os.path.join(HARNESS, script)] + [str(a) for a in args]
