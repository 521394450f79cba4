#!/usr/bin/env python3
"""Loading a scaled pack: `arglens check` (parse, validate and index, process start included)
against PyYAML's C loader only reading the same YAML files.

    cargo build --release --examples
    python3 benches/pyyaml_compare.py [--scale 100] [--runs 5] [--repeat]

Skips with a message when PyYAML or its C loader (libyaml) is missing.
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "arglens")
GEN_PACK = os.path.join(ROOT, "target", "release", "examples", "gen_pack")


def median_seconds(run, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", action="store_true",
                        help="grow the pack by repeating every list item (gen_pack --repeat)")
    args = parser.parse_args()
    try:
        import yaml
        from yaml import CSafeLoader
    except ImportError:
        print("skipped: PyYAML with its C loader is not installed (pip install pyyaml)")
        return
    for path in (BINARY, GEN_PACK):
        if not os.path.exists(path):
            sys.exit(f"build first: cargo build --release --examples ({path} is missing)")
    with tempfile.TemporaryDirectory() as tmp:
        grow = ["--repeat"] if args.repeat else []
        subprocess.run([GEN_PACK, *grow, str(args.scale), tmp], check=True,
                       stdout=subprocess.DEVNULL)
        content = os.path.join(tmp, "content")
        files = sorted(glob.glob(os.path.join(content, "**", "*.yaml"), recursive=True))
        size = sum(os.path.getsize(f) for f in files)

        def pyyaml():
            for f in files:
                with open(f, encoding="utf-8") as fh:
                    yaml.load(fh, Loader=CSafeLoader)

        def arglens():
            subprocess.run([BINARY, "check", content], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        # Interleaved, so both see the same load on the machine.
        ours, theirs = [], []
        for _ in range(args.runs):
            ours.append(median_seconds(arglens, 1))
            theirs.append(median_seconds(pyyaml, 1))
        ours, theirs = statistics.median(ours), statistics.median(theirs)
    print(f"{args.scale}x pack: {len(files)} YAML files, {size / 1048576:.1f} MiB, "
          f"median of {args.runs}\n")
    print("| what | median |")
    print("|---|---|")
    print(f"| arglens check (start, parse, validate, index) | {ours * 1000:.0f} ms |")
    print(f"| PyYAML {yaml.__version__} CSafeLoader (parse only) | {theirs * 1000:.0f} ms |")
    verdict = "faster" if ours < theirs else "slower"
    print(f"\narglens is {verdict}: {ours / theirs:.2f} of PyYAML's time")


if __name__ == "__main__":
    main()
