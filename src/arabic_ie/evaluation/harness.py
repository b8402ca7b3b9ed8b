"""Predict-and-score on held-out documents: the numbers every report in this project comes from."""

from __future__ import annotations

from typing import Any, Sequence

from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
from seqeval.scheme import IOB2

from ..data.conll import bio_tags, tokenize_for_conll
from ..data.document import Document
from ..schema import Schema
from .metrics import score_entities, score_relations


def word_level_tags(gold: Document, pred: Document) -> tuple[list[str], list[str]]:
    """Gold and predicted BIO tags over one shared word tokenization (split at every span boundary)."""
    boundaries = [x for e in pred.entities for x in (e.start, e.end)]
    tokens = tokenize_for_conll(gold, extra_boundaries=boundaries)
    return bio_tags(gold, tokens), bio_tags(pred, tokens)


def seqeval_scores(gold_docs: Sequence[Document], pred_docs: Sequence[Document]) -> dict[str, Any]:
    """seqeval micro scores, strict (IOB2) and default (lenient, as most Arabic NER papers report)."""
    preds = {d.id: d for d in pred_docs}
    y_true, y_pred = [], []
    for g in gold_docs:
        t, p = word_level_tags(g, preds[g.id])
        y_true.append(t)
        y_pred.append(p)
    out = {}
    for name, kwargs in (("seqeval_strict", {"mode": "strict", "scheme": IOB2}), ("seqeval_default", {})):
        out[name] = {
            "precision": round(precision_score(y_true, y_pred, **kwargs), 4),
            "recall": round(recall_score(y_true, y_pred, **kwargs), 4),
            "f1": round(f1_score(y_true, y_pred, **kwargs), 4),
            "per_type": {k: {m: round(float(v), 4) for m, v in d.items()}
                         for k, d in classification_report(y_true, y_pred, output_dict=True, zero_division=0,
                                                           **kwargs).items()},
        }
    return out


def score_documents(gold_docs: Sequence[Document], pred_docs: Sequence[Document], schema: Schema) -> dict[str, Any]:
    """All entity and relation metrics for predictions against gold (see `metrics.py`)."""
    entities = score_entities(gold_docs, pred_docs, types=schema.entity_types)
    entities.update(seqeval_scores(gold_docs, pred_docs))
    result: dict[str, Any] = {"documents": len(gold_docs), "entities": entities}
    if schema.relation_types:
        result["relations"] = {
            "strict": score_relations(gold_docs, pred_docs, schema, with_types=True),
            "boundaries": score_relations(gold_docs, pred_docs, schema, with_types=False),
        }
    return result


def evaluate_documents(extractor, gold_docs: Sequence[Document], batch_size: int = 8, device=None,
                       return_predictions: bool = False, dtype=None):
    """Predict ``gold_docs`` from their text with an :class:`~arabic_ie.extractor.Extractor` and score them.

    With relations in the schema, relations are also scored given the gold entities.
    """
    schema = extractor.schema
    texts, ids = [d.text for d in gold_docs], [d.id for d in gold_docs]
    preds = extractor.predict_documents(texts, ids=ids, batch_size=batch_size, device=device, dtype=dtype)
    metrics = score_documents(gold_docs, preds, schema)
    if schema.relation_types:
        given = extractor.predict_documents(texts, ids=ids, batch_size=batch_size, device=device, dtype=dtype,
                                            given_entities=[d.entities for d in gold_docs])
        metrics["relations"]["gold_entities"] = score_relations(gold_docs, given, schema, with_types=True)
    if return_predictions:
        return metrics, preds
    return metrics


def format_report(metrics: dict[str, Any]) -> str:
    """A short plain-text summary of a metrics dict."""
    e = metrics["entities"]
    lines = [
        f"documents: {metrics['documents']}",
        f"entities  strict   P={e['strict']['precision']:.3f} R={e['strict']['recall']:.3f} F1={e['strict']['f1']:.3f}"
        f"   (gold {e['strict']['gold']}, predicted {e['strict']['predicted']})",
        f"entities  partial  F1={e['partial']['f1']:.3f}   macro F1={e['macro_f1']:.3f}",
        f"entities  seqeval strict IOB2 F1={e['seqeval_strict']['f1']:.3f}   seqeval default F1={e['seqeval_default']['f1']:.3f}",
    ]
    if "relations" in metrics:
        for mode in ("strict", "boundaries", "gold_entities"):
            if mode not in metrics["relations"]:
                continue
            r = metrics["relations"][mode]
            lines.append(f"relations {mode:<10} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}"
                         f"   (gold {r['gold']}, predicted {r['predicted']})")
    lines.append("per entity type (strict): " + ", ".join(
        f"{t} {v['f1']:.2f}/{v['support']}" for t, v in e["per_type"].items() if v["support"]))
    return "\n".join(lines)
