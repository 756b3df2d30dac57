#!/usr/bin/env python3
"""Start-up figures for weft beside tmux, in one run on one machine.

  attach: from starting `weft attach` / `tmux attach` in a fresh pty (100x30) until the client has
          drawn a full frame (the status line with the session name and the pane's marker text);
  ls:     wall time of `weft ls` / `tmux ls`;
  floor:  `java -version` with the same JVM (the JVM start-up floor), and `java -Xshare:dump`-less
          plain start.
Each figure is the median (min-max) of N alternating runs. Private servers only: tmux -L, and weft
with its own XDG_RUNTIME_DIR, so no user session is touched. Usage: bench/startup.py [--runs N]
"""
import argparse, os, pty, select, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "cli", "target", "dist", "bin", "weft")
MARK = b"startup-marker"


def run_in_pty(argv, env, until, timeout=20.0, cols=100, rows=30):
    """Seconds from exec until `until(output)` holds; the process is then killed."""
    pid, fd = pty.fork()
    if pid == 0:
        import fcntl, struct, termios
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvpe(argv[0], argv, env)
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    out = b""
    try:
        while time.perf_counter() - start < timeout:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
                if until(out):
                    return time.perf_counter() - start
        raise RuntimeError("no full frame from %s within %ss; got %r" % (argv, timeout, out[-300:]))
    finally:
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)


def wall(argv, env):
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def summary(xs):
    ms = [x * 1000 for x in xs]
    return statistics.median(ms), min(ms), max(ms)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    if not os.path.exists(LAUNCHER):
        sys.exit("build weft first: ./weft --version")
    home = tempfile.mkdtemp(prefix="weft-startup-")
    env = dict(os.environ, XDG_RUNTIME_DIR=os.path.join(home, "run"), XDG_STATE_HOME=os.path.join(home, "state"),
               XDG_CONFIG_HOME=os.path.join(home, "config"), TERM="xterm-256color", PS1="$ ")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    env.pop("TMUX", None)
    env.pop("WEFT_PANE", None)
    weft = ["/bin/sh", LAUNCHER]
    tmux = ["tmux", "-L", "weft-startup-%d" % os.getpid(), "-f", "/dev/null"]
    shell = ["/bin/sh", "-c", "echo %s; exec cat" % MARK.decode()]
    subprocess.run(weft + ["new", "-d", "-s", "bench", "-x", "100", "-y", "29", "--"] + shell, env=env, check=True)
    subprocess.run(tmux + ["new-session", "-d", "-s", "bench", "-x", "100", "-y", "29"] + shell, env=env, check=True)
    # A full frame: the pane's text and the status line's session name both drawn.
    full = lambda out: MARK in out and b"bench" in out
    java = shutil.which("java")
    figures = {"attach": ([], []), "ls": ([], []), "java -version": ([], [])}
    try:
        for _ in range(args.runs):
            figures["attach"][0].append(run_in_pty(weft + ["attach", "-t", "bench"], env, full))
            figures["attach"][1].append(run_in_pty(tmux + ["attach", "-t", "bench"], env, full))
            figures["ls"][0].append(wall(weft + ["ls"], env))
            figures["ls"][1].append(wall(tmux + ["ls"], env))
            figures["java -version"][0].append(wall([java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-version"], env))
    finally:
        subprocess.run(weft + ["kill-server"], env=env)
        subprocess.run(tmux + ["kill-server"], env=env)
        shutil.rmtree(home, ignore_errors=True)
    print("| figure | weft ms (median, min-max) | tmux ms (median, min-max) | weft/tmux |")
    print("|---|---|---|---|")
    for name, (w, t) in figures.items():
        wm = summary(w)
        if t:
            tm = summary(t)
            print("| %s | %.0f (%.0f-%.0f) | %.1f (%.1f-%.1f) | %.1fx |" % (name, *wm, *tm, wm[0] / tm[0]))
        else:
            print("| %s (JVM floor) | %.0f (%.0f-%.0f) | | |" % (name, *wm))


if __name__ == "__main__":
    main()
