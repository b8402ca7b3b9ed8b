#!/usr/bin/env python
"""Train one recipe several times with other data orders (same seed, so the same initial weights) and average
the runs' weights into one model directory (docs/training.md, "Averaging runs: weight soups").

    python train/train_soup.py CONFIG.yaml --data-seeds none,1,2 --output runs/NAME-soup [--jobs 2] [-- --bf16 true]

Each run is `train/train.py CONFIG --data_seed D --output_dir OUTPUT-runs/dD` (`none`: the recipe's own order);
a run whose model directory already exists is kept, so an interrupted build resumes where it stopped. Options
after `--` go to every run. The soup is written to --output with `arabic-ie soup`; score it before use.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run_commands(config: str, data_seeds: list[str], output: Path, extra: list[str]) -> list[tuple[Path, list[str]]]:
    """(run directory, command) for each data seed."""
    out = []
    for seed in data_seeds:
        run_dir = Path(f"{output}-runs") / f"d{seed}"
        command = [sys.executable, str(REPO / "train" / "train.py"), config, *extra, "--output_dir", str(run_dir)]
        if seed != "none":
            command[3:3] = ["--data_seed", seed]
        out.append((run_dir, command))
    return out


def parse_seeds(text: str) -> list[str]:
    seeds = [s.strip() for s in text.split(",") if s.strip()]
    for s in seeds:
        if s != "none" and not s.isdigit():
            raise SystemExit(f"error: --data-seeds: {s!r} is neither a non-negative integer nor 'none'")
    if len(seeds) < 2 or len(set(seeds)) != len(seeds):
        raise SystemExit(f"error: --data-seeds: at least two different data seeds, got {text!r}")
    return seeds


def main(argv: list[str]) -> int:
    extra: list[str] = []
    if "--" in argv:
        argv, extra = argv[:argv.index("--")], argv[argv.index("--") + 1:]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config")
    parser.add_argument("--data-seeds", default="none,1,2", help="comma-separated; 'none' is the recipe's own order")
    parser.add_argument("--output", type=Path, required=True, help="the soup's model directory")
    parser.add_argument("--jobs", type=int, default=1, help="runs at a time (one core each is a good fit)")
    parser.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    args = parser.parse_args(argv)
    if not Path(args.config).is_file():
        print(f"error: {args.config}: config not found", file=sys.stderr)
        return 2
    runs = run_commands(args.config, parse_seeds(args.data_seeds), args.output, extra)
    soup = [sys.executable, "-m", "arabic_ie.cli", "soup", *(str(d / "model") for d, _ in runs),
            "--output", str(args.output)]
    if args.dry_run:
        for _, command in runs:
            print(" ".join(command))
        print(" ".join(soup))
        return 0
    pending = []
    for run_dir, command in runs:
        if (run_dir / "model" / "config.json").is_file():
            print(f"kept {run_dir / 'model'} (already trained)")
        else:
            pending.append((run_dir, command))
    while pending:
        batch, pending = pending[:max(1, args.jobs)], pending[max(1, args.jobs):]
        procs = []
        for run_dir, command in batch:
            run_dir.mkdir(parents=True, exist_ok=True)
            log = open(run_dir / "train.log", "w", encoding="utf-8")
            print(f"training {run_dir} (log {run_dir / 'train.log'})", flush=True)
            procs.append((run_dir, subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT), log))
        for run_dir, proc, log in procs:
            code = proc.wait()
            log.close()
            if code:
                print(f"error: the run {run_dir} failed (exit {code}); see {run_dir / 'train.log'}", file=sys.stderr)
                return code
    return subprocess.call(soup)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
