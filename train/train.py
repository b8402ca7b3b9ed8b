#!/usr/bin/env python
"""Fine-tune the joint NER + relation model.

    python train/train.py configs/seed-default.yaml [--key value ...]

The YAML file holds the keys of DataArguments, ModelArguments, RunArguments
(src/arabic_ie/training/args.py) and of transformers' TrainingArguments; command-line
options override it. Works unchanged under `torchrun` / `accelerate launch`.
"""

from __future__ import annotations

import json
import logging
import sys

from transformers import TrainingArguments

from arabic_ie.config import ConfigError, parse_config
from arabic_ie.data.errors import AnnotationError
from arabic_ie.evaluation.harness import format_report
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments
from arabic_ie.training.run import run_training


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        data_args, model_args, run_args, training_args = parse_config(
            (DataArguments, ModelArguments, RunArguments, TrainingArguments), argv)
        results = run_training(data_args, model_args, run_args, training_args, config_path=argv[0])
    except (ConfigError, AnnotationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"\nmodel saved to {training_args.output_dir}/model")
    start = (f"{model_args.init_from} (a trained arabic-ie model: encoder and same-schema heads; init_from) on the "
             f"encoder {model_args.checkpoint}" if model_args.init_from else f"the encoder {model_args.checkpoint}")
    print(f"started from {start}")
    print(json.dumps({"alignment": results["alignment"], "train_tokens_per_second":
                      results["train"]["train_tokens_per_second"]}, ensure_ascii=False))
    if "test" in results:
        print("\n== held-out test ==")
        print(format_report(results["test"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
