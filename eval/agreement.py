#!/usr/bin/env python
"""Inter-annotator agreement between two independent annotations of the same documents.

    python eval/agreement.py FIRST_DIR SECOND_DIR [--ids ID,ID,...] [--output runs/agreement]

Both folders are brat folders (ID.txt + ID.ann) over the same texts; only the documents present in both (or
--ids) are compared. Agreement is F1 between the two (symmetric: which one plays gold changes P and R, not F1),
exact span and type for entities, exact arguments (span and type) and relation type for relations, per type
and micro; relations are also given with the entity disagreement taken out (relations whose two arguments
both annotators marked identically). Writes agreement.json and agreement.md into --output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from arabic_ie.data.brat import read_brat
from arabic_ie.data.document import Document
from arabic_ie.evaluation.metrics import score_entities, score_relations
from arabic_ie.schema import SEED_SCHEMA


def shared_entities_only(doc: Document, other: Document) -> Document:
    """``doc`` with only the relations whose arguments ``other`` marks with the same span and type."""
    keys = {(e.start, e.end, e.type) for e in other.entities}
    emap = doc.entity_map()
    kept = [r for r in doc.relations
            if (emap[r.head].start, emap[r.head].end, emap[r.head].type) in keys
            and (emap[r.tail].start, emap[r.tail].end, emap[r.tail].type) in keys]
    return Document(id=doc.id, text=doc.text, entities=doc.entities, relations=kept)


def agreement(first: list[Document], second: list[Document]) -> dict:
    entities = score_entities(first, second, types=SEED_SCHEMA.entity_types)
    relations = score_relations(first, second, SEED_SCHEMA)
    by_id = {d.id: d for d in second}
    a = [shared_entities_only(d, by_id[d.id]) for d in first]
    b = [shared_entities_only(by_id[d.id], d) for d in first]
    on_shared = score_relations(a, b, SEED_SCHEMA)
    return {"documents": [d.id for d in first], "entities": entities, "relations": relations,
            "relations_on_agreed_arguments": on_shared}


def format_tables(result: dict) -> str:
    e, r, rs = result["entities"], result["relations"], result["relations_on_agreed_arguments"]
    lines = [f"{len(result['documents'])} documents. Entities: F1 **{e['strict']['f1']:.3f}** "
             f"({e['strict']['gold']} vs {e['strict']['predicted']} mentions, {e['strict']['tp']} identical). "
             f"Relations: F1 **{r['f1']:.3f}** ({r['gold']} vs {r['predicted']}, {r['tp']} identical); on arguments "
             f"both marked identically: {rs['f1']:.3f} ({rs['gold']} vs {rs['predicted']}).", "",
             "| entity type | first | second | identical | F1 |", "|---|---|---|---|---|"]
    for name, v in e["per_type"].items():
        if v["gold"] or v["predicted"]:
            lines.append(f"| {name} | {v['gold']} | {v['predicted']} | {v['tp']} | {v['f1']:.3f} |")
    lines += ["", "| relation type | first | second | identical | F1 |", "|---|---|---|---|---|"]
    for name, v in r["per_type"].items():
        if v["gold"] or v["predicted"]:
            lines.append(f"| {name} | {v['gold']} | {v['predicted']} | {v['tp']} | {v['f1']:.3f} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--ids", help="comma-separated document ids (default: those in both folders)")
    parser.add_argument("--output", type=Path, default=Path("runs/agreement"))
    args = parser.parse_args(argv)
    ids = args.ids.split(",") if args.ids else sorted(
        {p.stem for p in args.first.glob("*.ann")} & {p.stem for p in args.second.glob("*.ann")})
    if not ids:
        print(f"error: no document annotated in both {args.first} and {args.second}", file=sys.stderr)
        return 2
    for folder in (args.first, args.second):
        missing = [i for i in ids if not (folder / f"{i}.txt").exists() or not (folder / f"{i}.ann").exists()]
        if missing:
            print(f"error: {folder}: no {missing[0]}.txt/.ann", file=sys.stderr)
            return 2
    first = [read_brat(args.first / f"{i}.txt") for i in ids]
    second = [read_brat(args.second / f"{i}.txt") for i in ids]
    texts = [i for i, a, b in zip(ids, first, second) if a.text != b.text]
    if texts:
        print(f"error: the two folders hold different texts for {texts[0]}", file=sys.stderr)
        return 2
    result = agreement(first, second)
    table = format_tables(result)
    print(table)
    args.output.mkdir(parents=True, exist_ok=True)
    (args.output / "agreement.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    (args.output / "agreement.md").write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
