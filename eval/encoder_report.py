#!/usr/bin/env python
"""An encoder's report card: fine-tune it on ANERcorp with the transformer alone and score the test split,
beside the project's CRF fitted on the same training data.

    python eval/encoder_report.py --encoder models/arabic-bert-mini [--encoder runs/other-encoder] \
        [--seeds 42 43] [--config configs/anercorp-default.yaml] [--output runs/encoder-report] [--key value ...]

Every encoder is fine-tuned with `--config` (ANERcorp CAMeL Lab split, dev = last 10% of the training sentences,
test = the official test file; the config's data paths point into ../shared) once per seed, with `boosters: []`;
extra `--key value` options go to every training run (e.g. `--num_train_epochs 4`); `--variant 'LABEL=OPTIONS'`
adds a row per encoder fine-tuned with more options (e.g. `--variant 'word vectors=--word_vectors DIR'`;
`--only-variants` leaves out the row without them). The CRF baseline
(arabic_ie.evaluation.baselines.CRFBaseline) is fitted on the same train + dev sentences and scored by the same
harness. The table gives seqeval default and strict (IOB2) micro F1 and per-type default F1, each seed and the
mean. A run whose model directory already holds `report_scores.json` is reused (delete it to rerun);
--rescore instead predicts the test part again with the finished model (e.g. after a decoding change).
--update-card stores the table in the encoder's directory (encoder_report.json) and rewrites its model card.
Writes report.json and report.md into --output.
"""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from transformers import TrainingArguments

from arabic_ie.config import parse_config
from arabic_ie.training.args import DataArguments, ModelArguments, RunArguments

TYPES = (DataArguments, ModelArguments, RunArguments, TrainingArguments)


def entity_row(metrics: dict[str, Any]) -> dict[str, Any]:
    """The figures of the card from a harness metrics dict."""
    default, strict = metrics["entities"]["seqeval_default"], metrics["entities"]["seqeval_strict"]
    per_type = {t: v["f1-score"] for t, v in default["per_type"].items() if "avg" not in t}
    return {"seqeval_default_f1": default["f1"], "seqeval_strict_f1": strict["f1"],
            "precision": default["precision"], "recall": default["recall"], "per_type_default_f1": per_type}


def _test_documents(config: str, passthrough: list[str]):
    from arabic_ie.training.data import load_parts, resolve_schema

    data_args, _, _, training_args = parse_config(TYPES, [config, *passthrough])
    schema = resolve_schema(data_args, config)
    return load_parts(data_args, schema, seed=training_args.seed, config_path=config), schema


def rescore(config: str, out: Path, passthrough: list[str]) -> dict[str, Any]:
    """Score a finished run's model on the test part again, with the model's current decoding settings."""
    from arabic_ie.evaluation.harness import score_documents
    from arabic_ie.extractor import Extractor

    parts, schema = _test_documents(config, passthrough)
    extractor = Extractor.from_pretrained(out / "model")
    test = parts["test"]
    preds = extractor.predict_documents([d.text for d in test], ids=[d.id for d in test], with_relations=False)
    old = json.loads((out / "report_scores.json").read_text(encoding="utf-8"))
    row = {**old, **entity_row(score_documents(test, preds, schema)),
           "entity_decoding": getattr(extractor.config, "entity_decoding", "argmax")}
    (out / "report_scores.json").write_text(json.dumps(row, indent=2), encoding="utf-8")
    return row


def fine_tune(config: str, encoder: str, seed: int, out: Path, passthrough: list[str],
              again: bool = False) -> dict[str, Any]:
    """Fine-tune ``encoder`` with the transformer alone; reuse a finished run's scores (``again``: rescore it)."""
    done = out / "report_scores.json"
    if done.exists():
        return rescore(config, out, passthrough) if again else json.loads(done.read_text(encoding="utf-8"))
    from arabic_ie.training.run import run_training

    parsed = parse_config(TYPES, [config, *passthrough, "--checkpoint", encoder, "--seed", str(seed),
                                  "--boosters", "[]", "--output_dir", str(out), "--disable_tqdm", "true"])
    start = time.time()
    results = run_training(*parsed, config_path=config)
    decoding = json.loads((out / "model" / "config.json").read_text(encoding="utf-8")).get("entity_decoding", "argmax")
    row = {**entity_row(results["test"]), "train_minutes": round((time.time() - start) / 60, 1),
           "entity_decoding": decoding,
           "dev_seqeval_default_f1": results.get("dev", {}).get("entities", {}).get("seqeval_default", {}).get("f1")}
    done.write_text(json.dumps(row, indent=2), encoding="utf-8")
    return row


def crf_baseline(config: str, passthrough: list[str]) -> dict[str, Any]:
    """The project's CRF on the config's train + dev sentences, scored on its test part."""
    from arabic_ie.evaluation.baselines import CRFBaseline
    from arabic_ie.evaluation.harness import score_documents
    parts, schema = _test_documents(config, passthrough)
    start = time.time()
    crf = CRFBaseline().fit(parts["train"] + parts["dev"])
    preds = [crf.predict(d.id, d.text) for d in parts["test"]]
    row = entity_row(score_documents(parts["test"], preds, schema))
    row["train_minutes"] = round((time.time() - start) / 60, 1)
    row["counts"] = {k: len(v) for k, v in parts.items()}
    return row


