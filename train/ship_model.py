#!/usr/bin/env python
"""Copy a trained model directory into models/ as a shipped checkpoint: fp16 weights, its card re-rendered for
its new place, the held-out table of eval/heldout.py added to the card, and a check that it loads and predicts.

    python train/ship_model.py runs/news-public-aner/model models/arabic-ie-news \
        --name arabic-ie-news --heldout runs/heldout-news-test/heldout.json --config configs/news-public-aner.yaml

--config re-reads card_notes (data and licenses) from the training config; --with adds boosters that need no
fitting (chosen on dev parts: eval/heldout.py --with, arabic-ie evaluate --with); --heldout is the Markdown table that
`python eval/heldout.py --model ... --baselines --output DIR` wrote (DIR/heldout.json; the table is DIR/heldout.md), quoted with its command.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import yaml


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="trained model directory (runs/NAME/model)")
    parser.add_argument("dest", type=Path, help="where to ship it (models/NAME)")
    parser.add_argument("--name", required=True, help="model name for the card")
    parser.add_argument("--heldout", type=Path, help="heldout.json written by eval/heldout.py --output DIR")
    parser.add_argument("--config", type=Path, help="training config to take card_notes from")
    parser.add_argument("--fp32", action="store_true", help="keep fp32 weights (default: fp16)")
    parser.add_argument("--with", dest="with_", action="append", default=[], metavar="NAME",
                        help="add a booster that needs no fitting to the shipped model (patterns, propagation; YAML "
                             "for parameters: '{patterns: {fill_only: true}}'); repeatable")
    args = parser.parse_args(argv)

    import torch

    from arabic_ie import Predictor
    from arabic_ie.extractor import Extractor
    from arabic_ie.training.card import write_model_card

    extractor = Extractor.from_pretrained(args.source)
    reference = Predictor.from_pretrained(args.source, device="cpu")
    if args.with_:  # chosen on dev parts with eval/heldout.py --with; the reference predicts with them too
        from arabic_ie.boosters import BoosterError

        try:
            extractor, added = extractor.with_boosters(args.with_)
        except BoosterError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        reference.extractor = reference.extractor.with_boosters(args.with_)[0]
        print(f"boosters added: {', '.join(added)}")
    if args.dest.exists():
        shutil.rmtree(args.dest)
    if not args.fp32:
        extractor.model = extractor.model.to(torch.float16)
    extractor.save_pretrained(args.dest)
    resolved = yaml.safe_load((args.source / "training_config.yaml").read_text(encoding="utf-8"))
    results = json.loads((args.source / "all_results.json").read_text(encoding="utf-8"))
    if args.config:
        config = yaml.safe_load(args.config.read_text(encoding="utf-8"))
        resolved["run"]["card_notes"] = config.get("card_notes")
    if args.heldout:
        heldout = json.loads(args.heldout.read_text(encoding="utf-8"))
        table = (args.heldout.parent / "heldout.md").read_text(encoding="utf-8")
        resolved["run"]["card_notes"] = ((resolved["run"].get("card_notes") or "").strip() + "\n\n"
                                         f"Held-out {heldout['part']} parts (`{heldout['command']}`; seqeval "
                                         f"default / strict F1, word level, types projected onto each corpus):"
                                         f"\n\n{table}")
    for name in ("training_config.yaml", "all_results.json"):
        shutil.copy(args.source / name, args.dest / name)
    if args.config:  # the shipped resolved config says what its card says (the notes may postdate the run)
        shipped_config = yaml.safe_load((args.dest / "training_config.yaml").read_text(encoding="utf-8"))
        shipped_config["run"]["card_notes"] = config.get("card_notes")
        (args.dest / "training_config.yaml").write_text(
            yaml.safe_dump(shipped_config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shipped = Extractor.from_pretrained(args.dest)
    write_model_card(args.dest, args.name, resolved, results, shipped.boosters)

    # the shipped directory loads on its own and predicts what the trained one does
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("data/seed").glob("*.txt"))]
    before = reference.predict(texts)
    after = Predictor.from_pretrained(args.dest, device="cpu").predict(texts)
    spans = lambda rs: {(i, e["type"], e["start"], e["end"]) for i, r in enumerate(rs) for e in r["entities"]}
    same = len(spans(before) & spans(after)) / max(1, len(spans(before) | spans(after)))
    size = sum(f.stat().st_size for f in args.dest.iterdir()) / 1e6
    print(f"shipped {args.dest} ({size:.1f} MB); entity agreement with the trained directory on the seed "
          f"articles: {same:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
