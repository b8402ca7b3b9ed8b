#!/usr/bin/env python
"""Does pretraining help? Fine-tune the same config from (a) the pretrained checkpoint and
(b) the same architecture randomly initialized, and print both held-out scores.

    python eval/pretraining_ablation.py configs/seed-default.yaml [--output runs/ablation] [--key value ...]

Extra `--key value` options are passed to both training runs (e.g. `--num_train_epochs 10`).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import torch
from transformers import AutoConfig, AutoModelForMaskedLM, AutoTokenizer, TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training


def random_copy(checkpoint: str, target: Path, seed: int) -> Path:
    """Save the checkpoint's architecture and tokenizer with freshly initialized weights."""
    torch.manual_seed(seed)
    config = AutoConfig.from_pretrained(checkpoint)
    AutoModelForMaskedLM.from_config(config).save_pretrained(target)
    AutoTokenizer.from_pretrained(checkpoint).save_pretrained(target)
    return target


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("config")
    parser.add_argument("--output", default="runs/pretraining-ablation")
    parser.add_argument("--update-card", action="store_true",
                        help="write the comparison into the pretrained checkpoint's model card")
    args, passthrough = parser.parse_known_args(argv)
    out = Path(args.output)
    types = (DataArguments, ModelArguments, RunArguments, TrainingArguments)
    _, model_args, _, training_args = parse_config(types, [args.config, *passthrough])
    random_dir = random_copy(model_args.checkpoint, out / "random-init-encoder", training_args.seed)
    rows = {}
    for name, checkpoint in (("pretrained", model_args.checkpoint), ("random-init", str(random_dir))):
        parsed = parse_config(types, [args.config, *passthrough, "--checkpoint", checkpoint,
                                      "--output_dir", str(out / name), "--disable_tqdm", "true"])
        results = run_training(*parsed, config_path=args.config)
        test = results["test"]
        rows[name] = {"checkpoint": checkpoint,
                      "entity_strict_f1": test["entities"]["strict"]["f1"],
                      "entity_seqeval_default_f1": test["entities"]["seqeval_default"]["f1"],
                      "relation_strict_f1": test.get("relations", {}).get("strict", {}).get("f1"),
                      "dev": results.get("dev")}
    (out / "ablation.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    print(f"\nheld-out test scores, config {args.config} {' '.join(passthrough)}")
    print(f"{'encoder':<14}{'entity strict F1':>18}{'seqeval default F1':>20}{'relation strict F1':>20}")
    for name, row in rows.items():
        rel = row["relation_strict_f1"]
        print(f"{name:<14}{row['entity_strict_f1']:>18.3f}{row['entity_seqeval_default_f1']:>20.3f}"
              f"{(f'{rel:.3f}' if rel is not None else '-'):>20}")
    if args.update_card:
        from arabic_ie.lm.card import write_encoder_card

        command = f"python eval/pretraining_ablation.py {args.config} {' '.join(passthrough)}".strip()
        print("updated", write_encoder_card(model_args.checkpoint, ablation=rows, ablation_command=command))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
