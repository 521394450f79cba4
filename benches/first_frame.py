#!/usr/bin/env python3
"""Time to first frame of arglens against `less` showing the raw article, side by side.

Each program is started in a pseudo-terminal of 100x30, and the clock runs from just before
the fork until the program has written the last row of its first screen (arglens: the key
hints of its footer; less: its prompt, set with -P). Runs alternate between the two so both
see the same machine load. Afterwards one arglens session opens the source view, the map and a
search, quits, and its peak resident memory is reported.

With --content, a large pack is opened two ways, alternately: afresh (`--no-cache`: parsed and
checked), and again (decoded from the copy arglens keeps of a large pack it opened before, in a
scratch cache folder filled by one opening first). Memory is reported for both ways too.

    cargo build --release
    python3 benches/first_frame.py [--runs 40] [--content DIR]

Prints a Markdown table; benches/README.md records the figures.
"""

import argparse
import fcntl
import os
import platform
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "arglens")
ARTICLE = os.path.join(ROOT, "assets", "xi-jinping-moscow-2013.txt")
ROWS, COLS = 30, 100
LESS_PROMPT = "first-frame-ready"
DEADLINE = 10.0


def spawn(argv):
    """Starts argv in a new pseudo-terminal of ROWS x COLS; returns (pid, fd, start time)."""
    env = dict(os.environ, TERM="xterm-256color", LESS="", LESSOPEN="")
    env.pop("NO_COLOR", None)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execve(argv[0], argv, env)
    return pid, fd, start


def read_until(fd, marker, start):
    """Reads the terminal until `marker` appears; returns the seconds since `start`."""
    seen = b""
    while marker not in seen:
        if time.perf_counter() - start > DEADLINE:
            raise RuntimeError(f"no {marker!r} within {DEADLINE} s; got {seen[-200:]!r}")
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return time.perf_counter() - start


def peak_of_running(pid):
    """The peak resident memory in KiB of the program now running as `pid` (VmHWM), or None.

    Not `ru_maxrss` after it ends: Linux carries into it the peak of the process before it
    called exec, here the forked Python interpreter, which is larger than the shipped pack's
    whole session and would be reported instead.
    """
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def finish(pid, fd):
    """Ends the program and returns its peak resident memory in KiB."""
    peak = peak_of_running(pid)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return peak if peak is not None else usage.ru_maxrss


def first_frame(argv, marker):
    pid, fd, start = spawn(argv)
    try:
        return read_until(fd, marker, start)
    finally:
        finish(pid, fd)


def browse_memory(content, extra=()):
    """Peak memory of one session that opens the source view, the map and a search."""
    argv = [BINARY, *extra] + (["--content", content] if content else [])
    pid, fd, start = spawn(argv)
    read_until(fd, b"quit", start)
    for keys in [b"s", b"\x1b", b"m", b"\x1b", b"/Gazprom", b"\r", b"n", b"?", b"\x1b"]:
        os.write(fd, keys)
        # Keep reading, as a terminal does, so drawing never waits on a full buffer.
        until = time.perf_counter() + 0.15
        while time.perf_counter() < until:
            if select.select([fd], [], [], 0.05)[0]:
                os.read(fd, 65536)
    return finish(pid, fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--content", help="a pack folder: its first frame and memory too")
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit(f"build first: cargo build --release ({BINARY} is missing)")
    less = [os.popen("command -v less").read().strip() or "/usr/bin/less"]
    less_argv = less + ["-P" + LESS_PROMPT, ARTICLE]
    ours, theirs = [], []
    for _ in range(args.runs):
        ours.append(first_frame([BINARY], b"quit"))
        theirs.append(first_frame(less_argv, LESS_PROMPT.encode()))
    a, l = statistics.median(ours), statistics.median(theirs)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"runs: {args.runs} each, alternating, pseudo-terminal {COLS}x{ROWS}\n")
    print("| program | median | min | max |")
    print("|---|---|---|---|")
    for name, xs in [("arglens", ours), ("less (raw article)", theirs)]:
        ms = lambda x: f"{x * 1000:.2f} ms"
        print(f"| {name} | {ms(statistics.median(xs))} | {ms(min(xs))} | {ms(max(xs))} |")
    verdict = "meets" if a <= 1.25 * l else "misses"
    print(f"\nratio arglens / less: {a / l:.2f} ({verdict} the target of at most 1.25)")
    kib = browse_memory(None)
    print(f"peak memory browsing the shipped pack: {kib / 1024:.1f} MiB")
    if not args.content:
        return
    # Copies of large packs go to a scratch cache folder, not the user's.
    with tempfile.TemporaryDirectory(prefix="arglens-bench-cache-") as cache:
        os.environ["XDG_CACHE_HOME"] = cache
        opened_both_ways(args.content, max(3, args.runs // 4))


def opened_both_ways(content, runs):
    """First frame and memory of a pack opened afresh and opened again from its copy."""
    afresh_argv = [BINARY, "--no-cache", "--content", content]
    again_argv = [BINARY, "--content", content]
    first_frame(again_argv, b"quit")
    copies = os.path.join(os.environ["XDG_CACHE_HOME"], "arglens", "packs")
    if not (os.path.isdir(copies) and os.listdir(copies)):
        sys.exit(f"{content} left no copy to open again (is it large enough?)")
    afresh, again = [], []
    for _ in range(runs):
        afresh.append(first_frame(afresh_argv, b"quit"))
        again.append(first_frame(again_argv, b"quit"))
    for how, xs in [("afresh (--no-cache)", afresh), ("again (its copy)", again)]:
        print(f"first frame of {content}, opened {how}: "
              f"median {statistics.median(xs) * 1000:.1f} ms, "
              f"min {min(xs) * 1000:.1f} ms, max {max(xs) * 1000:.1f} ms")
    for how, extra in [("afresh", ["--no-cache"]), ("again", [])]:
        kib = browse_memory(content, extra)
        print(f"peak memory browsing {content}, opened {how}: {kib / 1024:.1f} MiB")

if __name__ == "__main__":
    main()
