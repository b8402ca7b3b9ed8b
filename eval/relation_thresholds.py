#!/usr/bin/env python
"""Relation strict F1 by relation threshold, given the gold entities and end to end, on the news dev part and the
seed dev article pooled (103 relations since revision 2 of the news splits; 51 before): the dev measure used to compare relation settings.

    python eval/relation_thresholds.py MODEL [MODEL ...] [--thresholds 0,0.1,0.2,0.3,0.5]

Reads the news articles through data/news/manifest.json (needs ../shared/data/corpora). Dev parts only: choose
with this, then score test parts once (arabic-ie evaluate ... --split test).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="+", type=Path)
    parser.add_argument("--thresholds", default="0,0.1,0.2,0.3,0.5")
    args = parser.parse_args(argv)

    from arabic_ie.commands.evaluate import select
    from arabic_ie.data.io import load_documents
    from arabic_ie.evaluation.metrics import score_entities, score_relations
    from arabic_ie.extractor import Extractor

    docs = select(load_documents(REPO / "data" / "news" / "manifest.json"), "dev", REPO / "data" / "news" / "splits.json")
    docs += select(load_documents(REPO / "data" / "seed"), "dev", REPO / "data" / "splits.json")
    print(f"{len(docs)} dev documents, {sum(len(d.relations) for d in docs)} relations")
    texts, ids = [d.text for d in docs], [d.id for d in docs]
    for model in args.models:
        extractor = Extractor.from_pretrained(model)
        cells, found = [], None
        for t in (float(x) for x in args.thresholds.split(",")):
            given = extractor.predict_documents(texts, ids=ids, given_entities=[d.entities for d in docs],
                                                relation_threshold=t)
            found = extractor.predict_documents(texts, ids=ids, relation_threshold=t)
            cells.append(f"{t:g}: given gold {score_relations(docs, given, extractor.schema)['f1']:.3f}, "
                         f"end to end {score_relations(docs, found, extractor.schema)['f1']:.3f}")
        entity = score_entities(docs, found)["strict"]["f1"]
        print(f"{model}  entity strict {entity:.3f} | " + " | ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
