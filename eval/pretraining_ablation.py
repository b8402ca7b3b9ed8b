#!/usr/bin/env python
"""Does pretraining help? Fine-tune the same config from (a) the pretrained checkpoint and
(b) the same architecture randomly initialized, and print both held-out scores.

    python eval/pretraining_ablation.py configs/seed-default.yaml [--output runs/ablation] [--key value ...]
    python eval/pretraining_ablation.py configs/seed-default.yaml --cv      # paired, on every article fold
    python eval/pretraining_ablation.py configs/anercorp-default.yaml       # on the ANERcorp test split

Extra `--key value` options are passed to every training run (e.g. `--num_train_epochs 10`).
With `--update-card` the result is stored in the checkpoint's `ablation_results.json` and its model
card is rewritten from it.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
from pathlib import Path

import torch
from transformers import AutoConfig, AutoModelForMaskedLM, AutoTokenizer, TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training

TYPES = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
VARIANTS = ("pretrained", "random-init")


def random_copy(checkpoint: str, target: Path, seed: int) -> Path:
    """Save the checkpoint's architecture and tokenizer with freshly initialized weights."""
    torch.manual_seed(seed)
    config = AutoConfig.from_pretrained(checkpoint)
    AutoModelForMaskedLM.from_config(config).save_pretrained(target)
    AutoTokenizer.from_pretrained(checkpoint).save_pretrained(target)
    return target


def on_split(config: str, passthrough: list[str], checkpoints: dict[str, str], out: Path) -> dict:
    rows = {}
    test_docs = None
    for name, checkpoint in checkpoints.items():
        parsed = parse_config(TYPES, [config, *passthrough, "--checkpoint", checkpoint,
                                      "--output_dir", str(out / name), "--disable_tqdm", "true"])
        results = run_training(*parsed, config_path=config)
        test = results["test"]
        test_docs = results["data_counts"]["test"]
        rows[name] = {"checkpoint": checkpoint,
                      "entity_strict_f1": test["entities"]["strict"]["f1"],
                      "entity_seqeval_default_f1": test["entities"]["seqeval_default"]["f1"],
                      "relation_strict_f1": test.get("relations", {}).get("strict", {}).get("f1"),
                      "dev": results.get("dev")}
    print(f"\nheld-out test scores ({test_docs} documents), config {config} {' '.join(passthrough)}")
    print(f"{'encoder':<14}{'entity strict F1':>18}{'seqeval default F1':>20}{'relation strict F1':>20}")
    for name, row in rows.items():
        rel = row["relation_strict_f1"]
        print(f"{name:<14}{row['entity_strict_f1']:>18.3f}{row['entity_seqeval_default_f1']:>20.3f}"
              f"{(f'{rel:.3f}' if rel is not None else '-'):>20}")
    return {"kind": "split", "rows": rows, "test": f"{test_docs} held-out document{'s' if test_docs != 1 else ''} of the config's split"}


def on_folds(config: str, passthrough: list[str], checkpoints: dict[str, str], out: Path) -> dict:
    """Cross-validate both encoders (folds already finished are reused) and pair the scores fold by fold."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import cross_validate

    summaries = {}
    for name, checkpoint in checkpoints.items():
        cross_validate.main([config, *passthrough, "--checkpoint", checkpoint, "--output", str(out / f"cv-{name}")])
        summaries[name] = json.loads((out / f"cv-{name}" / "cv.json").read_text(encoding="utf-8"))
    folds = list(summaries[VARIANTS[0]]["folds"])
    per_fold = {f: {n: summaries[n]["folds"][f]["transformer"]["entities"]["strict"]["f1"] for n in checkpoints}
                for f in folds}
    diffs = [per_fold[f][VARIANTS[0]] - per_fold[f][VARIANTS[1]] for f in folds]
    rows = {}
    for name in checkpoints:
        s = summaries[name]["summary"]["transformer"]
        rows[name] = {"checkpoint": checkpoints[name],
                      "entity_strict_f1": s["entity strict F1"]["mean"], "entity_strict_f1_std": s["entity strict F1"]["std"],
                      "relation_strict_f1": s["relation strict F1"]["mean"]}
    print(f"\nentity strict F1 per held-out article, config {config} {' '.join(passthrough)}")
    print(f"{'fold':<8}" + "".join(f"{n:>14}" for n in checkpoints) + f"{'difference':>12}")
    for f, d in zip(folds, diffs):
        print(f"{f:<8}" + "".join(f"{per_fold[f][n]:>14.3f}" for n in checkpoints) + f"{d:>+12.3f}")
    wins = sum(d > 0 for d in diffs)
    print(f"mean difference {statistics.mean(diffs):+.3f} (std {statistics.stdev(diffs):.3f}); "
          f"pretrained better on {wins} of {len(diffs)} folds")
    return {"kind": "cv", "rows": rows, "per_fold": per_fold, "mean_difference": statistics.mean(diffs),
            "difference_std": statistics.stdev(diffs), "pretrained_wins": wins,
            "test": f"leave-one-article-out, {len(folds)} folds"}


def encoder_steps(checkpoint: str) -> int | None:
    """How many pretraining steps the compared checkpoint had (all stages), when it says."""
    path = Path(checkpoint) / "pretraining_results.json"
    if not path.exists():
        return None
    results = json.loads(path.read_text(encoding="utf-8"))
    return results.get("steps_total", results.get("steps"))


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--cv", action="store_true", help="compare on every fold of the split file, paired")
    parser.add_argument("--update-card", action="store_true",
                        help="store the comparison with the pretrained checkpoint and rewrite its model card")
    args, passthrough = parser.parse_known_args(argv)
    out = args.output or Path("runs") / f"ablation-{Path(args.config).stem}{'-cv' if args.cv else ''}"
    _, model_args, _, training_args = parse_config(TYPES, [args.config, *passthrough])
    random_dir = out / "random-init-encoder"
    if not (random_dir / "config.json").exists():
        random_copy(model_args.checkpoint, random_dir, training_args.seed)
    checkpoints = dict(zip(VARIANTS, (model_args.checkpoint, str(random_dir))))
    entry = (on_folds if args.cv else on_split)(args.config, passthrough, checkpoints, out)
    command = " ".join(["python eval/pretraining_ablation.py", args.config, *(["--cv"] if args.cv else []),
                        *passthrough])
    entry.update(command=command, config=args.config, encoder_steps=encoder_steps(model_args.checkpoint),
                 title=f"{Path(args.config).stem}{', cross-validation' if args.cv else ''}")
    (out / "ablation.json").write_text(json.dumps(entry, indent=2), encoding="utf-8")
    if args.update_card:
        from arabic_ie.lm.card import record_ablation, write_encoder_card

        record_ablation(model_args.checkpoint, entry["title"], entry)
        print("updated", write_encoder_card(model_args.checkpoint))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