def mean_row(rows: list[dict[str, Any]]) -> dict[str, Any]:
    keys = ("seqeval_default_f1", "seqeval_strict_f1", "precision", "recall")
    out: dict[str, Any] = {k: round(statistics.mean(r[k] for r in rows), 4) for k in keys}
    out["seqeval_default_f1_std"] = round(statistics.stdev(r["seqeval_default_f1"] for r in rows), 4) if len(rows) > 1 else 0.0
    types = sorted({t for r in rows for t in r["per_type_default_f1"]})
    out["per_type_default_f1"] = {t: round(statistics.mean(r["per_type_default_f1"].get(t, 0.0) for r in rows), 4)
                                  for t in types}
    return out


def format_table(systems: dict[str, dict[str, Any]]) -> str:
    types = sorted({t for row in systems.values() for t in row["per_type_default_f1"]})
    head = ["system", "seqeval default F1", "strict F1", "P", "R", *types]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, row in systems.items():
        std = f" ± {row['seqeval_default_f1_std']:.3f}" if row.get("seqeval_default_f1_std") else ""
        cells = [name, f"{row['seqeval_default_f1']:.3f}{std}", f"{row['seqeval_strict_f1']:.3f}",
                 f"{row['precision']:.3f}", f"{row['recall']:.3f}",
                 *(f"{row['per_type_default_f1'].get(t, 0.0):.3f}" for t in types)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", action="append", required=True, help="encoder directory; repeatable")
    parser.add_argument("--seeds", type=int, nargs="+", default=[42, 43])
    parser.add_argument("--config", default="configs/anercorp-default.yaml")
    parser.add_argument("--output", type=Path, default=Path("runs/encoder-report"))
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=OPTIONS",
                        help="also fine-tune each encoder with extra training options, as its own row, e.g. "
                             "--variant 'word vectors=--word_vectors runs/word-vectors'; repeatable")
    parser.add_argument("--no-crf", action="store_true", help="leave the CRF baseline out")
    parser.add_argument("--only-variants", action="store_true",
                        help="leave out the row of the encoder without --variant options (e.g. only '+ word vectors')")
    parser.add_argument("--rescore", action="store_true",
                        help="finished runs: predict the test part again with their model instead of reusing scores")
    parser.add_argument("--update-card", action="store_true",
                        help="store the table in the (single) encoder's directory and rewrite its model card")
    args, passthrough = parser.parse_known_args(argv)
    for encoder in args.encoder:
        if not (Path(encoder) / "config.json").is_file():
            parser.error(f"--encoder {encoder}: no model directory (config.json) there")
    systems: dict[str, dict[str, Any]] = {}
    runs: dict[str, Any] = {}
    variants = [("", "", [])]
    for spec in args.variant:
        label, sep, options = spec.partition("=")
        if not sep or not label.strip() or not options.strip():
            parser.error(f"--variant {spec!r}: expected LABEL=OPTIONS, e.g. 'word vectors=--word_vectors DIR'")
        slug = "-" + "".join(c if c.isalnum() else "-" for c in label.strip().lower())
        variants.append((f" + {label.strip()}", slug, shlex.split(options)))
    if args.only_variants:
        if len(variants) == 1:
            parser.error("--only-variants needs at least one --variant")
        variants = variants[1:]
    for encoder in args.encoder:
        name = Path(encoder).name
        for label, slug, options in variants:
            rows = []
            for seed in args.seeds:
                row = fine_tune(args.config, encoder, seed, args.output / f"{name}{slug}-seed{seed}",
                                [*passthrough, *options], args.rescore)
                runs[f"{name}{label} seed {seed}"] = row
                rows.append(row)
                print(f"{name}{label} seed {seed}: seqeval default F1 {row['seqeval_default_f1']:.3f}, "
                      f"strict {row['seqeval_strict_f1']:.3f} ({row['train_minutes']} min)", flush=True)
            decoding = rows[0].get("entity_decoding")  # runs scored before the Viterbi default carry none (argmax)
            decoding = f", {decoding} decoding" if decoding else ""
            systems[f"{name}{label} (transformer alone, {len(rows)} seed{'s' if len(rows) > 1 else ''}{decoding})"] = \
                mean_row(rows)
    if not args.no_crf:
        systems["CRF baseline (same train + dev)"] = crf = crf_baseline(args.config, passthrough)
        runs["crf"] = crf
    command = " ".join(["python eval/encoder_report.py", *(f"--encoder {e}" for e in args.encoder),
                        "--seeds", *map(str, args.seeds), "--config", args.config,
                        *(f"--variant {shlex.quote(v)}" for v in args.variant),
                        *(["--only-variants"] if args.only_variants else []), *passthrough])
    table = format_table(systems)
    text = f"ANERcorp test, config {args.config}\n\n{table}\n\nCommand: `{command}`\n"
    print("\n" + text)
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "report.md").write_text(text, encoding="utf-8")
    (args.output / "report.json").write_text(json.dumps({"command": command, "config": args.config,
                                                          "systems": systems, "runs": runs}, indent=2),
                                             encoding="utf-8")
    if args.update_card:
        from arabic_ie.lm.card import record_encoder_report, write_encoder_card

        if len(args.encoder) != 1:
            parser.error("--update-card: give exactly one --encoder")
        record_encoder_report(args.encoder[0], table, command, systems)
        print("updated", write_encoder_card(args.encoder[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
