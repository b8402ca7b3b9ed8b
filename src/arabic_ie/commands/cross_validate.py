"""Leave-one-article-out cross-validation of a training config, with two baselines on the same folds.

    arabic-ie cross-validate configs/seed-default.yaml [--output runs/cv] [--jobs N] [--key value ...]
    python eval/cross_validate.py configs/seed-default.yaml [--output runs/cv] [--folds fold-0,fold-1] [--jobs N]
                                  [--key value ...]

For every fold of the split file (train on three articles, pick the best epoch on the dev article,
test on the held-out one) it trains the transformer, a gazetteer baseline and a CRF baseline,
scores all three with the evaluation harness, and prints mean ± std of the headline metrics. The baselines
are fit on train + dev (they tune nothing on dev, so it is training data for them).
Writes cv.json (every fold's full metrics) and cv.md (the table) into --output. Folds already
finished (metrics.json present) are reused, so an interrupted run continues where it stopped.
With --jobs N (default: as many as CPU cores, at most one per fold) the folds train in N processes of
cores/N threads each (their logs go to OUTPUT/FOLD.log); on 2 cores two one-thread processes finish the
five folds about a third sooner than one two-thread process.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _import_training() -> None:
    """The training stack, imported after the arguments are parsed (``--help`` stays fast)."""
    global ConfigError, TrainingArguments, parse_config, load_splits, CRFBaseline, GazetteerBaseline, score_documents
    global DataArguments, ModelArguments, RunArguments, load_parts, resolve_schema, run_training, TYPES
    from transformers import TrainingArguments

    from ..config import ConfigError, parse_config
    from ..data.splits import load_splits
    from ..evaluation.baselines import CRFBaseline, GazetteerBaseline
    from ..evaluation.harness import score_documents
    from ..training.args import DataArguments, ModelArguments, RunArguments
    from ..training.data import load_parts, resolve_schema
    from ..training.run import run_training

    TYPES = (DataArguments, ModelArguments, RunArguments, TrainingArguments)


BASELINES_FIT_ON = "train+dev"
HEADLINES = [
    ("entity strict F1", ("entities", "strict", "f1")),
    ("entity seqeval strict F1", ("entities", "seqeval_strict", "f1")),
    ("entity seqeval default F1", ("entities", "seqeval_default", "f1")),
    ("entity partial F1", ("entities", "partial", "f1")),
    ("entity macro F1", ("entities", "macro_f1")),
    ("relation strict F1", ("relations", "strict", "f1")),
    ("relation boundaries F1", ("relations", "boundaries", "f1")),
    ("relation F1 given gold entities", ("relations", "gold_entities", "f1")),
]


def get(metrics: dict, path: tuple[str, ...]):
    for key in path:
        if not isinstance(metrics, dict) or key not in metrics:
            return None
        metrics = metrics[key]
    return metrics


def mean_std(values: list[float]) -> str:
    if not values:
        return "-"
    std = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.3f} ± {std:.3f}"


def score_baselines(parts: dict, schema) -> dict:
    """Gazetteer and CRF scores on the test documents, both fit on train + dev.

    The baselines choose nothing on dev, so dev is training data for them, as it is for the transformer
    (whose dev article picks the epoch count and thresholds, and with refit_with_dev is trained on too).
    """
    out: dict = {"baselines_fit_on": BASELINES_FIT_ON}
    for name, baseline in (("gazetteer", GazetteerBaseline()), ("crf", CRFBaseline())):
        baseline.fit(parts["train"] + parts["dev"])
        preds = [baseline.predict(d.id, d.text) for d in parts["test"]]
        out[name] = score_documents(parts["test"], preds, schema)
    return out


def run_in_processes(config: str, output: Path, folds: list[str], passthrough: list[str], jobs: int) -> list[str]:
    """Train and score ``folds`` in ``jobs`` child processes of this script (cores / jobs threads each);
    returns the folds whose process failed."""
    threads = max(1, (os.cpu_count() or 1) // jobs)
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads)}
    output.mkdir(parents=True, exist_ok=True)
    waiting, running, failed = list(folds), {}, []
    print(f"{len(folds)} folds in {jobs} processes of {threads} thread(s) each; logs: {output}/FOLD.log", flush=True)
    while waiting or running:
        while waiting and len(running) < jobs:
            fold = waiting.pop(0)
            log = open(output / f"{fold}.log", "w", encoding="utf-8")
            cmd = [sys.executable, "-m", "arabic_ie.commands.cross_validate", config, "--output", str(output), "--folds", fold, "--jobs", "1",
                   *passthrough]
            running[fold] = (subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env), log)
        time.sleep(1)
        for fold, (proc, log) in list(running.items()):
            if proc.poll() is not None:
                log.close()
                del running[fold]
                if proc.returncode != 0:
                    failed.append(fold)
                print(f"{fold}: {'done' if proc.returncode == 0 else f'failed (exit {proc.returncode})'}", flush=True)
    return failed


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = argparse.ArgumentParser(prog="arabic-ie cross-validate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--folds", help="comma-separated fold names (default: all folds of the split file)")
    parser.add_argument("--record", type=Path,
                        help="also write the summary here (e.g. eval/results/cv-seed-default.json), for the README and "
                             "for model cards whose config names it in cross_validation_results")
    parser.add_argument("--jobs", type=int, default=0,
                        help="folds trained at once, each in its own process (default 0: one per CPU core)")
    args, passthrough = parser.parse_known_args(argv)
    _import_training()
    try:
        data_args, _, _, _ = parse_config(TYPES, [args.config, *passthrough])
    except ConfigError as exc:  # a bad key or value, or a GPU-only setting on a machine without one
        print(f"error: {exc}", file=sys.stderr)
        return 2
    output = args.output or Path("runs") / f"cv-{Path(args.config).stem}"
    folds = args.folds.split(",") if args.folds else [n for n in load_splits(data_args.splits_file) if n.startswith("fold-")]
    schema = resolve_schema(data_args, args.config)
    results: dict[str, dict] = {}
    start = time.time()
    pending = [f for f in folds if not (output / f / "metrics.json").exists()]
    jobs = min(args.jobs or os.cpu_count() or 1, len(pending))
    if jobs > 1:
        failed = run_in_processes(args.config, output, pending, passthrough, jobs)
        if failed:
            print("failed folds (see their logs): " + ", ".join(f"{f} ({output / f'{f}.log'})" for f in failed),
                  file=sys.stderr)
            return 1
    for fold in folds:
        fold_dir = output / fold
        done = fold_dir / "metrics.json"
        if done.exists():
            results[fold] = json.loads(done.read_text(encoding="utf-8"))
            print(f"{fold}: reusing {done}")
            if results[fold].get("baselines_fit_on") != BASELINES_FIT_ON:  # recorded before the fair baselines
                parsed = parse_config(TYPES, [args.config, *passthrough, "--split", fold])
                results[fold].update(score_baselines(load_parts(parsed[0], schema), schema))
                done.write_text(json.dumps(results[fold], indent=2, ensure_ascii=False), encoding="utf-8")
                print(f"{fold}: baselines rescored (fit on {BASELINES_FIT_ON})")
            continue
        fold_start = time.time()
        parsed = parse_config(TYPES, [args.config, *passthrough, "--split", fold, "--output_dir", str(fold_dir / "transformer"),
                                      "--disable_tqdm", "true", "--save_total_limit", "1"])
        trained = run_training(*parsed, config_path=args.config)
        parts = load_parts(parsed[0], schema)
        fold_result = {"test_documents": [d.id for d in parts["test"]], "transformer": trained["test"],
                       "transformer_train_seconds": trained["train"]["wall_seconds"]}
        fold_result.update(score_baselines(parts, schema))
        fold_result["seconds"] = round(time.time() - fold_start, 1)
        fold_dir.mkdir(parents=True, exist_ok=True)
        done.write_text(json.dumps(fold_result, indent=2, ensure_ascii=False), encoding="utf-8")
        results[fold] = fold_result
        print(f"{fold}: test {fold_result['test_documents']} entity strict F1 transformer "
              f"{fold_result['transformer']['entities']['strict']['f1']:.3f}, crf "
              f"{fold_result['crf']['entities']['strict']['f1']:.3f}, gazetteer "
              f"{fold_result['gazetteer']['entities']['strict']['f1']:.3f} ({fold_result['seconds']:.0f}s)")
    systems = ["transformer", "crf", "gazetteer"]
    # "model": the trained arabic-ie model as the config builds it (with its boosters, if any)
    names = {"transformer": "model", "crf": "crf baseline", "gazetteer": "gazetteer baseline"}
    header = f"| metric (mean ± std over {len(results)} folds) | " + " | ".join(names[s] for s in systems) + " |"
    lines = [header, "|---|" + "---|" * len(systems)]
    summary = {}
    for label, path in HEADLINES:
        row = []
        for system in systems:
            values = [v for v in (get(results[f][system], path) for f in results) if v is not None]
            summary.setdefault(system, {})[label] = {"mean": statistics.mean(values) if values else None,
                                                    "std": statistics.stdev(values) if len(values) > 1 else None,
                                                    "per_fold": values}
            row.append(mean_std(values))
        lines.append(f"| {label} | " + " | ".join(row) + " |")
    table = "\n".join(lines)
    command = f"python eval/cross_validate.py {args.config} {' '.join(passthrough)}".strip()
    output.mkdir(parents=True, exist_ok=True)
    (output / "cv.json").write_text(json.dumps({"config": args.config, "command": command, "folds": results,
                                               "summary": summary, "seconds_this_run": round(time.time() - start, 1)},
                                              indent=2, ensure_ascii=False), encoding="utf-8")
    (output / "cv.md").write_text(f"{table}\n\nReproduce: `{command}`\n", encoding="utf-8")
    print("\n" + table + f"\n\nReproduce: {command}\nwrote {output / 'cv.json'}")
    if args.record:
        args.record.parent.mkdir(parents=True, exist_ok=True)
        seconds = sum(r.get("seconds", 0) for r in results.values())
        args.record.write_text(json.dumps({
            "config": args.config, "command": command, "folds": list(results), "table": table,
            "test_documents": {f: r["test_documents"] for f, r in results.items()},
            "fold_seconds_total": round(seconds, 1), "summary": summary}, indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8")
        print(f"recorded {args.record}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
