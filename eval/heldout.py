#!/usr/bin/env python
"""Score model directories on every available held-out corpus, in one table, beside the project's baselines.

    python eval/heldout.py --model runs/seed-default/model [--model runs/other/model] [--part test|dev]
                           [--corpora anercorp,newsfane,wikifane,seed,news] [--baselines] [--shared ../shared]
                           [--without NAME] [--with NAME] [--ablation] [--precisions fp32,bf16,int8,onnx-int8]
                           [--corpus-styles [CORPUS=STYLE,...]] [--fane-tag-map FILE] [--entity-o-bias B,...]
                           [--output runs/heldout]

Corpora (those present under --shared, plus the seed article): ANERcorp, NewsFANE and WikiFANE test or dev parts
and the seed held-out article (see arabic_ie.evaluation.heldout.standard_corpora for their definitions). Every
system is scored with the same rule: word-level BIO tags from overlapping spans (a proclitic is never counted
against), its types projected onto the corpus's, seqeval default and strict F1, per type.
--baselines fits the project's gazetteer and CRF on the training + dev documents of the first model (read from
its training_config.yaml) and scores them the same way. Choose settings with --part dev; score --part test once
per reported model. --ablation adds one column pair per booster left out (with those that require it) and
the transformer alone, on the same trained model; --with adds a booster that needs no fitting (its row is
named MODEL +NAME). --precisions scores each model again on the fast compute paths
(bf16 autocast, dynamic int8), to show what they cost. --corpus-styles adds, for a model with annotation-style
heads (ArabicIEConfig.entity_styles), a row that scores each corpus with its own style's head (the model's own head
where it has none); the plain row is always the model's own head, what a user gets. --entity-o-bias scores each
model again with a bias on O before decoding (one row per value). Writes heldout.json and heldout.md into --output.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import shlex
import sys
import time
from functools import partial
from pathlib import Path

import torch
import yaml

REPO = Path(__file__).resolve().parents[1]


def training_documents(model_dir: Path):
    """Train + dev documents of the run that made ``model_dir`` (None when they cannot be read here)."""
    from arabic_ie.training.args import DataArguments
    from arabic_ie.training.data import load_parts, resolve_schema

    resolved = yaml.safe_load((model_dir / "training_config.yaml").read_text(encoding="utf-8"))
    data = dict(resolved["data"])
    if isinstance(data.get("datasets"), list):
        data["datasets"] = json.dumps(data["datasets"], ensure_ascii=False)
    data_args = DataArguments(**{k: v for k, v in data.items() if k in DataArguments.__dataclass_fields__})
    config_file = resolved.get("config_file")
    parts = load_parts(data_args, resolve_schema(data_args, config_file), config_path=config_file)
    unique = {id(d): d for d in parts["train"] + parts["dev"]}
    return list(unique.values())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", action="append", type=Path, default=[], help="model directory; repeatable")
    parser.add_argument("--part", choices=["test", "dev"], default="test")
    parser.add_argument("--corpora", default="anercorp,newsfane,wikifane,seed,news")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--baselines", action="store_true", help="also fit and score the gazetteer and the CRF")
    parser.add_argument("--without", action="append", default=[], metavar="NAME",
                        help="switch off this booster of every model; repeatable")
    parser.add_argument("--with", dest="with_", action="append", default=[], metavar="NAME",
                        help="add this booster (one that needs no fitting: patterns, propagation) after each model's "
                             "own; repeatable")
    parser.add_argument("--ablation", action="store_true",
                        help="score each model with all its boosters, without each one, and as the transformer alone")
    parser.add_argument("--precisions", default="fp32",
                        help="comma-separated compute paths to score each model with: fp32, bf16 (autocast), int8 "
                             "(dynamic quantization), onnx-fp32, onnx-int8 (ONNX Runtime, as Predictor(backend='onnx')); "
                             "e.g. fp32,bf16,int8,onnx-int8 gives the F1 cost of the fast paths")
    parser.add_argument("--corpus-styles", nargs="?", const="anercorp=anercorp,newsfane=fane,wikifane=fane",
                        metavar="CORPUS=STYLE,...",
                        help="also score each model that has annotation-style heads with each corpus's own style "
                             "(default mapping: anercorp=anercorp,newsfane=fane,wikifane=fane)")
    parser.add_argument("--entity-o-bias", default="", metavar="B[,B...]",
                        help="score each model again with these values added to the log-probability of O before "
                             "decoding (ArabicIEConfig.entity_o_bias: above 0 precision, below 0 recall); one row "
                             "each, named MODEL [O bias B]")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--device", default="cpu", help="cpu (default), cuda, cuda:N or auto")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--fane-tag-map", type=Path, default=REPO / "configs" / "tagmaps" / "fane-to-seed.yaml",
                        help="how FANE's fine classes map onto the schema's types for scoring (a list: any of them "
                             "counts)")
    args = parser.parse_args(argv)
    if not args.model and not args.baselines:
        parser.error("give at least one --model (or --baselines with a --model to take the training data from)")

    from arabic_ie.boosters import BoosterError
    from arabic_ie.evaluation.baselines import CRFBaseline, GazetteerBaseline
    from arabic_ie.evaluation.heldout import format_table, score_system, standard_corpora
    from arabic_ie.extractor import Extractor, ModelDirectoryError
    from arabic_ie.predictor import PredictorError, quantize_int8, resolve_device

    try:
        args.device = str(resolve_device(args.device))
    except PredictorError as exc:
        parser.error(f"--device: {exc}")

    precisions = [p.strip() for p in args.precisions.split(",") if p.strip()]
    unknown = sorted(set(precisions) - {"fp32", "bf16", "int8", "onnx-fp32", "onnx-int8"})
    if unknown:
        parser.error(f"--precisions: unknown {', '.join(unknown)} (fp32, bf16, int8, onnx-fp32, onnx-int8)")

    try:
        o_biases = [float(b) for b in args.entity_o_bias.split(",") if b.strip()]
    except ValueError:
        parser.error(f"--entity-o-bias: {args.entity_o_bias!r} is not a comma-separated list of numbers")
    if not all(math.isfinite(b) for b in o_biases):
        parser.error("--entity-o-bias: the values must be finite numbers")

    corpus_styles = {}
    for item in filter(None, (args.corpus_styles or "").split(",")):
        corpus_name, sep, style = item.partition("=")
        if not sep or not corpus_name.strip() or not style.strip():
            parser.error(f"--corpus-styles: {item!r} is not CORPUS=STYLE")
        corpus_styles[corpus_name.strip()] = style.strip()

    try:
        tag_map = yaml.safe_load(args.fane_tag_map.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        parser.error(f"--fane-tag-map: cannot read {args.fane_tag_map} ({exc})")
    if not isinstance(tag_map, dict):
        parser.error(f"--fane-tag-map: {args.fane_tag_map} is not a mapping of FANE classes to types")
    wanted = [c.strip() for c in args.corpora.split(",") if c.strip()]
    corpora = [c for c in standard_corpora(args.shared, args.part, REPO / "data" / "seed", REPO / "data" / "splits.json",
                                           tag_map) if c.name in wanted]
    missing = sorted(set(wanted) - {c.name for c in corpora})
    if missing:
        print(f"skipped (not found under {args.shared}): {', '.join(missing)}", file=sys.stderr)
    for corpus in corpora:
        corpus.documents = corpus.load()

    systems = {}
    for model_dir in args.model:
        try:
            extractor = Extractor.from_pretrained(model_dir)
        except ModelDirectoryError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if args.without:
            extractor, dropped = extractor.without(args.without)
            print(f"{model_dir}: without {', '.join(dropped)}", file=sys.stderr)
        if args.with_:
            try:
                extractor, added = extractor.with_boosters(args.with_)
            except BoosterError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            print(f"{model_dir}: with {', '.join(added)}", file=sys.stderr)
        suffix = "".join(f" +{n}" for n in args.with_)
        extractor.model.to(args.device)  # predict_documents runs where the model is; --device cuda moves it there
        name = (model_dir.parent.name if model_dir.name == "model" else model_dir.name) + (suffix if args.with_ else "")
        variants = {name: extractor}
        if args.ablation and extractor.boosters.names:
            for booster in extractor.boosters.names:
                reduced, dropped = extractor.without([booster])
                variants[f"{name} -{'-'.join(dropped)}"] = reduced
            variants[f"{name} alone"] = extractor.without(extractor.boosters.names)[0]
        if args.corpus_styles and extractor.config.entity_styles:
            variants[f"{name} [corpus styles]"] = extractor
        for variant, ex in variants.items():
            styles = corpus_styles if variant.endswith("[corpus styles]") else {}
            for precision, o_bias in [(p, None) for p in precisions] + [("fp32", b) for b in o_biases]:
                if styles and precision.startswith("onnx"):
                    continue  # the ONNX graph is exported with the model's own head
                label = variant if precision == "fp32" else f"{variant} [{precision}]"
                label += "" if o_bias is None else f" [O bias {o_bias:+g}]"
                runner, dtype = ex, (torch.bfloat16 if precision == "bf16" else None)
                device = "cpu" if precision == "int8" or precision.startswith("onnx") else args.device  # CPU paths
                if precision == "int8":
                    runner = Extractor(quantize_int8(copy.deepcopy(ex.model).cpu()), ex.tokenizer, ex.boosters)
                elif precision.startswith("onnx"):  # the Predictor's backend="onnx" (fp32 or int8 graph)
                    from arabic_ie.onnx_backend import OnnxEntityPass

                    model = copy.deepcopy(ex.model).cpu()
                    model.onnx_entity_pass = OnnxEntityPass.from_model(
                        model, ex.tokenizer, quantize="int8" if precision == "onnx-int8" else None)
                    runner = Extractor(model, ex.tokenizer, ex.boosters)

                def predict(docs, corpus=None, ex=runner, dtype=dtype, device=device, styles=styles, o_bias=o_bias):
                    style = styles.get(corpus)
                    ex.model.use_style(style if style in ex.config.entity_styles else None)
                    try:
                        return ex.predict_documents([d.text for d in docs], ids=[d.id for d in docs],
                                                    batch_size=args.batch_size, device=device, with_relations=False,
                                                    dtype=dtype, entity_o_bias=o_bias)
                    finally:
                        ex.model.use_style(None)
                systems[label] = predict
    if args.baselines:
        train = training_documents(args.model[0])
        print(f"baselines fit on {len(train)} training + dev documents of {args.model[0]}", file=sys.stderr)
        for name, baseline in (("gazetteer", GazetteerBaseline()), ("crf", CRFBaseline())):
            start = time.time()
            baseline.fit(train)
            print(f"{name} fit in {time.time() - start:.0f} s", file=sys.stderr)
            systems[name] = lambda docs, corpus=None, b=baseline: [b.predict(d.id, d.text) for d in docs]

    results: dict = {}
    for corpus in corpora:
        results[corpus.name] = {}
        for name, predict in systems.items():
            start = time.time()
            results[corpus.name][name] = score_system(corpus, partial(predict, corpus=corpus.name))
            results[corpus.name][name]["seconds"] = round(time.time() - start, 1)
            print(f"{corpus.name} / {name}: default F1 {results[corpus.name][name]['default']['f1']:.3f} "
                  f"({results[corpus.name][name]['seconds']} s)", file=sys.stderr)
    table = format_table(results, list(systems))
    command = "python eval/heldout.py " + " ".join(map(shlex.quote, argv))  # runnable as printed
    print(f"# held-out {args.part} parts\n\n`{command}`\n\n" + "\n".join(f"- {c.name}: {c.description}, "
                                                                         f"{len(c.documents)} documents"
                                                                         for c in corpora) + "\n\n" + table)
    if args.output:
        args.output.mkdir(parents=True, exist_ok=True)
        (args.output / "heldout.json").write_text(json.dumps({"command": command, "part": args.part,
                                                              "results": results}, indent=2), encoding="utf-8")
        (args.output / "heldout.md").write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
