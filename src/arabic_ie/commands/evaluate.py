"""Predict and score a trained model on annotated documents.

    arabic-ie evaluate --model runs/seed-default/model --data data/seed --split test --output runs/eval
    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --output runs/eval
    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --quantize int8
    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --without propagation
    python eval/evaluate.py --model runs/seed-default/model --data data/seed --split test --ablation

--split NAME picks a part of a split in the split file: `test` (= default:test), `dev`,
`fold-2:test`, ...; without --split every document under --data is scored. Writes metrics.json,
report.md, report.html (errors in their RTL sentence) and confusion.png into --output.
--without NAME switches off a booster the model directory lists (boosters.json), and the boosters that require
it, to measure what it adds to the same trained model; --with NAME adds one that needs no fitting (patterns,
propagation); --ablation prints one row per booster left out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path



def select(docs, split: str | None, splits_file: Path):
    from ..data.splits import load_splits

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
    parser = argparse.ArgumentParser(prog="arabic-ie evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, type=Path, help="trained arabic-ie model directory")
    parser.add_argument("--data", required=True, type=Path, help="brat folder, .jsonl or CoNLL file")
    parser.add_argument("--split", help="PART or NAME:PART of the split file, e.g. test or fold-2:test")
    parser.add_argument("--splits-file", type=Path, default=Path("data/splits.json"))
    parser.add_argument("--output", type=Path, help="folder for metrics.json and the reports")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--quantize", choices=["int8"], help="score the dynamically int8-quantized model (CPU)")
    parser.add_argument("--backend", choices=["torch", "onnx"], default="torch",
                        help="onnx: the entity pass in ONNX Runtime, as Predictor(backend='onnx') (CPU)")
    parser.add_argument("--dtype", choices=["fp32", "bf16"], default="fp32",
                        help="compute precision (bf16: autocast, the Predictor's fast CPU path)")
    parser.add_argument("--without", action="append", default=[], metavar="NAME",
                        help="switch off this booster of the model (and those that require it) for this run; repeatable")
    parser.add_argument("--with", dest="with_", action="append", default=[], metavar="NAME",
                        help="add a booster that needs no fitting (patterns, propagation) after the model's own for "
                             "this run; repeatable")
    parser.add_argument("--ablation", action="store_true",
                        help="score the model with all its boosters, then without each one, and print the table")
    parser.add_argument("--style", help="predict with the entity head of this annotation style (a model trained "
                                        "with dataset styles, e.g. anercorp); default: the model's own head")
    args = parser.parse_args(argv)
    from ..boosters import BoosterError
    from ..data.errors import AnnotationError
    from ..data.io import load_documents
    from ..evaluation.harness import evaluate_documents, format_report
    from ..evaluation.report import write_reports
    from ..extractor import Extractor, ModelDirectoryError

    try:
        extractor = Extractor.from_pretrained(args.model)
    except ModelDirectoryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        extractor.model.use_style(args.style)
    except ValueError as exc:
        print(f"error: {args.model}: {exc}", file=sys.stderr)
        return 2
    extractor.model.to(args.device)
    if args.backend == "onnx":  # the entity pass in ONNX Runtime (int8 with --quantize int8); relations in PyTorch
        from ..onnx_backend import OnnxEntityPass, OnnxUnavailable

        try:
            extractor.model.onnx_entity_pass = OnnxEntityPass.from_model(extractor.model, extractor.tokenizer,
                                                                         quantize=args.quantize)
        except OnnxUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    elif args.quantize == "int8":
        from ..predictor import quantize_int8

        extractor.model = quantize_int8(extractor.model)
    try:
        extractor, dropped = extractor.without(args.without)
        extractor, added = extractor.with_boosters(args.with_) if args.with_ else (extractor, [])
    except BoosterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if dropped or added:
        changes = [f"switched off: {', '.join(dropped)}"] * bool(dropped) + [f"added: {', '.join(added)}"] * bool(added)
        print(f"boosters {'; '.join(changes)}; on: {', '.join(extractor.boosters.names) or 'none'}")
    schema = extractor.schema
    try:
        docs = select(load_documents(args.data, entity_types=schema.entity_types), args.split, args.splits_file)
    except (AnnotationError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.ablation:
        print(ablation_table(extractor, docs, args.batch_size, args.device))
        return 0
    if args.quantize and args.dtype != "fp32":
        print("error: --quantize int8 and --dtype bf16 do not combine", file=sys.stderr)
        return 2
    import torch

    metrics, preds = evaluate_documents(extractor, docs, batch_size=args.batch_size, device=args.device,
                                        return_predictions=True,
                                        dtype=torch.bfloat16 if args.dtype == "bf16" else None)
    print(format_report(metrics))
    if args.output:
        paths = write_reports(metrics, docs, preds, schema, args.output,
                              title=f"{args.model} on {args.data} {args.split or ''}".strip())
        print("\nwrote " + ", ".join(str(p) for p in paths.values()))
    return 0


def ablation_table(extractor, docs, batch_size: int, device: str) -> str:
    """Entity and relation strict F1 with every booster, without each one, and with none (same trained model)."""
    from ..evaluation.harness import evaluate_documents

    rows = [("all boosters", extractor)]
    for name in extractor.boosters.names:
        reduced, dropped = extractor.without([name])
        rows.append((f"without {', '.join(dropped)}", reduced))
    if extractor.boosters.names:
        rows.append(("transformer alone", extractor.without(extractor.boosters.names)[0]))
    lines = ["| model | entity strict F1 | relation strict F1 |", "|---|---|---|"]
    for label, ex in rows:
        m = evaluate_documents(ex, docs, batch_size=batch_size, device=device)
        rel = f"{m['relations']['strict']['f1']:.3f}" if "relations" in m else "-"
        lines.append(f"| {label} | {m['entities']['strict']['f1']:.3f} | {rel} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
