#!/usr/bin/env python
"""Predict and score a trained model on annotated documents.

    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --output runs/eval
    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --quantize int8
    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --without entity_propagation

--split NAME picks a part of a split in the split file: `test` (= default:test), `dev`,
`fold-2:test`, ...; without --split every document under --data is scored. Writes metrics.json,
report.md, report.html (errors in their RTL sentence) and confusion.png into --output.
--without KEY switches off an inference-time option of the model (entity_patterns, entity_propagation,
entity_compounds, lexicon_variants), to measure what it adds to the same trained model.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from transformers import AutoTokenizer

from arabic_ie.data.errors import AnnotationError
from arabic_ie.data.io import load_documents
from arabic_ie.data.splits import load_splits
from arabic_ie.evaluation.harness import evaluate_documents, format_report
from arabic_ie.evaluation.report import write_reports
from arabic_ie.modeling import ArabicIEModel

#: Model options that act at inference only (or also there) and can be switched off for an ablation.
SWITCHABLE = ("entity_patterns", "entity_propagation", "entity_compounds", "lexicon_variants")


def select(docs, split: str | None, splits_file: Path):
    if not split:
        return docs
    name, _, part = split.rpartition(":")
    name = name or "default"
    if not splits_file.exists():
        raise SystemExit(f"error: --split needs a split file; {splits_file} does not exist (use --splits-file)")
    splits = load_splits(splits_file)
    if name not in splits or part not in ("train", "dev", "test"):
        raise SystemExit(f"error: unknown split {split!r}; use PART or NAME:PART with NAME in {', '.join(splits)}")
    return splits[name].select(docs)[part]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, type=Path, help="trained arabic-ie model directory")
    parser.add_argument("--data", required=True, type=Path, help="brat folder, .jsonl or CoNLL file")
    parser.add_argument("--split", help="PART or NAME:PART of the split file, e.g. test or fold-2:test")
    parser.add_argument("--splits-file", type=Path, default=Path("data/splits.json"))
    parser.add_argument("--output", type=Path, help="folder for metrics.json and the reports")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--quantize", choices=["int8"], help="score the dynamically int8-quantized model (CPU)")
    parser.add_argument("--without", action="append", default=[], choices=SWITCHABLE, metavar="KEY",
                        help="switch off this option of the model's config for this run (repeatable): "
                             + ", ".join(SWITCHABLE))
    args = parser.parse_args(argv)
    if not (args.model / "config.json").exists():
        print(f"error: {args.model} is not a model directory (no config.json)", file=sys.stderr)
        return 2
    model = ArabicIEModel.from_pretrained(args.model).to(args.device).eval()
    for key in args.without:
        setattr(model.config, key, False)
    if args.quantize == "int8":
        from arabic_ie.predictor import quantize_int8

        model = quantize_int8(model)
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    schema = model.config.schema_obj
    try:
        docs = select(load_documents(args.data, entity_types=schema.entity_types), args.split, args.splits_file)
    except (AnnotationError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    metrics, preds = evaluate_documents(model, tokenizer, docs, schema, batch_size=args.batch_size,
                                        device=args.device, return_predictions=True)
    print(format_report(metrics))
    if args.output:
        paths = write_reports(metrics, docs, preds, schema, args.output,
                              title=f"{args.model} on {args.data} {args.split or ''}".strip())
        print("\nwrote " + ", ".join(str(p) for p in paths.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
