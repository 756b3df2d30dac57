"""Where a JVM's time went, from a JFR recording (bench/run --profile writes them):

  python3 bench/harness/jfr_top.py FILE.jfr [--top N]

Prints the share of execution samples per thread, per top frame, and per first weft frame
(the innermost dev.weft method on the stack: which of our code paths the time is spent under).
Uses the JDK's `jfr print`.
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(.*\)\s+line:")
THREAD = re.compile(r'sampledThread = "([^"]*)"')


def samples(path):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                         capture_output=True, text=True, check=True).stdout
    thread, frames = None, []
    for line in out.splitlines():
        m = THREAD.search(line)
        if m:
            thread = m.group(1)
            continue
        m = FRAME.match(line)
        if m:
            frames.append(m.group(1))
            continue
        if line.startswith("}") and frames:
            yield thread, frames
            thread, frames = None, []


def main():
    path = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 15
    by_thread, by_top, by_weft = collections.Counter(), collections.Counter(), collections.Counter()
    n = 0
    for thread, frames in samples(path):
        n += 1
        # Netty and pty4j name threads with counters; group them.
        by_thread[re.sub(r"[-#]?\d+$", "", thread or "?")] += 1
        by_top[frames[0]] += 1
        by_weft[next((f for f in frames if f.startswith("dev.weft.")), "(no weft frame)")] += 1
    print("%s: %d execution samples" % (path, n))
    for title, counter in (("threads", by_thread), ("top frames", by_top), ("innermost weft frames", by_weft)):
        print("\n%s:" % title)
        for name, c in counter.most_common(top):
            print("  %5.1f%%  %s" % (100.0 * c / max(n, 1), name))


if __name__ == "__main__":
    main()
