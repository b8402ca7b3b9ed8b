"""Fine-tune the joint NER + relation model from a YAML config.

    arabic-ie train CONFIG.yaml [--key value ...]        (or: python train/train.py CONFIG.yaml ...)

The YAML file holds the keys below and those of transformers' TrainingArguments (output_dir, seed,
num_train_epochs, learning_rate, per_device_train_batch_size, ...); `--key value` options override it.
The run writes OUTPUT_DIR/model (loadable with Predictor.from_pretrained), its resolved config, metrics and
versions. Works unchanged under `torchrun` / `accelerate launch`.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import fields


def keys_help() -> str:
    """The project's config keys with their help texts (no torch import)."""
    from ..training.args import DataArguments, ModelArguments, RunArguments

    lines = []
    for cls in (DataArguments, ModelArguments, RunArguments):
        lines.append(f"\n{cls.__name__} ({(cls.__doc__ or '').strip()}):")
        for f in fields(cls):
            lines.append(f"  {f.name:<28} {f.metadata.get('help', '')}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__ + keys_help())
        return 0 if argv else 2
    from transformers import TrainingArguments

    from ..config import ConfigError, parse_config
    from ..data.errors import AnnotationError
    from ..evaluation.harness import format_report
    from ..training.args import DataArguments, ModelArguments, RunArguments
    from ..training.run import run_training

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
