"""The throughput streams, generated once per run into the work directory (seeded, so every run
writes the same bytes). Lines end in LF only: the pane's tty adds the CR (ONLCR), as for `cat`.

  ascii    80-column printable ASCII lines
  sgr      every character with its own attribute: a 256-colour or truecolour fg/bg, bold/italic
           toggles, curly underline with an underline colour
  cjk      lines of 30-40 cells: CJK ideographs (wide), kana with a combining voiced mark, e with
           two combining marks, ZWJ emoji
  scroll   a scroll region (rows 5-20 of 24): lines scroll it up, every 8th an RI at its top
           scrolls it down
  vt-NAME  vtebench's NAME.setup.bin once, then NAME.bench.bin repeated to the size
"""
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VTEBENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench-data", "vtebench")
MB = 1000 * 1000

# Sizes in bytes: (normal, --quick).
SIZES = {"ascii": (100 * MB, 2 * MB), "sgr": (50 * MB, 1 * MB), "cjk": (20 * MB, 1 * MB),
         "scroll": (20 * MB, 1 * MB), "vt": (5 * MB, MB // 4)}
# Streams run by --quick (all of them otherwise).
QUICK = ["ascii", "sgr", "cjk"]


def vtebench_names():
    if not os.path.isdir(VTEBENCH):
        return []
    return sorted(f[:-len(".bench.bin")] for f in os.listdir(VTEBENCH) if f.endswith(".bench.bin"))


def names():
    return ["ascii", "sgr", "cjk", "scroll"] + ["vt-" + n for n in vtebench_names()]


def _block(gen, size, seed):
    """A ~1 MB block from gen(random), repeated to size: the content varies within a screenful
    by far more than any cache of lines could exploit, and generation stays fast."""
    r = random.Random(seed)
    block = bytearray()
    while len(block) < min(size, MB):
        block += gen(r)
    reps, rest = divmod(size, len(block))
    tail = bytes(block[:rest])
    return bytes(block) * reps + tail[:tail.rfind(b"\n") + 1]  # whole lines only


def _ascii(r):
    return bytes(r.randrange(0x21, 0x7f) if r.random() > 0.15 else 0x20 for _ in range(80)) + b"\n"


def _sgr(r):
    out = []
    for _ in range(80):
        k = r.randrange(4)
        if k == 0:
            out.append("\x1b[38;5;%dm" % r.randrange(256))
        elif k == 1:
            out.append("\x1b[48;2;%d;%d;%dm" % (r.randrange(256), r.randrange(256), r.randrange(256)))
        elif k == 2:
            out.append("\x1b[%sm" % ("1;3" if r.random() < 0.5 else "22;23"))
        else:
            out.append("\x1b[0;4:3;58:2::10:20:30;9%dm" % r.randrange(8))
        out.append(chr(r.randrange(0x21, 0x7f)))
    return ("".join(out) + "\x1b[0m\n").encode()


def _cjk(r):
    out = []
    for _ in range(r.randrange(15, 21)):  # 30-40 cells: 2 per wide character
        k = r.randrange(10)
        if k < 6:
            out.append(chr(0x4E00 + r.randrange(0x5000)))
        elif k < 8:
            out.append(chr(0x3041 + r.randrange(80)) + "\u3099")
        elif k == 8:
            out.append("e\u0301\u0323e")
        else:
            out.append("\U0001F468\u200D\U0001F4BB")
    return ("".join(out) + "\n").encode()


def _scroll(r):
    # Set the region each time (cheap) so the block can start anywhere in the stream.
    lines = ["\x1b[5;20r\x1b[20;1H"]
    for i in range(8):
        lines.append("".join(chr(r.randrange(0x21, 0x7f)) for _ in range(r.randrange(20, 80))) + "\n")
    lines.append("\x1b[5;1H\x1bM" + "".join(chr(r.randrange(0x21, 0x7f)) for _ in range(40)))
    return "".join(lines).encode()


GENERATORS = {"ascii": _ascii, "sgr": _sgr, "cjk": _cjk, "scroll": _scroll}


def build(name, directory, quick):
    """Path of the stream file, written on first use."""
    kind = "vt" if name.startswith("vt-") else name
    size = SIZES[kind][1 if quick else 0]
    path = os.path.join(directory, "stream-%s-%d.bin" % (name, size))
    if os.path.exists(path):
        return path
    if kind == "vt":
        base = os.path.join(VTEBENCH, name[3:])
        setup = open(base + ".setup.bin", "rb").read() if os.path.exists(base + ".setup.bin") else b""
        bench = open(base + ".bench.bin", "rb").read()
        data = setup + bench * max(1, -(-(size - len(setup)) // len(bench)))
    else:
        data = _block(GENERATORS[kind], size, sum(name.encode()))
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.rename(path + ".tmp", path)
    return path
