#!/usr/bin/env python
"""Cost of one prediction by text length: wall time and peak memory for 10 KB ... 5 MB of Arabic news text.

    python eval/cost_by_length.py [--model models/arabic-ie-news] [--sizes 10000 100000 1000000 5000000]

Each size runs in a fresh child process (so peak memory is that run's own: `ru_maxrss` of the child), on a text
made of the seed articles repeated, cut at a paragraph end; `max_chars` is raised to the size for the run (the
default limit is 200,000 characters). Prints one row per size with seconds, seconds per 100,000 characters
(constant when the cost is linear), peak RSS and the entities found, then the command.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
import torch
from arabic_ie import Predictor
from arabic_ie.data.io import load_documents
torch.set_num_threads(int(sys.argv[4]))
size = int(sys.argv[2])
base = "\n\n".join(d.text for d in load_documents(sys.argv[3]))
text = (base + "\n\n") * (size // len(base) + 1)
text = text[:text.rfind("\n\n", 0, size) + 1] if text.rfind("\n\n", 0, size) > 0 else text[:size]
p = Predictor.from_pretrained(sys.argv[1], device="cpu", max_chars=max(size, 1), batch_size=16)
start = time.perf_counter()
out = p(text)
seconds = time.perf_counter() - start
print(json.dumps({"chars": len(text), "seconds": seconds, "entities": len(out["entities"]),
                  "relations": len(out["relations"]),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="models/arabic-ie-news")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000, 5_000_000])
    parser.add_argument("--texts", default="data/seed", help="brat folder whose articles are repeated")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args(argv)
    print("| characters | seconds | seconds per 100k chars | peak RSS (MB) | entities | relations |")
    print("|---|---|---|---|---|---|")
    for size in args.sizes:
        done = subprocess.run([sys.executable, "-c", CHILD, args.model, str(size), args.texts, str(args.threads)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            print(f"| {size:,} | failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else '?'} |")
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"| {row['chars']:,} | {row['seconds']:.1f} | {row['seconds'] / row['chars'] * 100_000:.2f} | "
              f"{row['peak_rss_mb']:,.0f} | {row['entities']:,} | {row['relations']:,} |", flush=True)
    print(f"\n`python eval/cost_by_length.py {' '.join(argv)}` ({args.threads} torch thread(s))")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
