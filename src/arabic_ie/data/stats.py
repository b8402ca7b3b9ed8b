"""Corpus statistics: counts per entity and relation type, per document and in total."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .document import Document
from ..schema import Schema


def corpus_stats(documents: list[Document], schema: Schema | None = None) -> dict[str, Any]:
    """``{"documents": N, "entities": {TYPE: n}, "relations": {TYPE: n}, "per_document": {...}}``.

    Types of the schema appear with zero counts so that gaps are visible.
    """
    ent_total: Counter[str] = Counter()
    rel_total: Counter[str] = Counter()
    per_document = {}
    for doc in documents:
        ents = Counter(e.type for e in doc.entities)
        rels = Counter(r.type for r in doc.relations)
        ent_total.update(ents)
        rel_total.update(rels)
        per_document[doc.id] = {
            "characters": len(doc.text),
            "entities": dict(sorted(ents.items())),
            "relations": dict(sorted(rels.items())),
        }

    def ordered(counts: Counter[str], names: tuple[str, ...]) -> dict[str, int]:
        keys = list(names) + sorted(k for k in counts if k not in names)
        return {k: counts.get(k, 0) for k in keys}

    return {
        "documents": len(documents),
        "entities": ordered(ent_total, schema.entity_types if schema else ()),
        "relations": ordered(rel_total, schema.relation_names if schema else ()),
        "per_document": per_document,
    }


def format_stats(stats: dict[str, Any]) -> str:
    """A plain-text table: one row per document, one column per type."""
    ent_types = list(stats["entities"])
    rel_types = list(stats["relations"])
    lines = [f"{stats['documents']} documents, {sum(stats['entities'].values())} entities, "
             f"{sum(stats['relations'].values())} relations", ""]
    width = max([24, *(len(d) + 2 for d in stats["per_document"])])  # document ids are never cut
    for title, types, key in (("entities", ent_types, "entities"), ("relations", rel_types, "relations")):
        if not types:
            continue
        header = f"{title:<{width}}" + "".join(f"{t[:10]:>11}" for t in types) + f"{'total':>8}"
        lines.append(header)
        for doc_id, info in stats["per_document"].items():
            row = [info[key].get(t, 0) for t in types]
            lines.append(f"{doc_id:<{width}}" + "".join(f"{n:>11}" for n in row) + f"{sum(row):>8}")
        totals = [stats[key][t] for t in types]
        lines.append(f"{'TOTAL':<{width}}" + "".join(f"{n:>11}" for n in totals) + f"{sum(totals):>8}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
