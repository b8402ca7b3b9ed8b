#!/usr/bin/env python
"""Pretrain the embedded compact Arabic BERT with masked-language modelling.

    python train/pretrain_mlm.py configs/pretrain-mini.yaml [--key value ...]

The YAML file holds the keys of `PretrainArguments` and of transformers' `TrainingArguments`;
command-line options override them. Re-running the same command resumes from the last checkpoint
in `output_dir`; the finished model goes to `export_dir`.
"""

from __future__ import annotations

import json
import logging
import sys

from arabic_ie.config import parse_config
from arabic_ie.lm.pretrain import PretrainArguments, run_pretraining
from transformers import TrainingArguments


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    pretrain_args, training_args = parse_config((PretrainArguments, TrainingArguments), argv)
    summary = run_pretraining(pretrain_args, training_args)
    print(json.dumps({k: v for k, v in summary.items() if k != "data"}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
