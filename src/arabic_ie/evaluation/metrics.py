"""Entity and relation scores on character spans (micro-averaged, exact and partial).

Conventions:
* entity strict: a prediction is correct when its ``(start, end, type)`` equals a gold entity's;
  duplicate predictions of one gold entity count once as correct and then as false positives.
* entity partial: same type and overlapping span, each gold entity matched at most once.
* relation strict: both argument spans, both entity types, relation type and direction match;
  relation boundaries: both argument spans and relation type match (entity types ignored).
  Symmetric relations (MEET) are compared without direction. Every gold relation counts, also
  those whose arguments the model missed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from ..data.document import Document, Entity
from ..schema import Schema


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "predicted": n_pred, "gold": n_gold}


def _entity_keys(doc: Document) -> list[tuple[str, int, int, str]]:
    return [(doc.id, e.start, e.end, e.type) for e in doc.entities]


def _paired(gold_docs: Sequence[Document], pred_docs: Sequence[Document]) -> list[tuple[Document, Document]]:
    preds = {d.id: d for d in pred_docs}
    missing = [g.id for g in gold_docs if g.id not in preds]
    if missing:
        raise ValueError(f"no prediction for document(s) {missing}")
    return [(g, preds[g.id]) for g in gold_docs]


def _count_exact(gold_keys: list[tuple], pred_keys: list[tuple], type_of, per_type: dict[str, Counter]) -> int:
    """Add predicted/gold/tp counts per type; each gold key matches at most once. Returns the tp count."""
    remaining = Counter(gold_keys)
    tp = 0
    for key in pred_keys:
        per_type[type_of(key)]["predicted"] += 1
        if remaining[key] > 0:
            remaining[key] -= 1
            tp += 1
            per_type[type_of(key)]["tp"] += 1
    for key in gold_keys:
        per_type[type_of(key)]["gold"] += 1
    return tp


def _per_type_scores(per_type: dict[str, Counter], names: Iterable[str]) -> dict[str, dict]:
    return {n: {**prf(per_type[n]["tp"], per_type[n]["predicted"], per_type[n]["gold"]), "support": per_type[n]["gold"]}
            for n in names}


def score_entities(gold_docs: Sequence[Document], pred_docs: Sequence[Document], types: Iterable[str] | None = None
                   ) -> dict:
    """Strict (exact span + type) micro scores, per-type scores, macro F1 and partial-overlap scores."""
    tp = n_pred = n_gold = 0
    per_type: dict[str, Counter] = defaultdict(Counter)
    partial_tp = 0
    for gold, pred in _paired(gold_docs, pred_docs):
        gold_keys, pred_keys = _entity_keys(gold), _entity_keys(pred)
        tp += _count_exact(gold_keys, pred_keys, lambda key: key[3], per_type)
        n_pred += len(pred_keys)
        n_gold += len(gold_keys)
        used: set[int] = set()
        for p in pred.entities:
            for gi, g in enumerate(gold.entities):
                if gi not in used and g.type == p.type and g.start < p.end and p.start < g.end:
                    used.add(gi)
                    partial_tp += 1
                    break
    all_types = list(types) if types is not None else sorted(per_type)
    per = _per_type_scores(per_type, all_types)
    with_support = [v["f1"] for v in per.values() if v["support"] > 0]
    return {
        "strict": prf(tp, n_pred, n_gold),
        "partial": prf(partial_tp, n_pred, n_gold),
        "per_type": per,
        "macro_f1": round(sum(with_support) / len(with_support), 4) if with_support else 0.0,
    }


def _relation_keys(doc: Document, schema: Schema, with_types: bool) -> list[tuple]:
    emap = doc.entity_map()
    keys = []
    for r in doc.relations:
        if r.head not in emap or r.tail not in emap:
            continue
        h, t = emap[r.head], emap[r.tail]
        hk = (h.start, h.end, h.type) if with_types else (h.start, h.end)
        tk = (t.start, t.end, t.type) if with_types else (t.start, t.end)
        symmetric = schema.has_relation(r.type) and schema.relation(r.type).symmetric
        if symmetric and tk < hk:
            hk, tk = tk, hk
        keys.append((doc.id, r.type, hk, tk))
    return keys


def score_relations(gold_docs: Sequence[Document], pred_docs: Sequence[Document], schema: Schema,
                    with_types: bool = True) -> dict:
    """Micro and per-type relation scores (strict with entity types, or boundaries without)."""
    tp = n_pred = n_gold = 0
    per_type: dict[str, Counter] = defaultdict(Counter)
    for gold, pred in _paired(gold_docs, pred_docs):
        gold_keys = _relation_keys(gold, schema, with_types)
        pred_keys = _relation_keys(pred, schema, with_types)
        tp += _count_exact(gold_keys, pred_keys, lambda key: key[1], per_type)
        n_pred += len(pred_keys)
        n_gold += len(gold_keys)
    names = list(schema.relation_names) or sorted(per_type)
    return {**prf(tp, n_pred, n_gold), "per_type": _per_type_scores(per_type, names)}


def restrict_to_annotated(gold_docs: Sequence[Document], pred_docs: Sequence[Document]
                          ) -> tuple[list[Document], list[Document]]:
    """Gold and predictions as a partially annotated corpus can judge them: predicted entities of a type the
    gold document's corpus does not annotate are left out, and a prediction on a coarse gold span (ANERcorp's
    LOC = GPE, LOC or FAC) counts with the gold type when its type is one of the span's alternatives."""
    preds = {d.id: d for d in pred_docs}
    out_pred = []
    for gold in gold_docs:
        pred = preds[gold.id]
        coarse = {(e.start, e.end): e for e in gold.entities if e.alternatives}
        kept = []
        for e in pred.entities:
            g = coarse.get((e.start, e.end))
            if g is not None and e.type in g.alternatives:
                e = Entity(e.id, g.type, e.start, e.end, e.text, score=e.score)
            if gold.annotated_types is None or e.type in gold.annotated_types:
                kept.append(e)
        out_pred.append(Document(pred.id, pred.text, kept, pred.relations))
    return list(gold_docs), out_pred
