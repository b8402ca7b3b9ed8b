#!/usr/bin/env python
"""Pseudo-label unannotated news articles with a trained model (self-training data for a training config).

    python train/pseudo_label.py --model models/arabic-ie-news --count saudinewsnet=240 --count ant=60 \
        --seed 23 --types PER,NORP,ORG,GPE,FAC,DATE,MONEY,PERCENT --output runs/pseudo/news-pseudo.jsonl

Draws articles from a SaudiNewsNet / ANT copy (``--corpora``, ``../shared/data/corpora`` by default) with the seeded
draw of ``arabic_ie.data.news_sample`` (same length limits and section quotas), past every article of the annotated
manifest (``--manifest``) and never one with the title or the story of an annotated article (dev and test included:
the 4-gram rule of ``extend_splits``). The model predicts each article with its boosters; the entities of ``--types``
are written as a JSONL corpus (no relations) for a ``datasets`` entry with ``annotates:`` those types and
``relations: false``: the types left out (the ones the model predicts poorly) stay open on the unlabelled words.

The texts are third-party: the output goes under runs/ (not committed); this command rebuilds it. A record of the
draw and the model is written beside it (``.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def parse_counts(values: list[str], corpora: tuple[str, ...]) -> dict[str, int]:
    counts = {}
    for value in values:
        corpus, _, n = value.partition("=")
        if corpus.strip() not in corpora or not n.strip().isdigit() or int(n) <= 0:
            raise SystemExit(f"error: --count {value!r}: expected CORPUS=N with CORPUS one of {', '.join(corpora)} "
                             f"and N > 0")
        counts[corpus.strip()] = int(n)
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, required=True, help="trained arabic-ie model directory (the teacher)")
    parser.add_argument("--output", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--count", action="append", default=[], metavar="CORPUS=N",
                        help="articles to draw from a corpus (saudinewsnet, ant); repeatable")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--types", help="entity types to keep (comma-separated; default: all of the schema)")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "data" / "corpora")
    parser.add_argument("--manifest", type=Path, default=ROOT / "data" / "news" / "manifest.json")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)

    from arabic_ie.data.document import Document
    from arabic_ie.data.jsonl import write_jsonl
    from arabic_ie.data.news_sample import (CORPORA, ManifestError, _title_words, draw, load_text, read_manifest,
                                            same_story)
    from arabic_ie.extractor import Extractor, ModelDirectoryError

    counts = parse_counts(args.count or ["saudinewsnet=240", "ant=60"], tuple(CORPORA))
    try:
        extractor = Extractor.from_pretrained(args.model)
    except ModelDirectoryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    keep_types = tuple(t.strip() for t in args.types.split(",")) if args.types else extractor.schema.entity_types
    unknown = [t for t in keep_types if t not in extractor.schema.entity_types]
    if unknown:
        print(f"error: --types: {', '.join(unknown)} not in the model's schema", file=sys.stderr)
        return 2
    try:
        annotated = read_manifest(args.manifest)
        annotated_texts = {e.id: load_text(args.corpora, e) for e in annotated}
        titles = [_title_words(t.split("\n", 1)[0]) for t in annotated_texts.values()]
        drawn = draw(args.corpora, counts, args.seed, exclude={e.id for e in annotated}, titles=titles,
                     label="pseudo")
        texts = {e.id: load_text(args.corpora, e) for e in drawn}
    except ManifestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stories = same_story({**annotated_texts, **texts}, list(texts), list(annotated_texts))
    ids = [e.id for e in drawn if e.id not in stories]
    preds = extractor.predict_documents([texts[i] for i in ids], ids=ids, batch_size=args.batch_size)
    docs, per_type = [], {t: 0 for t in keep_types}
    for doc_id, pred in zip(ids, preds):
        ents = [e for e in pred.entities if e.type in keep_types]
        for e in ents:
            per_type[e.type] += 1
        docs.append(Document(id=doc_id, text=texts[doc_id], entities=ents))
    write_jsonl(docs, args.output)
    record = {"command": "python train/pseudo_label.py " + " ".join(argv), "model": str(args.model),
              "boosters": extractor.boosters.names, "seed": args.seed, "counts": counts, "types": list(keep_types),
              "documents": ids, "left_out_same_story": stories, "entities": per_type}
    args.output.with_suffix(".json").write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {args.output}: {len(docs)} articles ({len(stories)} left out as stories of annotated ones), "
          f"{sum(per_type.values())} entities ({', '.join(f'{t} {n}' for t, n in per_type.items())})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
