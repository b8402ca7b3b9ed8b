"""Entity and relation score thresholds, tuned on the dev documents after training.

Thresholds are passed to decoding as arguments; the chosen values are written into the model's config
by the training job, never set here.
"""

from __future__ import annotations

from typing import Sequence

from ..data.document import Document
from ..evaluation.metrics import restrict_to_annotated, score_entities, score_relations
from ..extractor import Extractor

DEFAULT_GRID = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
RELATION_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def _best(table: dict[float, float]) -> float:
    """The threshold with the highest F1 (ties: the lowest threshold)."""
    return min(table, key=lambda t: (-table[t], t))


def tune_entity_threshold(extractor: Extractor, dev_documents: Sequence[Document], batch_size: int = 8, device=None,
                          grid: Sequence[float] = DEFAULT_GRID) -> tuple[float, dict[str, float]]:
    """The grid threshold with the best dev entity strict F1 (ties: the lowest), and F1 per threshold.

    The transformer alone is predicted once and its scored entities filtered, which is what decoding with
    each threshold gives (a dropped span never suppressed another). With boosters that act on the entity
    list (a vote, patterns...) each threshold is decoded in full.
    """
    texts, ids = [d.text for d in dev_documents], [d.id for d in dev_documents]

    def predict(threshold: float) -> list[Document]:
        return extractor.predict_documents(texts, ids=ids, batch_size=batch_size, device=device,
                                           with_relations=False, entity_threshold=threshold)

    full = bool(extractor.boosters.boosters)
    preds = None if full else predict(0.0)
    table: dict[float, float] = {}
    for t in sorted(grid):
        kept = predict(t) if full else \
            [Document(p.id, p.text, [e for e in p.entities if e.score is not None and e.score >= t], []) for p in preds]
        table[t] = score_entities(*restrict_to_annotated(dev_documents, kept))["strict"]["f1"]
    return _best(table), {f"{t:.2f}": f for t, f in table.items()}


def tune_relation_threshold(extractor: Extractor, dev_documents: Sequence[Document], batch_size: int = 8,
                            device=None, entity_threshold: float | None = None,
                            grid: Sequence[float] = RELATION_GRID) -> tuple[float, dict[str, float]]:
    """The grid relation threshold with the best dev relation strict F1 (end to end, with the model's own
    entities at ``entity_threshold``; ties: the lowest, 0 = plain argmax), and F1 per threshold."""
    dev_documents = [d for d in dev_documents if d.annotates_relations]  # a corpus without relations cannot judge
    if not dev_documents:
        return 0.0, {}
    texts, ids = [d.text for d in dev_documents], [d.id for d in dev_documents]
    table: dict[float, float] = {}
    for t in sorted(grid):
        preds = extractor.predict_documents(texts, ids=ids, batch_size=batch_size, device=device,
                                            entity_threshold=entity_threshold, relation_threshold=t)
        table[t] = score_relations(dev_documents, preds, extractor.schema)["f1"]
    return _best(table), {f"{t:.2f}": f for t, f in table.items()}
