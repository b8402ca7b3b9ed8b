"""Entity and relation score thresholds, tuned on the dev documents after training."""

from __future__ import annotations

from typing import Sequence

from ..data.document import Document
from ..evaluation.metrics import score_entities, score_relations
from ..modeling.inference import predict_documents
from ..schema import Schema

DEFAULT_GRID = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def tune_entity_threshold(model, tokenizer, dev_documents: Sequence[Document], batch_size: int = 8, device=None,
                          grid: Sequence[float] = DEFAULT_GRID) -> tuple[float, dict[str, float]]:
    """The grid threshold with the best dev entity strict F1 (ties: the lowest), and F1 per threshold.

    Predicts once without a threshold and filters the scored entities, which is what decoding with each
    threshold gives (a dropped span never suppressed another). With ``entity_ensemble: vote`` the threshold
    applies to the transformer's vote, so each threshold is decoded in full (with the vote).
    """
    saved = getattr(model.config, "entity_threshold", 0.0)
    votes = getattr(model.config, "entity_ensemble", "none") == "vote"

    def predict(threshold: float) -> list[Document]:
        model.config.entity_threshold = threshold
        try:
            return predict_documents(model, tokenizer, [d.text for d in dev_documents],
                                     ids=[d.id for d in dev_documents], batch_size=batch_size, device=device,
                                     with_relations=False)
        finally:
            model.config.entity_threshold = saved

    preds = None if votes else predict(0.0)
    table: dict[str, float] = {}
    best, best_f1 = 0.0, -1.0
    for t in sorted(grid):
        kept = predict(t) if votes else \
            [Document(p.id, p.text, [e for e in p.entities if e.score is not None and e.score >= t], []) for p in preds]
        f1 = score_entities(dev_documents, kept)["strict"]["f1"]
        table[f"{t:.2f}"] = f1
        if f1 > best_f1:
            best, best_f1 = t, f1
    return best, table


RELATION_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def tune_relation_threshold(model, tokenizer, dev_documents: Sequence[Document], schema: Schema, batch_size: int = 8,
                            device=None, grid: Sequence[float] = RELATION_GRID) -> tuple[float, dict[str, float]]:
    """The grid relation threshold with the best dev relation strict F1 (end to end, with the model's own
    entities and entity threshold; ties: the lowest, 0 = plain argmax), and F1 per threshold."""
    saved = getattr(model.config, "relation_threshold", 0.0)
    table: dict[str, float] = {}
    best, best_f1 = 0.0, -1.0
    try:
        for t in sorted(grid):
            model.config.relation_threshold = t
            preds = predict_documents(model, tokenizer, [d.text for d in dev_documents],
                                      ids=[d.id for d in dev_documents], batch_size=batch_size, device=device)
            f1 = score_relations(dev_documents, preds, schema)["f1"]
            table[f"{t:.2f}"] = f1
            if f1 > best_f1:
                best, best_f1 = t, f1
    finally:
        model.config.relation_threshold = saved
    return best, table
